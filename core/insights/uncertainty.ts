/**
 * The audit's uncertainty checks (issue 11): ROI claims that rest on an isolation share barely above
 * break-even, and ranges so wide that their low end loses money. Both read the figures the core
 * computes (`breakEven`, `roiLow` in ./figures), which equal the Impact sheet's native columns.
 */
import { BREAK_EVEN_MARGIN } from '../templates/layout';
import { Finding, finding } from './findings';
import type { PortfolioFigures } from './figures';
import { percent, plain } from './format';
import type { FrameworkModel } from './model';
import { splitCell } from './model';

/**
 * A claimed isolation share less than this above the break-even isolation (10 percentage points) is a
 * fragile ROI claim. The same constant marks the Impact sheet's break-even column amber.
 */
export const FRAGILE_CLAIM_MARGIN = BREAK_EVEN_MARGIN;

export function uncertaintyFindings(model: FrameworkModel, figures: PortfolioFigures): Finding[] {
  const out: Finding[] = [];
  for (const i of model.initiatives) {
    const f = figures.initiatives[i.index];
    const isolation = i.impact.isolation.value;
    const name = `“${i.name.value}”`;
    if (f.adjustedBenefit === null || isolation === null) continue;
    const address = splitCell(i.impact.isolation.cell).address;
    if (f.breakEven !== null && isolation >= f.breakEven && isolation - f.breakEven < FRAGILE_CLAIM_MARGIN) {
      out.push(finding('roi-fragile', i.impact.isolation.cell, `${name}: the return rests on a fragile isolation share`,
        `${name} claims that it caused ${percent(isolation)} of the improvement; it pays back from ${percent(f.breakEven, 1)} (break-even isolation). ` +
        `The claim clears break-even by ${plain((isolation - f.breakEven) * 100, 1)} percentage points, less than ${plain(FRAGILE_CLAIM_MARGIN * 100)}: if the program caused only a little less, its ROI of ${percent(f.roi!)} turns negative.`,
        `Back the share in ${address} with stronger isolation evidence (a control group or trend line), or report the ROI as uncertain.`));
    }
    if (f.roi !== null && f.roi >= 0 && f.roiLow !== null && f.roiLow < 0) {
      const low = i.impact.isolationLow;
      const cell = low && low.value !== null ? low.cell : i.impact.isolation.cell;
      out.push(finding('roi-range-negative', cell, `${name} may lose money at its low estimate`,
        `${name}'s ROI is ${percent(f.roi)} at the claimed isolation of ${percent(isolation)}, but ${percent(f.roiLow)} at the low estimate${low && low.value !== null ? ` of ${percent(low.value)}` : ''}: the range of estimates is so wide that the program may not pay back.`,
        `Narrow the range with better isolation evidence, or present ${name}'s return as a range from ${percent(f.roiLow)} to ${percent(f.roiHigh ?? f.roi)}.`));
    }
  }
  return out;
}

/** One initiative's range and break-even, as plain data (ld-report's JSON and Markdown). */
export interface InitiativeRange {
  readonly name: string;
  /** The claimed isolation share and the low and high estimates used (the point where none is given). */
  readonly isolation: number | null;
  readonly isolationLow: number | null;
  readonly isolationHigh: number | null;
  readonly breakEven: number | null;
  readonly roi: number | null;
  readonly roiLow: number | null;
  readonly roiHigh: number | null;
  /** The claim clears break-even by less than {@link FRAGILE_CLAIM_MARGIN}. */
  readonly fragile: boolean;
}

export interface RangeReport {
  readonly portfolio: {
    readonly roi: number | null;
    readonly roiLow: number | null;
    readonly roiHigh: number | null;
    readonly breakEvenAttribution: number | null;
  };
  readonly initiatives: readonly InitiativeRange[];
  /** The margin a claim must clear break-even by (a fraction: 0.1 is 10 points). */
  readonly margin: number;
}

/** The ROI range and break-even of the portfolio and of each initiative with a benefit, from {@link PortfolioFigures}. */
export function rangeReport(model: FrameworkModel, figures: PortfolioFigures): RangeReport {
  const estimate = (v: number | null | undefined, point: number | null) => (v !== null && v !== undefined && v >= 0 && v <= 1 ? v : point);
  const initiatives: InitiativeRange[] = [];
  for (const i of model.initiatives) {
    const f = figures.initiatives[i.index];
    if (f.adjustedBenefit === null) continue;
    const isolation = i.impact.isolation.value;
    initiatives.push({
      name: f.name, isolation,
      isolationLow: estimate(i.impact.isolationLow?.value, isolation), isolationHigh: estimate(i.impact.isolationHigh?.value, isolation),
      breakEven: f.breakEven, roi: f.roi, roiLow: f.roiLow, roiHigh: f.roiHigh,
      fragile: f.breakEven !== null && isolation !== null && isolation >= f.breakEven && isolation - f.breakEven < FRAGILE_CLAIM_MARGIN,
    });
  }
  return {
    portfolio: { roi: figures.portfolioROI, roiLow: figures.portfolioROILow, roiHigh: figures.portfolioROIHigh, breakEvenAttribution: figures.breakEvenAttribution },
    initiatives,
    margin: FRAGILE_CLAIM_MARGIN,
  };
}
