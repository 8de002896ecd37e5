/**
 * Snapshot: appends today's dashboard figures (the core's `snapshotRow`) to the History log's first
 * empty row through the server's `appendSnapshot`, never over a filled row, and says what it wrote.
 */
import { money, percent } from '../../../core/insights';
import type { SnapshotResult } from '../bridge';
import { h, replaceChildren } from '../dom';
import type { Panel } from './panel';
import { panelParts, resultHeading, showNoFramework } from './status';

/** What was written, in sentences. */
export function describeSnapshot(result: SnapshotResult): string[] {
  const v = result.values;
  const share = (n: number | null) => (n === null ? 'not known' : percent(n));
  return [
    `Investment ${money(v.investment)}, adjusted benefits ${money(v.benefits)}, programs aligned ${share(v.alignedShare)}, objectives covered ${share(v.coverage)}.`,
    ...(v.note ? [`Note: ${v.note}`] : []),
    ...(result.sameDateRow !== null ? [`Row ${result.sameDateRow} already holds a snapshot of ${v.date}; both are kept.`] : []),
    ...(result.row !== result.requestedRow ? [`Row ${result.requestedRow} was not empty, so it was left as it was.`] : []),
    ...(result.beyondCapacity ? ['This row is below the template’s History rows: its ROI and BCR cells have no formulas; copy them down from the row above.'] : []),
  ];
}

export const snapshotPanel: Panel = {
  id: 'snapshot',
  title: 'Snapshot',
  render(body, { server }) {
    const parts = panelParts(body, 'snapshot');
    const note = h('input', { type: 'text', id: 'snapshot-note', autocomplete: 'off', maxlength: '200', 'aria-describedby': 'snapshot-note-hint' });
    const button = h('button', { type: 'button', class: 'primary', id: 'snapshot-button' }, 'Add today’s snapshot');
    button.addEventListener('click', () => parts.busy(button, 'Reading the dashboard figures…', 'The snapshot could not be added', async () => {
      replaceChildren(parts.result);
      const result = await server.appendSnapshot(note.value.trim());
      if (!result.ok) {
        showNoFramework(parts, 'snapshot', result);
        return;
      }
      const heading = `Added row ${result.row} of “${result.sheet}” (${result.values.date})`;
      parts.say(`${heading}.`);
      replaceChildren(parts.result,
        h('div', { class: 'report', id: 'snapshot-report' },
          resultHeading('snapshot-result-title', heading),
          ...describeSnapshot(result).map((line) => h('p', {}, line))));
      note.value = '';
      parts.result.querySelector<HTMLElement>('#snapshot-result-title')?.focus();
    }));
    replaceChildren(body,
      h('p', {}, 'Adds today’s figures (investment, adjusted benefits, alignment) as a new row of the History log, so the dashboard shows the trend. Existing rows are never changed.'),
      h('label', { for: 'snapshot-note', class: 'field-label' }, 'Note (optional)'),
      h('p', { class: 'hint', id: 'snapshot-note-hint' }, 'What happened this period, e.g. “Q3 review”.'),
      note, button, parts.status, parts.error, parts.result,
    );
  },
};
