/** Functions: the custom functions this add-in adds, with their syntax, to type in any cell. */
import { h, replaceChildren } from '../dom';
import type { Panel } from './parts';

export const functionsPanel: Panel = {
  id: 'functions',
  label: 'Functions',
  render(section, { context }) {
    const list = h('div', { id: 'functions-list' }, h('p', { class: 'hint' }, 'Reading the functions…'));
    void context.then((c) => {
      if (!c) replaceChildren(list, h('p', {}, 'Type =ROI( in any cell to see the functions.'));
      else replaceChildren(list, h('dl', { class: 'functions' }, ...c.functions.flatMap((f) => [h('dt', {}, h('code', {}, f.syntax)), h('dd', {}, f.description)])));
    });
    replaceChildren(section,
      h('h2', {}, 'Functions'),
      h('p', {}, 'Type these in any cell. A range gives one result per row; a problem shows as an error with a message saying what is wrong.'),
      list,
    );
  },
};
