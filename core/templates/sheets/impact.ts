/** Impact: the chain of evidence Learning → Behavior → Results → Business Impact → ROI (part 3). */
import { absolute } from '../a1';
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { ALIGNMENT_TABLE, BREAK_EVEN_MARGIN, LEARNING_SETTINGS, YES_NO, initiativeLayout, type ImpactKey, type InitiativeLayout } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, TAB, WARN, fractionValidation, listValidation } from './common';

export function impactSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Impact');
  const T = layout.impact;
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  b.text('A1', 'Impact: from learning to business results', 'title');
  b.text('A2', 'Step 3. For each initiative, record the evidence at every level: Learning → Behavior → Results → Business Impact → ROI (on the ROI sheet).', 'subtitle');
  b.text('A3', 'Adjusted benefit = gross benefit × isolation × confidence: only the share of the improvement the initiative caused, discounted by how sure the estimate is (Phillips ROI Methodology). Percentages are typed as 60%, not 60.', 'help');
  b.text('A4', 'Initiative names come from Alignment, row for row: type them there.', 'help');
  b.merges.push(`A2:${col.evidence}2`, `A3:${col.evidence}3`, `A4:${col.evidence}4`);
  b.rowHeights[3] = 32;

  // Learning data for Level 2: a blank Learning gain counts as Level 2 evidence when the records give an average score.
  const use = LEARNING_SETTINGS.impactUse;
  b.text(use.replace(/^[A-Z]+/, 'A'), 'Use learning data for Level 2', 'kpiLabel', 'Yes: where Learning gain is blank, an average assessment score on the Learning data sheet counts as Level 2 evidence. A typed Learning gain always wins.');
  b.set(use, { value: 'No', style: 'input' });
  b.validations.push(listValidation(use, YES_NO, 'choice'));
  const useCell = absolute(use);
  const learnedScore = (r: number) => `Learning!$${layout.learning.columns.averageScore}${r - T.firstDataRow + layout.learning.firstDataRow}`;

  const chain = 6;
  b.text(`${col.reaction}${chain}`, 'Reaction', 'section');
  b.text(`${col.learningGain}${chain}`, 'Learning', 'section');
  b.text(`${col.application}${chain}`, 'Behavior', 'section');
  b.text(`${col.metric}${chain}`, 'Results', 'section');
  b.text(`${col.valuePerUnit}${chain}`, 'Business impact (money)', 'section');
  b.text(`${col.leading}${chain}`, 'Indicators', 'section');
  b.text(`${col.reaction}7`, 'Level 1', 'help');
  b.text(`${col.learningGain}7`, 'Level 2', 'help');
  b.text(`${col.application}7`, 'Level 3', 'help');
  b.text(`${col.metric}7`, 'Level 4', 'help');
  b.text(`${col.valuePerUnit}7`, 'Level 4 in money → Level 5 ROI on the ROI sheet', 'help');
  b.text(`${col.leading}7`, 'Leading (early) and lagging (later) signals', 'help');
  b.text(`${col.isolationLow}${chain}`, 'How sure is the benefit?', 'section');
  b.text(`${col.isolationLow}7`, 'Optional low and high isolation (blank: the point value); break-even: the share needed to pay back', 'help');

  b.table(T, (r, i) => {
    const x = data?.initiatives[i]?.impact;
    const name = `Alignment!$${ALIGNMENT_TABLE.columns.name}${r}`;
    const cells: Record<string, CellSpec> = {
      name: { formula: `=IF(${name}="","",${name})` },
      grossBenefit: { formula: `=IF(OR(${col.change}${r}="",${col.valuePerUnit}${r}=""),"",${col.change}${r}*${col.valuePerUnit}${r})` },
      adjustedBenefit: { formula: `=IF(OR(${col.grossBenefit}${r}="",${col.isolation}${r}="",${col.confidence}${r}=""),"",${col.grossBenefit}${r}*${col.isolation}${r}*${col.confidence}${r})` },
      ...rangeCells(col, r, `${layout.roi.sheet}!$${layout.roi.columns.cost}${r}`),
      evidence: {
        formula: `=IF($${col.name}${r}="","",IF(${col.adjustedBenefit}${r}<>"","Level 4: business impact",IF(${col.application}${r}<>"","Level 3: behavior",IF(OR(${col.learningGain}${r}<>"",AND(${useCell}="Yes",${learnedScore(r)}<>"")),"Level 2: learning",IF(${col.reaction}${r}<>"","Level 1: reaction","None yet")))))`,
      },
    };
    if (x) {
      cells.reaction = { value: x.reaction };
      cells.learningGain = { value: x.learningGain };
      cells.application = { value: x.application };
      cells.metric = { value: x.metric };
      cells.change = { value: x.change };
      cells.valuePerUnit = { value: x.valuePerUnit };
      cells.isolation = { value: x.isolation };
      cells.confidence = { value: x.confidence };
      if (x.isolationLow !== undefined) cells.isolationLow = { value: x.isolationLow };
      if (x.isolationHigh !== undefined) cells.isolationHigh = { value: x.isolationHigh };
      cells.leading = { value: x.leading };
      cells.lagging = { value: x.lagging };
    }
    return cells;
  });

  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    { range: rows('reaction'), type: 'decimal', min: 1, max: 5, prompt: 'Average rating from 1 to 5.', errorMessage: 'Reaction is an average rating from 1 to 5.' },
    fractionValidation(rows('learningGain'), 'Learning gain'),
    fractionValidation(rows('application'), 'On-the-job application'),
    { range: rows('valuePerUnit'), type: 'decimal', min: 0, prompt: 'Money value of one unit of the business metric.', errorMessage: 'Value per unit is an amount of money, 0 or more.' },
    fractionValidation(rows('isolation'), 'Isolation'),
    fractionValidation(rows('confidence'), 'Confidence'),
    fractionValidation(rows('isolationLow'), 'Isolation (low)'),
    fractionValidation(rows('isolationHigh'), 'Isolation (high)'),
  );
  const [iso, low, high, breakEven] = [col.isolation, col.isolationLow, col.isolationHigh, col.breakEven].map((c) => `$${c}${d1}`);
  b.conditionalFormats.push(
    // A low estimate above the point value, or a high one below it.
    { range: rows('isolationLow'), formula: `=AND(ISNUMBER(${low}),ISNUMBER(${iso}),${low}>${iso})`, style: WARN },
    { range: rows('isolationHigh'), formula: `=AND(ISNUMBER(${high}),ISNUMBER(${iso}),${high}<${iso})`, style: WARN },
    // The claimed isolation does not reach break-even (the initiative does not pay back) …
    { range: rows('breakEven'), formula: `=AND(ISNUMBER(${breakEven}),ISNUMBER(${iso}),${iso}<${breakEven})`, style: BAD },
    // … or clears it by less than the audit's margin: a fragile claim.
    { range: rows('breakEven'), formula: `=AND(ISNUMBER(${breakEven}),ISNUMBER(${iso}),${iso}>=${breakEven},${iso}-${breakEven}<${BREAK_EVEN_MARGIN})`, style: WARN },
  );
  b.hiddenColumns.push(col.attributable);
  b.conditionalFormats.push({
    // A benefit claimed with no Learning or Behavior evidence underneath it.
    range: rows('evidence'),
    formula: `=AND($${col.adjustedBenefit}${d1}<>"",OR($${col.learningGain}${d1}="",$${col.application}${d1}=""))`,
    style: WARN,
  });
  return b.build({ purpose: 'The chain of evidence per initiative, its adjusted (conservative) benefit, its range and its break-even isolation.', tabColor: TAB.Impact, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}

/**
 * The range and break-even columns of one row. The low (high) estimate counts only when it is a
 * fraction 0–1, else the point value does; break-even is BREAKEVEN_ISOLATION(gross, cost, confidence),
 * blank where it has no meaning (no gross benefit, confidence or cost; gross × confidence of 0 or less).
 * core/insights/figures.ts computes the same figures.
 */
function rangeCells(col: Record<ImpactKey, string>, r: number, cost: string): Record<string, CellSpec> {
  const [gross, iso, conf, adjusted] = [col.grossBenefit, col.isolation, col.confidence, col.adjustedBenefit].map((c) => `${c}${r}`);
  const estimate = (c: string) => `IF(AND(ISNUMBER(${c}${r}),${c}${r}>=0,${c}${r}<=1),${c}${r},${iso})`;
  return {
    breakEven: { formula: `=IF(AND(ISNUMBER(${gross}),ISNUMBER(${conf}),ISNUMBER(${cost})),IF(OR(${gross}<=0,${conf}<=0,${conf}>1),"",${cost}/(${gross}*${conf})),"")` },
    adjustedLow: { formula: `=IF(${adjusted}="","",${gross}*${estimate(col.isolationLow)}*${conf})` },
    adjustedHigh: { formula: `=IF(${adjusted}="","",${gross}*${estimate(col.isolationHigh)}*${conf})` },
    attributable: { formula: `=IF(${adjusted}="","",${gross}*${conf})` },
  };
}
