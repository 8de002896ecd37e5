/** History: dated snapshots of the Dashboard figures, for the trend (e.g. BCR 1.2x → 3.5x). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { HISTORY_TABLE as T } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { TAB, dateValidation, fractionValidation, isoDateSerial, moneyValidation } from './common';

export function historySheet(data?: ExampleDataset): SheetSpec {
  const b = new SheetBuilder('History');
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  b.text('A1', 'History: snapshots of the dashboard', 'title');
  b.text('A2', 'At the end of each period, add a row with the date and the Dashboard figures typed as values (the add-in’s Snapshot does it for you). ROI and BCR calculate.', 'subtitle');
  b.merges.push(`A2:${col.note}2`);

  b.table(T, (r, i) => {
    const x = data?.history[i];
    const [inv, ben] = [`${col.investment}${r}`, `${col.benefits}${r}`];
    const cells: Record<string, CellSpec> = {
      roi: { formula: `=IF(OR(${inv}="",${ben}=""),"",IF(${inv}=0,"",(${ben}-${inv})/${inv}))` },
      bcr: { formula: `=IF(OR(${inv}="",${ben}=""),"",IF(${inv}=0,"",${ben}/${inv}))` },
    };
    if (x) {
      cells.date = { value: isoDateSerial(x.date) };
      cells.investment = { value: x.investment };
      cells.benefits = { value: x.benefits };
      cells.alignedShare = { value: x.alignedShare };
      cells.coverage = { value: x.coverage };
      cells.alignment = { value: x.alignment };
      cells.note = { value: x.note };
    }
    return cells;
  });
  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    dateValidation(rows('date'), 'Date of the snapshot.', 'Type a date, e.g. 2025-06-30.'),
    moneyValidation(rows('investment'), 'Total investment'),
    moneyValidation(rows('benefits'), 'Total adjusted benefits'),
    fractionValidation(rows('alignedShare'), 'Programs aligned'),
    fractionValidation(rows('coverage'), 'Objective coverage'),
    { range: rows('alignment'), type: 'decimal', min: 0, max: 100, prompt: 'Portfolio alignment, 0 to 100.', errorMessage: 'Portfolio alignment is a score from 0 to 100.' },
  );
  return b.build({ purpose: 'Dated snapshots of the dashboard figures, for trends.', tabColor: TAB.History, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}
