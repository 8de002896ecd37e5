/**
 * Set up: choose the empty template or the GrowthCorp example and the room for initiatives (200 or
 * 2,000 rows), build the framework sheets, then read what was made. Sheets whose names are taken are announced before and after: existing sheets are
 * never changed.
 */
import { buildCountsLine, figureLabel, type BuildSummary } from '../../core/insights/pane';
import { INITIATIVE_CAPACITIES, INITIATIVE_CAPACITY, SHEET_NAMES, SHEET_TITLES, initiativeCapacity } from '../../core/templates';
import { planSheetNames } from '../../core/templates/rename';
import type { Dataset } from '../../core/templates/types';
import { failureMessage } from '../bridge';
import { h, replaceChildren } from '../dom';
import type { Panel } from './parts';

const DATASETS: readonly { readonly value: Dataset; readonly label: string; readonly hint: string }[] = [
  { value: 'empty', label: 'Empty template', hint: 'Headers, formulas, dropdowns and the dashboard, ready for your own objectives and programs.' },
  { value: 'growthcorp', label: 'GrowthCorp example', hint: 'The case study filled in (BCR from 1.2x to 3.5x): see a complete framework before you start yours.' },
];

const CAPACITY_HINT = 'Rows on Alignment, Impact, ROI and Plan. 200 suits most teams; 2,000 makes a file about six times larger that takes longer to set up and to recalculate.';

/** Before building: the template sheets whose names are taken here, and what they will be called. */
function renamePreview(sheetNames: readonly string[]): HTMLElement | undefined {
  const plan = planSheetNames(sheetNames, SHEET_NAMES.map((n) => SHEET_TITLES[n]));
  if (plan.renamed.length === 0) return undefined;
  return h('div', { class: 'notice', id: 'setup-preview' },
    h('p', {}, 'Some names are already used here. Those sheets stay as they are; the new ones will be:'),
    h('ul', {}, ...plan.renamed.map((r) => h('li', {}, `${r.from} → ${r.to}`))),
  );
}

export function renderReport(report: BuildSummary): HTMLElement {
  const messages = report.notes;
  const figures = report.figures.filter((f) => f.text !== '');
  return h('div', { class: 'report', id: 'setup-report' },
    h('h3', { id: 'setup-result-title', tabindex: '-1' }, `Done: ${report.counts.sheets} sheets added`),
    h('p', { class: 'success' }, buildCountsLine(report.counts)),
    messages.length > 0 ? h('ul', { class: 'notes', id: 'setup-messages' }, ...messages.map((m) => h('li', {}, m))) : null,
    figures.length > 0
      ? h('table', { class: 'figures', id: 'setup-figures' },
        h('caption', {}, 'The Dashboard now shows'),
        h('tbody', {}, ...figures.map((f) => h('tr', {}, h('th', { scope: 'row' }, figureLabel(f.name)), h('td', {}, f.text)))))
      : null,
    report.summary ? h('p', { class: 'summary', id: 'setup-summary' }, report.summary) : null,
    h('details', {},
      h('summary', {}, 'Sheets added'),
      h('ul', { class: 'sheet-list' }, ...report.sheets.map((s) => h('li', {}, h('strong', {}, s.name), h('span', { class: 'hint' }, s.purpose))))),
  );
}

export const setupPanel: Panel = {
  id: 'setup',
  label: 'Set up',
  render(section, { bridge, context }) {
    const choices = DATASETS.map((d, i) => {
      const id = `dataset-${d.value}`;
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'dataset', id, value: d.value, checked: i === 0, 'aria-describedby': `${id}-hint` }),
        h('span', { class: 'choice-text' }, h('label', { for: id, class: 'choice-label' }, d.label), h('span', { class: 'hint', id: `${id}-hint` }, d.hint)));
    });
    const capacity = h('select', { id: 'setup-capacity', name: 'capacity', 'aria-describedby': 'setup-capacity-hint' },
      ...INITIATIVE_CAPACITIES.map((n) => h('option', { value: String(n), selected: n === INITIATIVE_CAPACITY }, `${n.toLocaleString('en-US')} initiatives`)));
    const preview = h('div', { id: 'setup-preview-area' });
    const button = h('button', { type: 'button', class: 'primary', id: 'setup-button' }, 'Set up the framework');
    const bar = h('progress', { id: 'setup-progress', max: '1', value: '0', 'aria-label': 'Setting up', hidden: true });
    const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status-text', id: 'setup-status' });
    const error = h('div', { role: 'alert', class: 'error', id: 'setup-error' });
    const result = h('div', { class: 'result', id: 'setup-result' });
    void context.then((c) => { if (c) replaceChildren(preview, renamePreview(c.sheetNames)); });

    button.addEventListener('click', async () => {
      const picked = section.querySelector<HTMLInputElement>('input[name="dataset"]:checked');
      const dataset: Dataset = picked?.value === 'growthcorp' ? 'growthcorp' : 'empty';
      const rows = initiativeCapacity(Number(capacity.value));
      button.disabled = true;
      section.setAttribute('aria-busy', 'true');
      bar.hidden = false;
      bar.removeAttribute('value');
      replaceChildren(error);
      replaceChildren(result);
      status.textContent = `Building the framework sheets${dataset === 'growthcorp' ? ' with the GrowthCorp example' : ''}… this takes up to a minute.`;
      try {
        const report = await bridge.buildFramework(dataset, (p) => {
          bar.value = p.fraction;
          status.textContent = p.message;
        }, rows);
        status.textContent = `The framework is ready: ${report.counts.sheets} sheets added.`;
        replaceChildren(preview);
        replaceChildren(result, renderReport(report));
        result.querySelector<HTMLElement>('#setup-result-title')?.focus();
      } catch (e) {
        status.textContent = '';
        error.textContent = `The framework could not be built: ${failureMessage(e)}`;
      } finally {
        button.disabled = false;
        section.removeAttribute('aria-busy');
        bar.hidden = true;
      }
    });

    replaceChildren(section,
      h('h2', {}, 'Set up the framework'),
      h('p', {}, `Adds the framework to this ${bridge.document}: a guide, the sheets to fill in (strategy, alignment, impact, ROI, the plan, partners), a live dashboard, reports and a history of snapshots. Your existing sheets are never changed.`),
      h('fieldset', {}, h('legend', {}, 'Start from'), ...choices),
      h('div', { id: 'setup-capacity-field' },
        h('label', { for: 'setup-capacity', class: 'field-label' }, 'Room for'), capacity,
        h('p', { class: 'hint', id: 'setup-capacity-hint' }, CAPACITY_HINT)),
      preview, button, bar, status, error, result,
    );
  },
};
