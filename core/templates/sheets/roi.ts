/** ROI: fully loaded costs by category against adjusted benefits, per initiative (part 3, Level 5). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { ALIGNMENT_TABLE, COST_CATEGORIES, IMPACT_TABLE, LEARNING_SETTINGS, MONEY, PERCENT, RATIO, YES_NO, initiativeLayout, type InitiativeLayout } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, TAB, listValidation, moneyValidation } from './common';

export function roiSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('ROI');
  const T = layout.roi;
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  const firstCost = col[COST_CATEGORIES[0][0]];
  const lastCost = col[COST_CATEGORIES[COST_CATEGORIES.length - 1][0]];
  b.text('A1', 'ROI: fully loaded costs against adjusted benefits', 'title');
  b.text('A2', "Step 4. Enter every cost of each initiative, including participants' time and overhead (fully loaded). Adjusted benefits come from Impact.", 'subtitle');
  b.text('A3', 'ROI = (benefits − costs) / costs; BCR = benefits / costs; payback = costs / annual benefits × 12 months. Type 0 for a category with no cost, so it is clear nothing was left out.', 'help');
  b.merges.push(`A2:${col.intangibles}2`, `A3:${col.intangibles}3`);

  // Learning data settings: a blank Participants' time takes the Learning data sheet's time cost.
  const [use, rate] = [LEARNING_SETTINGS.roiUse, LEARNING_SETTINGS.roiHourlyCost];
  b.text(use.replace(/^[A-Z]+/, 'A'), 'Use learning data', 'kpiLabel', "Yes: where Participants' time is blank, the cost is the initiative's learning hours (Learning data sheet) × the hourly cost below. A typed value, 0 included, always wins.");
  b.set(use, { value: 'No', style: 'input' });
  b.text(rate.replace(/^[A-Z]+/, 'A'), "Hourly cost of participants' time", 'kpiLabel');
  b.set(rate, { style: 'input', numberFormat: '"$"#,##0.00' });
  b.text(use.replace(/^[A-Z]+/, 'C'), "Yes: a blank Participants' time takes learning hours × the hourly cost (Learning data sheet).", 'subtitle');
  b.validations.push(listValidation(use, YES_NO, 'choice'), moneyValidation(rate, "Hourly cost of participants' time"));
  const learning = layout.learning;
  const learningRow = (r: number) => r - T.firstDataRow + learning.firstDataRow;

  const totals = 5;
  b.text(`${col.overhead}${totals}`, 'Portfolio →', 'kpiLabel');
  b.formula(`${col.cost}${totals}`, `=SUM(${col.cost}${d1}:${col.cost}${dn})`, MONEY, 'total');
  b.formula(`${col.benefit}${totals}`, `=SUM(${col.benefit}${d1}:${col.benefit}${dn})`, MONEY, 'total');
  b.formula(`${col.net}${totals}`, `=${col.benefit}${totals}-${col.cost}${totals}`, MONEY, 'total');
  b.formula(`${col.bcr}${totals}`, `=IF(${col.cost}${totals}=0,"",${col.benefit}${totals}/${col.cost}${totals})`, RATIO, 'total');
  b.formula(`${col.roi}${totals}`, `=IF(${col.cost}${totals}=0,"",(${col.benefit}${totals}-${col.cost}${totals})/${col.cost}${totals})`, PERCENT, 'total');
  b.text(`${col.cost}${totals - 1}`, 'Total cost', 'kpiLabel');
  b.text(`${col.benefit}${totals - 1}`, 'Total benefits', 'kpiLabel');
  b.text(`${col.net}${totals - 1}`, 'Net benefits', 'kpiLabel');
  b.text(`${col.bcr}${totals - 1}`, 'BCR', 'kpiLabel');
  b.text(`${col.roi}${totals - 1}`, 'ROI', 'kpiLabel');

  const timeCost = (r: number) => `Learning!$${learning.columns.timeCost}${learningRow(r)}`;
  b.table(T, (r, i) => {
    const x = data?.initiatives[i];
    const name = `Alignment!$${ALIGNMENT_TABLE.columns.name}${r}`;
    const adjusted = `Impact!$${IMPACT_TABLE.columns.adjustedBenefit}${r}`;
    const [k, l] = [`${col.cost}${r}`, `${col.benefit}${r}`];
    const cells: Record<string, CellSpec> = {
      name: { formula: `=IF(${name}="","",${name})` },
      // A typed Participants' time wins; a blank one takes the Learning data time cost (blank unless ROI says Yes).
      cost: {
        formula: `=IF(COUNT(${firstCost}${r}:${lastCost}${r},${timeCost(r)})=0,"",SUM(${firstCost}${r}:${lastCost}${r})+IF(${col.participantTime}${r}="",N(${timeCost(r)}),0))`,
      },
      benefit: { formula: `=IF(${adjusted}="","",${adjusted})` },
      net: { formula: `=IF(OR(${k}="",${l}=""),"",${l}-${k})` },
      bcr: { formula: `=IF(OR(${k}="",${l}=""),"",IF(${k}=0,"",${l}/${k}))` },
      roi: { formula: `=IF(OR(${k}="",${l}=""),"",IF(${k}=0,"",(${l}-${k})/${k}))` },
      payback: { formula: `=IF(OR(${k}="",${l}=""),"",IF(${l}<=0,"",${k}/${l}*12))` },
      rankKey: { formula: `=IF(${col.net}${r}="","",${col.net}${r}-ROW()/1000000)` },
    };
    if (x) {
      for (const [key] of COST_CATEGORIES) cells[key] = { value: x.costs[key] };
      cells.intangibles = { value: x.intangibles };
    }
    return cells;
  });

  b.hiddenColumns.push(col.rankKey);
  b.validations.push(moneyValidation(`${firstCost}${d1}:${lastCost}${dn}`, 'A cost'));
  b.conditionalFormats.push(
    { range: `${col.roi}${d1}:${col.roi}${dn}`, formula: `=AND($${col.roi}${d1}<>"",$${col.roi}${d1}<0)`, style: BAD },
    { range: `${col.net}${d1}:${col.net}${dn}`, formula: `=AND($${col.net}${d1}<>"",$${col.net}${d1}<0)`, style: BAD },
  );
  return b.build({ purpose: 'Fully loaded costs by category, adjusted benefits, net benefits, BCR, ROI and payback.', tabColor: TAB.ROI, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}
