/**
 * Mappings: which initiative each imported activity counts towards, as the user confirmed it. The
 * import reads it first (a remembered mapping needs no question next month) and appends a row for
 * each new mapping; a later row for the same activity overrides an earlier one, so a change is a new
 * row, never an edit.
 */
import { SheetBuilder, widthsFrom } from '../builder';
import { MAPPINGS_FORMATTED_ROWS, MAPPINGS_TABLE as T, initiativeLayout, type InitiativeLayout } from '../layout';
import type { SheetSpec } from '../types';
import { TAB, listValidation } from './common';

/** How a mapping was decided (core/learning MatchKind, or `user` when a person chose it). */
export const MATCHED_BY = ['confirmed', 'exact', 'normalised', 'contains', 'close', 'user'] as const;

export function mappingsSheet(layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const A = layout.alignment;
  const b = new SheetBuilder('Mappings');
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.firstDataRow + MAPPINGS_FORMATTED_ROWS - 1;
  b.text('A1', 'Mappings: activities to initiatives', 'title');
  b.text('A2', 'The import remembers here which initiative each course or activity counts towards, once you confirm it; next time it asks nothing for these.', 'subtitle');
  b.text('A3', 'To change a mapping, add a row below with the same activity: the lowest row for an activity wins. Initiative names must match Alignment.', 'help');
  b.merges.push(`A2:${col.confirmedOn}2`, `A3:${col.confirmedOn}3`);

  for (const d of T.defs) b.set(`${col[d.key]}${T.headerRow}`, { value: d.header, style: 'header', note: d.note });
  for (let r = d1; r <= dn; r++) {
    for (const d of T.defs) b.set(`${col[d.key]}${r}`, { style: 'input', ...(d.numberFormat ? { numberFormat: d.numberFormat } : {}) });
  }
  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    {
      range: rows('initiative'),
      type: 'list',
      source: `Alignment!$${A.columns.name}$${A.firstDataRow}:$${A.columns.name}$${A.lastDataRow}`,
      prompt: 'Pick the Alignment initiative this activity counts towards.',
      errorMessage: 'Choose an initiative listed on Alignment.',
    },
    listValidation(rows('matchedBy'), MATCHED_BY, 'way the mapping was found'),
  );
  return b.build({
    purpose: 'Activity → initiative mappings the import remembers.',
    tabColor: TAB.Mappings,
    frozenRows: T.headerRow,
    frozenColumns: 0,
    columnWidths: widthsFrom(T.defs),
  });
}
