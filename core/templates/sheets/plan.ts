/**
 * Plan: the strategic L&D plan (part 5). Initiatives ranked by alignment and expected return, budget
 * by objective, and next period's budget against this period's.
 *
 * Priority score = alignment score × expected BCR (a BCR not yet measured counts as 1, break-even):
 * an initiative ranks high when it serves the most important objectives and returns the most per
 * dollar. The ranked list shows the top {@link PLAN_RANKED}; each of its rows is one LARGE/MATCH over
 * the column, so the cost grows with the rows, never with their square.
 *
 * Budget by objective splits each initiative's money across the objectives it links to, in
 * proportion to link strength (a 3 gets three times the share of a 1).
 */
import { columnNumber, columnLetter } from '../a1';
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import {
  ALIGNMENT_ROWS, ALIGNMENT_TABLE as A, LINK_COLUMNS, MONEY, OBJECTIVE_CAPACITY, PERCENT, PLAN_BY_OBJECTIVE as BY, PLAN_CELLS,
  PLAN_DECISIONS, PLAN_RANKED, PLAN_RANKED_BLOCK as RANKED, RATIO, ROI_TABLE, SCORE, initiativeLayout, type InitiativeLayout,
} from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, GOOD, TAB, listValidation, moneyValidation } from './common';

/** Column letters of the ranked list and the by-objective block, from their first column. */
export const PLAN_RANKED_COLUMNS = {
  ...blockColumns(RANKED.firstColumn, ['rank', 'name', 'score', 'bcr', 'priority', 'nextBudget'] as const),
  /** The initiative's position in the table (a hidden helper), past the by-objective block's last column. */
  position: 'Y',
} as const;
export const PLAN_BY_OBJECTIVE_COLUMNS = blockColumns(BY.firstColumn, ['objective', 'thisBudget', 'nextBudget', 'change', 'investment', 'benefits'] as const);

function blockColumns<K extends string>(first: string, keys: readonly K[]): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  keys.forEach((k, i) => (out[k] = columnLetter(columnNumber(first) + i)));
  return out;
}

export function planSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Plan');
  // Alignment and ROI rows line up with Plan's, so `d1`…`dn` bound their ranges too.
  const T = layout.plan;
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  const span = (letter: string) => `$${letter}$${d1}:$${letter}$${dn}`;
  b.text('A1', 'Strategic L&D plan', 'title');
  b.text('A2', "Step 5. Decide what to grow, keep, reduce or stop, and enter next period's budget per initiative. The ranked list and the budget by objective update as you type.", 'subtitle');
  b.merges.push(`A2:${col.primaryObjective}2`);

  b.text('A4', 'This period', 'kpiLabel').set(PLAN_CELLS.thisPeriod, { value: data?.thisPeriod ?? null, style: 'input', note: 'A label for this period, e.g. FY2025.' });
  b.text('A5', 'Next period', 'kpiLabel').set(PLAN_CELLS.nextPeriod, { value: data?.nextPeriod ?? null, style: 'input', note: 'A label for the period you are planning, e.g. FY2026.' });
  b.text('D4', "This period's budget", 'kpiLabel').formula(PLAN_CELLS.thisTotal, `=SUM(${span(col.thisBudget)})`, MONEY, 'total');
  b.text('D5', "Next period's budget", 'kpiLabel').formula(PLAN_CELLS.nextTotal, `=SUM(${span(col.nextBudget)})`, MONEY, 'total');
  b.text('D6', 'Change', 'kpiLabel').formula(PLAN_CELLS.change, `=IF(${PLAN_CELLS.thisTotal}=0,"",(${PLAN_CELLS.nextTotal}-${PLAN_CELLS.thisTotal})/${PLAN_CELLS.thisTotal})`, PERCENT, 'total');

  const firstLink = LINK_COLUMNS[0];
  const lastLink = LINK_COLUMNS[OBJECTIVE_CAPACITY - 1];
  b.table(T, (r, i) => {
    const x = data?.initiatives[i];
    const name = `Alignment!$${A.columns.name}${r}`;
    const links = `Alignment!$${firstLink}${r}:$${lastLink}${r}`;
    const perLink = (value: string) => `=IF(N(${col.linkTotal}${r})=0,0,N(${value})/${col.linkTotal}${r})`;
    const cells: Record<string, CellSpec> = {
      name: { formula: `=IF(${name}="","",${name})` },
      score: { formula: `=IF($${col.name}${r}="","",Alignment!$${A.columns.score}${r})` },
      bcr: { formula: `=IF($${col.name}${r}="","",ROI!$${ROI_TABLE.columns.bcr}${r})` },
      priority: { formula: `=IF(OR($${col.name}${r}="",${col.score}${r}=""),"",${col.score}${r}*IF(${col.bcr}${r}="",1,${col.bcr}${r}))` },
      thisBudget: { formula: `=IF(OR($${col.name}${r}="",Alignment!$${A.columns.budget}${r}=""),"",Alignment!$${A.columns.budget}${r})` },
      budgetChange: { formula: `=IF(OR(${col.thisBudget}${r}="",${col.nextBudget}${r}=""),"",IF(${col.thisBudget}${r}=0,"",(${col.nextBudget}${r}-${col.thisBudget}${r})/${col.thisBudget}${r}))` },
      primaryObjective: {
        formula: `=IF(OR($${col.name}${r}="",N(${col.linkTotal}${r})=0),"",INDEX(Alignment!$${firstLink}$${ALIGNMENT_ROWS.objectiveNames}:$${lastLink}$${ALIGNMENT_ROWS.objectiveNames},1,MATCH(MAX(${links}),${links},0)))`,
      },
      linkTotal: { formula: `=IF($${col.name}${r}="","",SUM(${links}))` },
      costPerLink: { formula: perLink(`ROI!$${ROI_TABLE.columns.cost}${r}`) },
      benefitPerLink: { formula: perLink(`ROI!$${ROI_TABLE.columns.benefit}${r}`) },
      thisPerLink: { formula: perLink(`${col.thisBudget}${r}`) },
      nextPerLink: { formula: perLink(`${col.nextBudget}${r}`) },
      priorityKey: { formula: `=IF(${col.priority}${r}="","",${col.priority}${r}-ROW()/1000000)` },
    };
    if (x) {
      cells.nextBudget = { value: x.nextBudget };
      cells.decision = { value: x.decision };
    }
    return cells;
  });

  // Ranked list: the top PLAN_RANKED initiatives by priority score.
  const K = PLAN_RANKED_COLUMNS;
  b.text(`${K.rank}${RANKED.headerRow - 1}`, `Top ${PLAN_RANKED} by alignment × expected return`, 'section');
  const rankedHeaders: Record<keyof typeof K, string> = { rank: 'Rank', name: 'Initiative', score: 'Alignment score', bcr: 'Expected BCR', priority: 'Priority score', nextBudget: 'Budget next period', position: 'Row (helper)' };
  for (const key of Object.keys(K) as (keyof typeof K)[]) b.text(`${K[key]}${RANKED.headerRow}`, rankedHeaders[key], 'header');
  for (let k = 1; k <= PLAN_RANKED; k++) {
    const r = RANKED.firstRow + k - 1;
    const at = `$${K.position}${r}`;
    const pick = (letter: string) => `=IF(${at}="","",INDEX(${span(letter)},${at}))`;
    b.set(`${K.rank}${r}`, { value: k, style: 'calc' });
    b.formula(`${K.position}${r}`, `=IFERROR(MATCH(LARGE(${span(col.priorityKey)},${k}),${span(col.priorityKey)},0),"")`, '0');
    b.formula(`${K.name}${r}`, pick(col.name));
    b.formula(`${K.score}${r}`, pick(col.score), SCORE);
    b.formula(`${K.bcr}${r}`, pick(col.bcr), RATIO);
    b.formula(`${K.priority}${r}`, pick(col.priority), '0.0');
    b.formula(`${K.nextBudget}${r}`, pick(col.nextBudget), MONEY);
  }

  // Budget by objective, split by link strength.
  const O = PLAN_BY_OBJECTIVE_COLUMNS;
  b.text(`${O.objective}${BY.headerRow - 1}`, 'Budget by objective (split by link strength)', 'section');
  const byHeaders: Record<keyof typeof O, string> = { objective: 'Objective', thisBudget: 'Budget this period', nextBudget: 'Budget next period', change: 'Change', investment: 'Investment (fully loaded)', benefits: 'Adjusted benefits' };
  for (const key of Object.keys(O) as (keyof typeof O)[]) b.text(`${O[key]}${BY.headerRow}`, byHeaders[key], 'header');
  const change = (r: number) => `=IF(OR(${O.thisBudget}${r}="",${O.nextBudget}${r}=""),"",IF(${O.thisBudget}${r}=0,"",(${O.nextBudget}${r}-${O.thisBudget}${r})/${O.thisBudget}${r}))`;
  LINK_COLUMNS.forEach((link, j) => {
    const r = BY.firstRow + j;
    const strengths = `Alignment!$${link}$${d1}:$${link}$${dn}`;
    const share = (letter: string) => `=IF($${O.objective}${r}="","",SUMPRODUCT(${span(letter)},${strengths}))`;
    b.formula(`${O.objective}${r}`, `=Alignment!$${link}$${ALIGNMENT_ROWS.objectiveNames}`);
    b.formula(`${O.thisBudget}${r}`, share(col.thisPerLink), MONEY);
    b.formula(`${O.nextBudget}${r}`, share(col.nextPerLink), MONEY);
    b.formula(`${O.change}${r}`, change(r), PERCENT);
    b.formula(`${O.investment}${r}`, share(col.costPerLink), MONEY);
    b.formula(`${O.benefits}${r}`, share(col.benefitPerLink), MONEY);
  });
  const u = BY.unlinkedRow;
  const unlinked = (range: string) => `=SUMIF(${span(col.linkTotal)},0,${range})`;
  b.text(`${O.objective}${u}`, 'Not linked to any objective', 'kpiLabel');
  b.formula(`${O.thisBudget}${u}`, unlinked(span(col.thisBudget)), MONEY);
  b.formula(`${O.nextBudget}${u}`, unlinked(span(col.nextBudget)), MONEY);
  b.formula(`${O.change}${u}`, change(u), PERCENT);
  b.formula(`${O.investment}${u}`, unlinked(`ROI!$${ROI_TABLE.columns.cost}$${d1}:$${ROI_TABLE.columns.cost}$${dn}`), MONEY);
  b.formula(`${O.benefits}${u}`, unlinked(`ROI!$${ROI_TABLE.columns.benefit}$${d1}:$${ROI_TABLE.columns.benefit}$${dn}`), MONEY);
  const t = u + 1;
  b.text(`${O.objective}${t}`, 'Total', 'total');
  for (const key of ['thisBudget', 'nextBudget', 'investment', 'benefits'] as const) {
    b.formula(`${O[key]}${t}`, `=SUM(${O[key]}${BY.firstRow}:${O[key]}${u})`, MONEY, 'total');
  }
  b.formula(`${O.change}${t}`, change(t), PERCENT, 'total');

  b.hiddenColumns.push(col.linkTotal, col.costPerLink, col.benefitPerLink, col.thisPerLink, col.nextPerLink, col.priorityKey, K.position);
  b.validations.push(moneyValidation(`${col.nextBudget}${d1}:${col.nextBudget}${dn}`, "Next period's budget"), listValidation(`${col.decision}${d1}:${col.decision}${dn}`, PLAN_DECISIONS, 'decision'));
  b.conditionalFormats.push(
    { range: `${col.budgetChange}${d1}:${col.budgetChange}${dn}`, formula: `=AND(${col.budgetChange}${d1}<>"",${col.budgetChange}${d1}<0)`, style: BAD },
    { range: `${col.budgetChange}${d1}:${col.budgetChange}${dn}`, formula: `=AND(${col.budgetChange}${d1}<>"",${col.budgetChange}${d1}>0)`, style: GOOD },
  );
  return b.build({
    purpose: "Initiatives ranked by alignment and expected return, budget by objective, next period's budget.",
    tabColor: TAB.Plan,
    frozenRows: T.headerRow,
    frozenColumns: 1,
    // R: rank; S: initiative / objective names; T–X: figures of both blocks; Y: hidden helper.
    columnWidths: widthsFrom(T.defs, { P: 24, Q: 24, R: 50, S: 230, T: 110, U: 110, V: 100, W: 120, X: 120, Y: 60 }),
  });
}
