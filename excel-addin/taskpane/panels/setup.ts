/**
 * "Set up the framework": pick the empty template or the GrowthCorp example, build every template
 * sheet into the open workbook, show progress, then what was created and anything left out.
 */
import type { Dataset } from '../../../core/templates/types';
import { buildFramework, type BuildReport, type ExcelHost, type Templates } from '../../builder/build-framework';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';

const DATASETS: readonly { readonly value: Dataset; readonly label: string; readonly hint: string }[] = [
  { value: 'empty', label: 'Empty template', hint: 'Headers, formulas, dropdowns and the dashboard, ready to fill in.' },
  { value: 'growthcorp', label: 'GrowthCorp example', hint: 'The case study filled in: see a complete framework before you start yours.' },
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describeCounts(report: BuildReport): string {
  const c = report.counts;
  const parts = [
    plural(c.sheets, 'sheet'), plural(c.tables, 'table'), plural(c.validations, 'dropdown or input check', 'dropdowns and input checks'),
    plural(c.conditionalFormats, 'conditional format'), plural(c.names, 'defined name'), plural(c.charts, 'chart'),
  ];
  return `Created ${parts.join(', ')}.`;
}

/** `PortfolioROI` → `Portfolio ROI`, `TotalAdjustedBenefits` → `Total adjusted benefits`. */
export function figureLabel(name: string): string {
  const words = name.replace(/_(\d+)$/, ' ($1)').match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\(\d+\)|\d+/g) ?? [name];
  return words.map((w, i) => (i === 0 || /^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ');
}

export function renderReport(report: BuildReport): HTMLElement {
  const renamed = report.renamed.map((r) => h('li', {}, `A sheet named “${r.from}” already exists, so it was left unchanged and the new one is “${r.to}”.`));
  return h('div', { class: 'report' },
    h('p', { class: 'success' }, describeCounts(report)),
    h('h3', {}, 'Sheets'),
    h('ul', { class: 'sheet-list' }, ...report.sheets.map((s) => h('li', {}, h('strong', {}, s.name), h('span', { class: 'purpose' }, s.purpose)))),
    renamed.length > 0 ? h('h3', {}, 'Your sheets were kept') : null,
    renamed.length > 0 ? h('ul', { class: 'notes' }, ...renamed) : null,
    report.notes.length > 0 ? h('h3', {}, 'Notes') : null,
    report.notes.length > 0 ? h('ul', { class: 'notes' }, ...report.notes.map((n) => h('li', {}, n))) : null,
    report.figures.length > 0 ? h('h3', {}, 'Dashboard now shows') : null,
    report.figures.length > 0
      ? h('dl', { class: 'figures' }, ...report.figures.flatMap((f) => [h('dt', {}, figureLabel(f.name)), h('dd', {}, f.text || '—')]))
      : null,
    report.summary ? h('h3', {}, 'Summary') : null,
    report.summary ? h('p', { class: 'summary' }, report.summary) : null,
  );
}

export function setupPanel(host: ExcelHost, templates: Templates): Panel {
  return {
    id: 'setup',
    label: 'Set up',
    render(container) {
      const choices = DATASETS.map((d, i) =>
        h('label', { class: 'choice' },
          h('input', { type: 'radio', name: 'dataset', value: d.value, checked: i === 0, 'aria-describedby': `hint-${d.value}` }),
          h('span', { class: 'choice-text' }, h('span', { class: 'choice-label' }, d.label), h('span', { class: 'hint', id: `hint-${d.value}` }, d.hint)),
        ));
      const button = h('button', { type: 'button', class: 'primary', id: 'setup-button' }, 'Set up the framework');
      const bar = h('progress', { max: '1', value: '0', 'aria-label': 'Progress', hidden: true });
      const message = h('p', { class: 'status-text' });
      const status = h('div', { role: 'status', 'aria-live': 'polite', class: 'status' }, bar, message);
      const error = h('div', { role: 'alert', class: 'error' });
      const result = h('div', { class: 'result', id: 'setup-result' });

      button.addEventListener('click', async () => {
        const picked = container.querySelector<HTMLInputElement>('input[name="dataset"]:checked');
        const dataset = (picked?.value ?? 'empty') as Dataset;
        button.disabled = true;
        container.setAttribute('aria-busy', 'true');
        bar.hidden = false;
        replaceChildren(error);
        replaceChildren(result);
        try {
          const report = await buildFramework(host, {
            dataset,
            templates,
            onProgress: (p) => {
              bar.value = p.fraction;
              message.textContent = p.message;
            },
          });
          message.textContent = 'The framework is ready.';
          replaceChildren(result, renderReport(report));
        } catch (e) {
          message.textContent = '';
          error.textContent = `The framework could not be built: ${e instanceof Error ? e.message : String(e)} Your own sheets were not changed; delete any half-built framework sheets and try again.`;
        } finally {
          button.disabled = false;
          container.removeAttribute('aria-busy');
          bar.hidden = true;
        }
      });

      replaceChildren(container,
        h('h2', {}, 'Set up the framework'),
        h('p', {}, 'Adds the framework to this workbook: a guide, sheets for strategy, alignment, impact, ROI, the plan and partners, a live dashboard and a history of snapshots. Your existing sheets are never changed.'),
        h('fieldset', {}, h('legend', {}, 'Start from'), ...choices),
        button,
        status,
        error,
        result,
      );
    },
  };
}
