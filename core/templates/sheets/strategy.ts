/** Strategy: the business objectives L&D serves (Business Strategy, part 1 of the framework). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { ALIGNMENT_ROWS, LINK_COLUMNS, OBJECTIVE_CATEGORIES, STRATEGY_TABLE as T } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, GOOD, TAB, listValidation } from './common';

export function strategySheet(data?: ExampleDataset): SheetSpec {
  const b = new SheetBuilder('Strategy');
  const col = T.columns;
  b.text('A1', 'Business strategy: the objectives L&D serves', 'title');
  b.text('A2', 'Step 1. List the business objectives your executives care about, with a priority weight and the KPI that shows progress.', 'subtitle');
  b.text('A3', 'Yellow cells are yours to fill; grey cells calculate. The Alignment sheet picks each objective up as a column, in this order.', 'help');
  b.merges.push('A2:M2', 'A3:M3');

  b.table(T, (row, i) => {
    const o = data?.objectives[i];
    const r = row;
    const link = LINK_COLUMNS[i];
    const change = (to: string) => `=IF(${col.baseline}${r}="","",IF(${to}${r}="","",IF(${col.baseline}${r}=0,"",(${to}${r}-${col.baseline}${r})/${col.baseline}${r})))`;
    const cells: Record<string, CellSpec> = {
      targetChange: { formula: change(col.target) },
      changeToDate: { formula: change(col.current) },
      strongestLink: { formula: `=IF($${col.objective}${r}="","",Alignment!$${link}$${ALIGNMENT_ROWS.strongestLink})` },
      support: { formula: `=IF($${col.objective}${r}="","",Alignment!$${link}$${ALIGNMENT_ROWS.coverage})` },
    };
    if (o) {
      cells.objective = { value: o.objective };
      cells.category = { value: o.category };
      cells.weight = { value: o.weight };
      cells.kpi = { value: o.kpi };
      cells.baseline = { value: o.baseline };
      cells.target = { value: o.target };
      cells.current = { value: o.current };
      cells.sponsor = { value: o.sponsor };
      cells.horizon = { value: o.horizon };
    }
    return cells;
  });

  const rows = (key: keyof typeof col) => `${col[key]}${T.firstDataRow}:${col[key]}${T.lastDataRow}`;
  b.validations.push(
    listValidation(rows('category'), OBJECTIVE_CATEGORIES, 'category'),
    { range: rows('weight'), type: 'decimal', min: 0, prompt: 'Priority weight: 0 or more (e.g. points out of 100).', errorMessage: 'A priority weight is a number of 0 or more.' },
  );
  b.conditionalFormats.push(
    { range: rows('support'), formula: `=$${col.support}${T.firstDataRow}="Gap"`, style: BAD },
    { range: rows('support'), formula: `=$${col.support}${T.firstDataRow}="Covered"`, style: GOOD },
  );
  return b.build({ purpose: 'Business objectives, their priority weights, KPIs and sponsors.', tabColor: TAB.Strategy, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}
