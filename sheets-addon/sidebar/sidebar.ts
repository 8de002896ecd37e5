/** Sidebar entry: start when the page is ready. */
import { startSidebar } from './app';

function boot(): void {
  const root = document.getElementById('app');
  if (root) void startSidebar(root);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
