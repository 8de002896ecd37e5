/** The sidebar: a header and one section per panel, in order. */
import { failureMessage, server as realServer, type Server, type SidebarContext } from './bridge';
import { h, replaceChildren } from './dom';
import { functionsPanel } from './panels/functions';
import type { Panel } from './panels/panel';
import { setupPanel } from './panels/setup';

/** Later panels (Audit, Summary, Plan, Snapshot) go here. */
export const PANELS: readonly Panel[] = [setupPanel, functionsPanel];

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
    ),
    problem ? h('p', { class: 'error', role: 'alert' }, problem) : undefined,
    ...PANELS.map((panel) => {
      const body = h('div', { class: 'panel-body' });
      const section = h('section', { id: `panel-${panel.id}`, class: 'panel', 'aria-labelledby': `panel-${panel.id}-title` },
        h('h2', { id: `panel-${panel.id}-title` }, panel.title),
        body,
      );
      panel.render(body, { server, context });
      return section;
    }),
  );
}
