/** "Functions": the LD.* custom functions with their arguments and descriptions, from the catalogue. */
import type { FunctionSpec } from '../../../core/types';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';
import { NAMESPACE } from '../../functions/metadata';

export function signature(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${NAMESPACE}.${spec.name}(${params.join(', ')})`;
}

export function functionsPanel(catalogue: readonly FunctionSpec[]): Panel {
  return {
    id: 'functions',
    label: 'Functions',
    render(container) {
      replaceChildren(container,
        h('h2', {}, 'Functions'),
        h('p', {}, `Type any of these in a cell. Ranges go in, results spill; errors say what is wrong when you hover over the cell.`),
        h('ul', { class: 'function-list' }, ...catalogue.map((spec) =>
          h('li', {},
            h('code', {}, signature(spec)),
            h('p', {}, spec.description),
          ))),
      );
    },
  };
}
