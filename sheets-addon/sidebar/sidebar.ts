/** Sidebar entry: when the page is ready, start the shared pane (ui/) over the google.script.run bridge. */
import { startPane } from '../../ui/app';
import { sheetsBridge } from './bridge';

function boot(): void {
  const root = document.getElementById('app');
  if (root) startPane(root, sheetsBridge());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
