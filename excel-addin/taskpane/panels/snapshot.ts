/**
 * "Snapshot": appends today's dashboard figures (the core's `snapshotRow`) to the History log's
 * first empty row, never over a filled one, and says what it wrote.
 */
import { money, percent } from '../../../core/insights';
import type { InsightsService, SnapshotResult } from '../../insights/service';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';
import { notAFramework, panelParts } from './status';

export function describeSnapshot(result: SnapshotResult): string[] {
  const v = result.snapshot.values;
  const share = (n: number | null) => (n === null ? 'not known' : percent(n));
  return [
    `Added row ${result.row} of “${result.sheet}”: ${v.date}.`,
    `Investment ${money(v.investment)}, adjusted benefits ${money(v.benefits)}, aligned ${share(v.alignedShare)}, objectives covered ${share(v.coverage)}.`,
    ...(result.snapshot.sameDateRow !== null ? [`Row ${result.snapshot.sameDateRow} already holds a snapshot of this date; both are kept.`] : []),
    ...(result.row !== result.snapshot.row ? [`Row ${result.snapshot.row} was not empty, so it was left unchanged.`] : []),
    ...(result.snapshot.beyondCapacity || result.row !== result.snapshot.row ? ['This row is below the template’s rows: its ROI and BCR cells have no formulas; copy them down from the row above.'] : []),
  ];
}

export function snapshotPanel(service: InsightsService): Panel {
  return {
    id: 'snapshot',
    label: 'Snapshot',
    render(container) {
      const parts = panelParts(container, 'snapshot');
      const note = h('input', { type: 'text', id: 'snapshot-note', autocomplete: 'off', maxlength: '200' });
      const button = h('button', { type: 'button', class: 'primary', id: 'snapshot-button' }, 'Add today’s snapshot');
      button.addEventListener('click', () => parts.busy(button, 'Reading the dashboard figures…', 'The snapshot could not be added', async () => {
        replaceChildren(parts.result);
        const result = await service.snapshot(note.value.trim());
        if ('reason' in result) {
          parts.say('');
          replaceChildren(parts.result, h('p', { class: 'notice' }, notAFramework(result.reason)));
          return;
        }
        const lines = describeSnapshot(result);
        parts.say(lines[0]);
        replaceChildren(parts.result, h('div', { class: 'report' }, ...lines.map((l, i) => h('p', { class: i === 0 ? 'success' : '' }, l))));
      }));
      replaceChildren(container,
        h('h2', {}, 'Snapshot'),
        h('p', {}, 'Adds today’s figures (investment, adjusted benefits, alignment) as a new row of the History log, so the dashboard can show the trend. Existing rows are never changed.'),
        h('label', { for: 'snapshot-note', class: 'field-label' }, 'Note (optional)'),
        note, button, parts.status, parts.error, parts.result,
      );
    },
  };
}
