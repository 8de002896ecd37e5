/** The sidebar: a header and one section per panel, in order. */
import { failureMessage, server as realServer, type Server, type SidebarContext } from './bridge';
import { h, replaceChildren } from './dom';
import { auditPanel } from './panels/audit';
import { functionsPanel } from './panels/functions';
import type { Panel } from './panels/panel';
import { planPanel } from './panels/plan';
import { setupPanel } from './panels/setup';
import { snapshotPanel } from './panels/snapshot';
import { summaryPanel } from './panels/summary';

/** The sections, top to bottom; a panel is one more entry here. */
export const PANELS: readonly Panel[] = [setupPanel, auditPanel, summaryPanel, planPanel, snapshotPanel, functionsPanel];

/** Buttons that move to a section (links would follow the page's `<base target="_top">`). */
function jumpList(): HTMLElement {
  const nav = h('nav', { class: 'jump', 'aria-label': 'Sections' });
  for (const panel of PANELS) {
    const button = h('button', { type: 'button', id: `jump-${panel.id}` }, panel.title.replace(/^Set up the framework$/, 'Set up'));
    button.addEventListener('click', () => {
      const heading = document.getElementById(`panel-${panel.id}-title`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    });
    nav.appendChild(button);
  }
  return nav;
}

export async function startSidebar(root: HTMLElement, server: Server = realServer): Promise<void> {
  let context: SidebarContext | undefined;
  let problem: string | undefined;
  try {
    context = await server.sidebarContext();
  } catch (e) {
    problem = failureMessage(e);
  }
  replaceChildren(root,
    h('header', { class: 'top' },
      h('h1', { id: 'app-title' }, 'L&D Alignment & ROI'),
      h('p', { class: 'hint' }, 'Link learning programs to business strategy and show their return.'),
      jumpList(),
    ),
    problem ? h('p', { class: 'error', role: 'alert' }, problem) : undefined,
    ...PANELS.map((panel) => {
      const body = h('div', { class: 'panel-body' });
      const section = h('section', { id: `panel-${panel.id}`, class: 'panel', 'aria-labelledby': `panel-${panel.id}-title` },
        h('h2', { id: `panel-${panel.id}-title`, tabindex: '-1' }, panel.title),
        body,
      );
      panel.render(body, { server, context });
      return section;
    }),
  );
}
