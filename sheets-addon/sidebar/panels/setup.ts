/**
 * Set up: choose the empty template or the GrowthCorp example, build, and read what was made. The
 * sheets whose names are taken are announced before and after: existing sheets are never changed.
 */
import { SHEET_NAMES, SHEET_TITLES } from '../../../core/templates/index';
import { planSheetNames } from '../../server/builder/sheet-names';
import { failureMessage, type BuildReport, type Dataset } from '../bridge';
import { h, replaceChildren } from '../dom';
import type { Panel, PanelContext } from './panel';

const TEMPLATE_SHEETS: readonly string[] = SHEET_NAMES.map((n) => SHEET_TITLES[n]);

function renamePreview(sheetNames: readonly string[]): HTMLElement | undefined {
  const plan = planSheetNames(sheetNames, TEMPLATE_SHEETS);
  if (plan.renamed.length === 0) return undefined;
  return h('div', { class: 'note', id: 'setup-preview' },
    h('p', {}, 'Some names are already used here. Those sheets stay as they are; the new ones will be:'),
    h('ul', {}, ...plan.renamed.map((r) => h('li', {}, `${r.from} → ${r.to}`))),
  );
}

/** `PortfolioBCR` → `Portfolio BCR`, `TotalInvestment_2` → `Total investment (2)`: a named range as a label. */
export function figureLabel(name: string): string {
  const [base, copy] = name.split(/_(?=\d+$)/);
  const words = base.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ').map((w, i) => (i > 0 && !/^[A-Z]{2,}$/.test(w) ? w.toLowerCase() : w));
  return `${words.join(' ')}${copy ? ` (${copy})` : ''}`;
}

export function renderReport(report: BuildReport): HTMLElement {
  const body = h('div', { class: 'result', id: 'setup-result-body' },
    h('h3', { id: 'setup-result-title', tabindex: '-1' }, `Done: ${report.counts.sheets} sheets added`),
    h('p', {}, `${report.counts.formulas} formulas, ${report.counts.validations} dropdowns and checks, ${report.counts.conditionalFormats} highlight rules, ${report.counts.charts} charts, ${report.counts.namedRanges} named figures.`),
  );
  if (report.messages.length > 0) {
    body.appendChild(h('div', { class: 'note', id: 'setup-messages' }, h('ul', {}, ...report.messages.map((m) => h('li', {}, m)))));
  }
  if (report.figures.some((f) => f.text !== '')) {
    body.appendChild(h('table', { class: 'figures', id: 'setup-figures' },
      h('caption', {}, 'Dashboard figures'),
      h('tbody', {}, ...report.figures.map((f) => h('tr', {}, h('th', { scope: 'row', title: f.name }, figureLabel(f.name)), h('td', {}, f.text)))),
    ));
  }
  if (report.summary) body.appendChild(h('p', { class: 'summary', id: 'setup-summary' }, report.summary));
  body.appendChild(h('details', {},
    h('summary', {}, 'Sheets added'),
    h('ul', { class: 'sheets' }, ...report.sheets.map((s) => h('li', {}, h('strong', {}, s.name), ` – ${s.purpose}`))),
  ));
  return body;
}

export const setupPanel: Panel = {
  id: 'setup',
  title: 'Set up the framework',
  render(body: HTMLElement, { server, context }: PanelContext) {
    const choice = (value: Dataset, label: string, hint: string, checked: boolean) => {
      const id = `dataset-${value}`;
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'dataset', id, value, checked, 'aria-describedby': `${id}-hint` }),
        h('label', { for: id }, label),
        h('p', { class: 'hint', id: `${id}-hint` }, hint),
      );
    };
    const button = h('button', { type: 'button', id: 'setup-button', class: 'primary' }, 'Set up framework');
    const progress = h('progress', { id: 'setup-progress', 'aria-label': 'Setting up', hidden: true });
    const status = h('p', { id: 'setup-status', role: 'status', 'aria-live': 'polite' });
    const result = h('div', { id: 'setup-result' });
    replaceChildren(body,
      h('p', {}, 'Adds nine sheets that link learning to business strategy: Guide, Strategy, Alignment, Impact, ROI, Plan, Partners, Dashboard and History log, with dropdowns, checks, formulas and charts.'),
      h('fieldset', {},
        h('legend', {}, 'Start from'),
        choice('empty', 'Empty template', 'Your own objectives and programs.', true),
        choice('growthcorp', 'GrowthCorp example', 'A filled case study: BCR from 1.2x to 3.5x.', false),
      ),
      context ? renamePreview(context.sheetNames) : undefined,
      button,
      progress,
      status,
      result,
    );
    button.addEventListener('click', () => {
      const checked = body.querySelector<HTMLInputElement>('input[name="dataset"]:checked');
      const dataset = (checked?.value === 'growthcorp' ? 'growthcorp' : 'empty') as Dataset;
      button.disabled = true;
      progress.hidden = false;
      status.className = '';
      replaceChildren(result);
      status.textContent = `Building nine sheets${dataset === 'growthcorp' ? ' with the GrowthCorp example' : ''}… this takes up to a minute.`;
      server.sidebarBuildFramework(dataset).then(
        (report) => {
          status.textContent = `Done: ${report.counts.sheets} sheets added.`;
          // The result's heading says it on screen; the status stays for screen readers.
          status.className = 'visually-hidden';
          replaceChildren(result, renderReport(report));
          result.querySelector<HTMLElement>('#setup-result-title')?.focus();
        },
        (error: unknown) => {
          status.textContent = 'Setting up failed.';
          replaceChildren(result, h('p', { class: 'error', role: 'alert', id: 'setup-error' }, failureMessage(error)));
        },
      ).finally(() => {
        button.disabled = false;
        progress.hidden = true;
      });
    });
  },
};
