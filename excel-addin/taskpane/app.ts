/**
 * The task pane shell: a header and a row of tabs, one per panel. A panel is one entry in the list
 * given to {@link mountApp}, so the Audit, Summary, Plan and Snapshot panels join as entries.
 * Tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move between them.
 */
import { h, replaceChildren } from './dom';

export interface Panel {
  readonly id: string;
  readonly label: string;
  /** Builds the panel's content once, the first time it is shown. */
  render(container: HTMLElement): void;
}

export function mountApp(root: HTMLElement, panels: readonly Panel[]): void {
  const tabs: HTMLButtonElement[] = [];
  const bodies: HTMLElement[] = [];
  const rendered = new Set<string>();
  const tablist = h('div', { role: 'tablist', 'aria-label': 'L&D framework tools', class: 'tabs' });

  const select = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      bodies[i].hidden = !selected;
    });
    const panel = panels[index];
    if (!rendered.has(panel.id)) {
      rendered.add(panel.id);
      panel.render(bodies[index]);
    }
    if (focus) tabs[index].focus();
  };

  panels.forEach((panel, i) => {
    const tab = h('button', {
      type: 'button', role: 'tab', id: `tab-${panel.id}`, 'aria-controls': `panel-${panel.id}`, class: 'tab',
    }, panel.label);
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (event) => {
      const last = panels.length - 1;
      const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
    tabs.push(tab);
    tablist.appendChild(tab);
    bodies.push(h('section', { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, class: 'panel', tabindex: '0' }));
  });

  replaceChildren(
    root,
    h('header', { class: 'app-header' },
      h('h1', {}, 'L&D Alignment & ROI'),
      h('p', { class: 'tagline' }, 'Link learning to business strategy, and show its value in money.'),
    ),
    h('nav', { 'aria-label': 'Tools' }, tablist),
    h('main', { class: 'panels' }, ...bodies),
  );
  if (panels.length > 0) select(0, false);
}
