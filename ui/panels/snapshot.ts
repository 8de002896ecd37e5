/**
 * Snapshot: appends today's dashboard figures (the core's `snapshotRow`) to the History log's first
 * empty row through the bridge, never over a filled row, and says what it wrote.
 */
import { describeSnapshot, snapshotHeading } from '../../core/insights/pane';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel } from './parts';

export const snapshotPanel: Panel = {
  id: 'snapshot',
  label: 'Snapshot',
  render(section, { bridge }) {
    const parts = panelParts(section, 'snapshot');
    const note = h('input', { type: 'text', id: 'snapshot-note', autocomplete: 'off', maxlength: '200', 'aria-describedby': 'snapshot-note-hint' });
    const button = h('button', { type: 'button', class: 'primary', id: 'snapshot-button' }, 'Add today’s snapshot');
    button.addEventListener('click', () => parts.busy(button, 'Reading the dashboard figures…', 'The snapshot could not be added', async () => {
      replaceChildren(parts.result);
      const result = await bridge.appendSnapshot(note.value.trim());
      if (!result.ok) {
        parts.noFramework(result);
        return;
      }
      const heading = snapshotHeading(result);
      parts.say(`${heading}.`);
      replaceChildren(parts.result,
        h('div', { class: 'report', id: 'snapshot-report' },
          resultHeading('snapshot-result-title', heading),
          ...describeSnapshot(result).map((line, i) => h('p', { class: i === 0 ? 'success' : undefined }, line))));
      note.value = '';
      focusResult(parts, 'snapshot-result-title');
    }));
    replaceChildren(section,
      h('h2', {}, 'Snapshot'),
      h('p', {}, 'Adds today’s figures (investment, adjusted benefits, alignment) as a new row of the History log, so the dashboard shows the trend. Existing rows are never changed.'),
      h('label', { for: 'snapshot-note', class: 'field-label' }, 'Note (optional)'),
      h('p', { class: 'hint', id: 'snapshot-note-hint' }, 'What happened this period, e.g. “Q3 review”.'),
      note, button, parts.status, parts.error, parts.result,
    );
  },
};
