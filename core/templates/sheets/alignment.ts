/** Alignment: initiatives against objectives, each link a strength 0–3 (L&D Alignment, part 2). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { ALIGNMENT_ROWS as R, INITIATIVE_STATUSES, LINK_COLUMNS, LINK_STRENGTHS, MAX_STRENGTH, MIN_SUPPORT, OBJECTIVE_CAPACITY, PERCENT, STRATEGY_TABLE, initiativeLayout, type InitiativeLayout } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, GOOD, TAB, listValidation, moneyValidation } from './common';

export function alignmentSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Alignment');
  const T = layout.alignment;
  const col = T.columns;
  const first = LINK_COLUMNS[0];
  const last = LINK_COLUMNS[OBJECTIVE_CAPACITY - 1];
  const totalWeight = `$${col.score}$${R.weights}`;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;

  b.text('A1', 'Alignment: every initiative linked to the objectives it serves', 'title');
  b.text('A2', `Step 2. One row per initiative. Under each objective pick a link strength: 0 none, 1 indirect, 2 direct, ${MAX_STRENGTH} primary. An initiative is aligned when it has a link of ${MIN_SUPPORT} or more; an objective is covered when some initiative supports it at ${MIN_SUPPORT} or more.`, 'help');
  b.merges.push(`A2:${col.budgetScore}2`);
  b.rowHeights[2] = 36;

  // Portfolio figures, left of the per-objective block.
  b.text(`A${R.objectiveNames}`, 'Initiatives', 'kpiLabel').formula(`B${R.objectiveNames}`, `=COUNTA($${col.name}$${d1}:$${col.name}$${dn})`, '0', 'total');
  b.text(`A${R.weights}`, `Programs aligned (a link of ${MIN_SUPPORT}+)`, 'kpiLabel').formula(`B${R.weights}`, `=IF(B${R.objectiveNames}=0,"",COUNTIF($${col.aligned}$${d1}:$${col.aligned}$${dn},"Yes")/B${R.objectiveNames})`, PERCENT, 'total');
  b.text(`A${R.strongestLink}`, 'Objective coverage (by priority)', 'kpiLabel').formula(`B${R.strongestLink}`, `=IF(${totalWeight}=0,"",SUMIF($${first}$${R.strongestLink}:$${last}$${R.strongestLink},">=${MIN_SUPPORT}",$${first}$${R.weights}:$${last}$${R.weights})/${totalWeight})`, PERCENT, 'total');
  b.text(`A${R.coverage}`, 'Objectives with no direct link (gaps)', 'kpiLabel').formula(`B${R.coverage}`, `=COUNTIF($${first}$${R.coverage}:$${last}$${R.coverage},"Gap")`, '0', 'total');

  // The per-objective block: names and weights from Strategy, strongest link, coverage, gap number.
  b.text(`${col.status}${R.objectiveNames}`, 'Objective →', 'kpiLabel');
  b.text(`${col.status}${R.weights}`, 'Priority weight →', 'kpiLabel');
  b.text(`${col.status}${R.strongestLink}`, 'Strongest link →', 'kpiLabel');
  b.text(`${col.status}${R.coverage}`, 'Coverage →', 'kpiLabel');
  b.text(`${col.status}${R.gapNumber}`, 'Gap number (helper) →', 'kpiLabel');
  LINK_COLUMNS.forEach((letter, i) => {
    const strategyRow = STRATEGY_TABLE.firstDataRow + i;
    const name = `Strategy!$${STRATEGY_TABLE.columns.objective}$${strategyRow}`;
    b.set(`${letter}${R.objectiveNames}`, { formula: `=IF(${name}="","",${name})`, style: 'header' });
    b.formula(`${letter}${R.weights}`, `=N(Strategy!$${STRATEGY_TABLE.columns.weight}$${strategyRow})`, '0.##');
    b.formula(`${letter}${R.strongestLink}`, `=MAX(${letter}${d1}:${letter}${dn})`, '0');
    b.formula(`${letter}${R.coverage}`, `=IF(${letter}${R.objectiveNames}="","",IF(${letter}${R.strongestLink}>=${MIN_SUPPORT},"Covered","Gap"))`);
    b.formula(`${letter}${R.gapNumber}`, `=IF(${letter}${R.coverage}="Gap",COUNTIF($${first}$${R.coverage}:${letter}${R.coverage},"Gap"),"")`, '0');
  });
  b.text(`${col.score}${R.objectiveNames}`, 'Total weight', 'kpiLabel');
  b.formula(`${col.score}${R.weights}`, `=SUM(${first}${R.weights}:${last}${R.weights})`, '0.##', 'total');

  b.table(T, (r, i) => {
    const x = data?.initiatives[i];
    const links = `${first}${r}:${last}${r}`;
    const cells: Record<string, CellSpec> = {
      score: { formula: `=IF(OR($${col.name}${r}="",${totalWeight}=0),"",100*SUMPRODUCT($${first}$${R.weights}:$${last}$${R.weights},${links})/(${MAX_STRENGTH}*${totalWeight}))` },
      aligned: { formula: `=IF($${col.name}${r}="","",IF(MAX(${links})>=${MIN_SUPPORT},"Yes","No"))` },
      strongest: { formula: `=IF($${col.name}${r}="","",MAX(${links}))` },
      budgetScore: { formula: `=IF(${col.score}${r}="",0,N(${col.budget}${r})*${col.score}${r})` },
    };
    if (x) {
      cells.name = { value: x.name };
      cells.owner = { value: x.owner };
      cells.audience = { value: x.audience };
      cells.participants = { value: x.participants };
      cells.budget = { value: x.budget };
      cells.status = { value: x.status };
      x.links.forEach((s, j) => {
        cells[`link${j + 1}`] = { value: s };
      });
    }
    return cells;
  });

  b.hiddenColumns.push(col.budgetScore);
  b.hiddenRows.push(R.gapNumber);
  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    listValidation(`${first}${d1}:${last}${dn}`, LINK_STRENGTHS, 'link strength (0 none, 1 indirect, 2 direct, 3 primary)'),
    listValidation(rows('status'), INITIATIVE_STATUSES, 'status'),
    { range: rows('participants'), type: 'whole', min: 0, prompt: 'Number of people in the initiative.', errorMessage: 'Participants is a whole number of 0 or more.' },
    moneyValidation(rows('budget'), 'Budget'),
  );
  b.conditionalFormats.push(
    { range: `${first}${d1}:${last}${dn}`, formula: `=AND(${first}${d1}<>"",${first}${d1}>=${MIN_SUPPORT})`, style: GOOD },
    { range: rows('aligned'), formula: `=$${col.aligned}${d1}="No"`, style: BAD },
    { range: `${first}${R.coverage}:${last}${R.coverage}`, formula: `=${first}${R.coverage}="Gap"`, style: BAD },
    { range: `${first}${R.coverage}:${last}${R.coverage}`, formula: `=${first}${R.coverage}="Covered"`, style: GOOD },
  );
  return b.build({
    purpose: 'Initiatives against objectives: link strengths, alignment scores, coverage and gaps.',
    tabColor: TAB.Alignment,
    frozenRows: T.headerRow,
    frozenColumns: 1,
    columnWidths: widthsFrom(T.defs),
  });
}
