/** Partners: the business stakeholders L&D works with (Partnership Building, part 6). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { CADENCES, LEVELS, PARTNERS_TABLE as T, STRATEGY_TABLE } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { TAB, WARN, dateValidation, isoDateSerial, listValidation } from './common';

export function partnersSheet(data?: ExampleDataset): SheetSpec {
  const b = new SheetBuilder('Partners');
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  b.text('A1', 'Partners: the business leaders L&D works with', 'title');
  b.text('A2', 'Step 6. List executives, sponsors and managers: which objective they own, how much influence and interest they have, and when you next talk. Approach follows the influence/interest grid.', 'subtitle');
  b.merges.push(`A2:${col.nextContact}2`);

  b.table(T, (r, i) => {
    const x = data?.partners[i];
    const cells: Record<string, CellSpec> = {
      approach: {
        formula: `=IF(OR(${col.influence}${r}="",${col.interest}${r}=""),"",IF(${col.influence}${r}="High",IF(${col.interest}${r}="High","Manage closely","Keep satisfied"),IF(${col.interest}${r}="High","Keep informed","Monitor")))`,
      },
      nextContact: {
        formula: `=IF(OR(${col.lastContact}${r}="",${col.cadence}${r}=""),"",${col.lastContact}${r}+IF(${col.cadence}${r}="Weekly",7,IF(${col.cadence}${r}="Fortnightly",14,IF(${col.cadence}${r}="Monthly",30,91))))`,
      },
    };
    if (x) {
      cells.name = { value: x.name };
      cells.role = { value: x.role };
      cells.unit = { value: x.unit };
      if (x.objective) cells.objective = { value: x.objective };
      cells.influence = { value: x.influence };
      cells.interest = { value: x.interest };
      cells.cadence = { value: x.cadence };
      cells.lastContact = { value: isoDateSerial(x.lastContact) };
      cells.nextStep = { value: x.nextStep };
    }
    return cells;
  });

  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  const objectives = `Strategy!$${STRATEGY_TABLE.columns.objective}$${STRATEGY_TABLE.firstDataRow}:$${STRATEGY_TABLE.columns.objective}$${STRATEGY_TABLE.lastDataRow}`;
  b.validations.push(
    { range: rows('objective'), type: 'list', source: objectives, prompt: 'Pick an objective from Strategy.', errorMessage: 'Choose an objective listed on the Strategy sheet (add it there first).' },
    listValidation(rows('influence'), LEVELS, 'influence'),
    listValidation(rows('interest'), LEVELS, 'interest'),
    listValidation(rows('cadence'), CADENCES, 'engagement cadence'),
    dateValidation(rows('lastContact'), 'Date of the last conversation.', 'Type a date, e.g. 2025-06-30.'),
  );
  b.conditionalFormats.push({ range: rows('nextContact'), formula: `=AND($${col.nextContact}${d1}<>"",$${col.nextContact}${d1}<TODAY())`, style: WARN });
  return b.build({ purpose: 'Stakeholders: objectives they own, influence, interest and engagement.', tabColor: TAB.Partners, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}
