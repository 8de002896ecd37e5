/** Functions: the custom functions this add-on adds, with their syntax, to type in any cell. */
import { h, replaceChildren } from '../dom';
import type { Panel } from './panel';

export const functionsPanel: Panel = {
  id: 'functions',
  title: 'Functions',
  render(body, { context }) {
    if (!context) {
      replaceChildren(body, h('p', {}, 'Type =ROI( in any cell to see the functions.'));
      return;
    }
    replaceChildren(body,
      h('p', {}, 'Type these in any cell; a range spills one result per row. A problem in one row shows as text starting with its error code, e.g. #NUM!: …'),
      h('details', {},
        h('summary', {}, `${context.functions.length} functions`),
        h('dl', { class: 'functions' }, ...context.functions.flatMap((f) => [h('dt', {}, h('code', {}, f.syntax)), h('dd', {}, f.description)])),
      ),
    );
  },
};
