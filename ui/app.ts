/**
 * The pane: a header, a row of tabs (one per panel) and the panels, over a host {@link Bridge}.
 * Tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move between them. Every panel is
 * built at once (hidden until its tab is chosen); the host's context (sheet names, functions) is
 * asked for once and handed to the panels that need it.
 */
import { failureMessage, type Bridge, type PaneContext } from './bridge';
import { h, replaceChildren } from './dom';
import type { Panel } from './panels/parts';
import { setupPanel } from './panels/setup';
import { auditPanel } from './panels/audit';
import { summaryPanel } from './panels/summary';
import { planPanel } from './panels/plan';
import { sensitivityPanel } from './panels/sensitivity';
import { snapshotPanel } from './panels/snapshot';
import { functionsPanel } from './panels/functions';
import { importPanel } from './panels/import';

/** The panels, in tab order; a new panel is one more entry. */
export const PANELS: readonly Panel[] = [setupPanel, auditPanel, summaryPanel, planPanel, sensitivityPanel, snapshotPanel, importPanel, functionsPanel];

export function startPane(root: HTMLElement, bridge: Bridge): void {
  const problem = h('div', { role: 'alert', class: 'error', id: 'pane-error' });
  const context: Promise<PaneContext | undefined> = bridge.context().catch((e: unknown) => {
    problem.textContent = `The pane could not read this ${bridge.document}: ${failureMessage(e)}`;
    return undefined;
  });
  const tabs: HTMLButtonElement[] = [];
  const bodies: HTMLElement[] = [];
  const tablist = h('div', { role: 'tablist', 'aria-label': 'L&D framework tools', class: 'tabs' });

  const select = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      bodies[i].hidden = !selected;
    });
    if (focus) tabs[index].focus();
  };

  PANELS.forEach((panel, i) => {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${panel.id}`, 'aria-controls': `panel-${panel.id}`, class: 'tab' }, panel.label);
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (event) => {
      const last = PANELS.length - 1;
      const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
    tabs.push(tab);
    tablist.appendChild(tab);
    const body = h('section', { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, class: 'panel', tabindex: '0' });
    panel.render(body, { bridge, context });
    bodies.push(body);
  });

  replaceChildren(
    root,
    h('header', { class: 'app-header' },
      h('h1', {}, 'L&D Alignment & ROI'),
      h('p', { class: 'tagline' }, 'Link learning to business strategy, and show its value in money.'),
    ),
    h('nav', { 'aria-label': 'Tools' }, tablist),
    h('main', { class: 'panels' }, problem, ...bodies),
  );
  select(0, false);
}
