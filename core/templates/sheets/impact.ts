/** Impact: the chain of evidence Learning → Behavior → Results → Business Impact → ROI (part 3). */
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { ALIGNMENT_TABLE, initiativeLayout, type InitiativeLayout } from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { TAB, WARN, fractionValidation } from './common';

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

  b.table(T, (r, i) => {
    const x = data?.initiatives[i]?.impact;
    const name = `Alignment!$${ALIGNMENT_TABLE.columns.name}${r}`;
    const cells: Record<string, CellSpec> = {
      name: { formula: `=IF(${name}="","",${name})` },
      grossBenefit: { formula: `=IF(OR(${col.change}${r}="",${col.valuePerUnit}${r}=""),"",${col.change}${r}*${col.valuePerUnit}${r})` },
      adjustedBenefit: { formula: `=IF(OR(${col.grossBenefit}${r}="",${col.isolation}${r}="",${col.confidence}${r}=""),"",${col.grossBenefit}${r}*${col.isolation}${r}*${col.confidence}${r})` },
      evidence: {
        formula: `=IF($${col.name}${r}="","",IF(${col.adjustedBenefit}${r}<>"","Level 4: business impact",IF(${col.application}${r}<>"","Level 3: behavior",IF(${col.learningGain}${r}<>"","Level 2: learning",IF(${col.reaction}${r}<>"","Level 1: reaction","None yet")))))`,
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
  );
  b.conditionalFormats.push({
    // A benefit claimed with no Learning or Behavior evidence underneath it.
    range: rows('evidence'),
    formula: `=AND($${col.adjustedBenefit}${d1}<>"",OR($${col.learningGain}${d1}="",$${col.application}${d1}=""))`,
    style: WARN,
  });
  return b.build({ purpose: 'The chain of evidence per initiative and its adjusted (conservative) benefit.', tabColor: TAB.Impact, frozenRows: T.headerRow, frozenColumns: 1, columnWidths: widthsFrom(T.defs) });
}
