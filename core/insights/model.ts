/**
 * One typed model of a filled framework workbook: what {@link readFramework} returns and every
 * analysis (health, summary, plan, snapshot) reads. Every value remembers its cell (`ROI!D9`), so a
 * finding can point a person to it. The model holds only what people type (input cells); derived
 * figures are computed by the core ({@link ./figures}), never trusted from formula cells.
 *
 * Plain, serialisable data: no `Date` objects (dates are ISO strings `2025-06-30`), no classes.
 */
import type { CostKey } from '../templates/layout';
import type { LearningData, LearningFigures } from './learning';

/** One cell's value with its address: `{ value: 0.8, cell: 'Impact!J9' }`. */
export interface Field<T> {
  /** The value read; `null` when the cell is blank or could not be read as the expected kind. */
  readonly value: T | null;
  /** `Sheet!A1` with the sheet's name as it is in the workbook (unquoted). */
  readonly cell: string;
  /** When the cell holds something that is not the expected kind (text in a number column, an
   * error value, an unreadable date): what it holds, as a person would see it. */
  readonly invalid?: string;
}

export type NumberField = Field<number>;
export type TextField = Field<string>;
/** A date as an ISO string (`2025-06-30`). */
export type DateField = Field<string>;

/** A business objective: one row of the Strategy table. */
export interface Objective {
  /** 1-based position in the Strategy table: objective 3 is linked through Alignment's 3rd link column. */
  readonly slot: number;
  readonly row: number;
  readonly name: TextField;
  readonly category: TextField;
  readonly weight: NumberField;
  readonly kpi: TextField;
  readonly baseline: NumberField;
  readonly target: NumberField;
  readonly current: NumberField;
  readonly sponsor: TextField;
  readonly horizon: TextField;
}

/** A link between an initiative and an objective: strength 0 none, 1 indirect, 2 direct, 3 primary. */
export interface Link {
  /** The objective's {@link Objective.slot}. */
  readonly slot: number;
  readonly strength: NumberField;
}

/** The chain of evidence for one initiative (Impact sheet): Learning → Behavior → Results → money. */
export interface ImpactEvidence {
  readonly row: number | null;
  readonly reaction: NumberField;
  readonly learningGain: NumberField;
  readonly application: NumberField;
  readonly metric: TextField;
  readonly change: NumberField;
  readonly valuePerUnit: NumberField;
  readonly isolation: NumberField;
  readonly confidence: NumberField;
  /** The low and high isolation estimates ("Isolation % (low)", "(high)"); a blank cell means the point
   * value. Absent when the workbook has no such column (built before the columns existed). */
  readonly isolationLow?: NumberField;
  readonly isolationHigh?: NumberField;
  readonly leading: TextField;
  readonly lagging: TextField;
  /** Optional column a person may add ("Benefit years"): how many years of benefit are claimed. */
  readonly benefitYears?: NumberField;
  /** The header cell of the change column (its text says whether the change is per year). */
  readonly changeHeader?: TextField;
}

/** Fully loaded costs by category (ROI sheet). */
export type Costs = Readonly<Record<CostKey, NumberField>>;

export interface PlanEntry {
  readonly row: number | null;
  readonly nextBudget: NumberField;
  readonly decision: TextField;
}

/** An L&D initiative: its Alignment row, with its Impact, ROI and Plan rows joined to it. */
export interface Initiative {
  /** 0-based position among the initiatives read, in Alignment order. */
  readonly index: number;
  /** Its row on Alignment. */
  readonly row: number;
  readonly name: TextField;
  readonly owner: TextField;
  readonly audience: TextField;
  readonly participants: NumberField;
  readonly budget: NumberField;
  readonly status: TextField;
  /** One per objective slot that exists on Strategy (blank strengths have value null). */
  readonly links: readonly Link[];
  readonly impact: ImpactEvidence;
  readonly costs: Costs;
  /** Its row on ROI (null when it has none). */
  readonly roiRow: number | null;
  readonly intangibles: TextField;
  readonly plan: PlanEntry;
  /** Its figures from the Learning data sheet (as that sheet's formulas compute them); absent without the sheet. */
  readonly learning?: LearningFigures;
  /** Where the workbook shows the derived figures for this initiative (formula cells), for findings. */
  readonly derivedCells: {
    readonly grossBenefit: string | null;
    readonly adjustedBenefit: string | null;
    readonly cost: string | null;
    readonly bcr: string | null;
    readonly roi: string | null;
    /** Adjusted benefits on the ROI sheet (a copy of Impact's, by formula). */
    readonly benefit: string | null;
    /** Break-even isolation on Impact (null when the workbook has no such column). */
    readonly breakEven?: string | null;
  };
  /** What the workbook shows in those formula cells, when the host gave computed values (null when
   * blank or not computed, as in a freshly generated file). Used only to detect a number typed over a
   * formula: the figures themselves are always computed from the inputs. */
  readonly derivedShown: {
    readonly grossBenefit: number | null;
    readonly adjustedBenefit: number | null;
    readonly cost: number | null;
    readonly benefit: number | null;
  };
}

export interface Partner {
  readonly row: number;
  readonly name: TextField;
  readonly role: TextField;
  readonly unit: TextField;
  readonly objective: TextField;
  readonly influence: TextField;
  readonly interest: TextField;
  readonly cadence: TextField;
  readonly lastContact: DateField;
  readonly nextStep: TextField;
}

/** One dated snapshot of the dashboard figures (History sheet). */
export interface Snapshot {
  readonly row: number;
  readonly date: DateField;
  readonly investment: NumberField;
  readonly benefits: NumberField;
  readonly alignedShare: NumberField;
  readonly coverage: NumberField;
  readonly alignment: NumberField;
  readonly note: TextField;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Something the reader could not read, with where it is. */
export interface ReadProblem {
  readonly severity: ProblemSeverity;
  readonly sheet: string;
  /** A1 address, or '' when the problem concerns a whole sheet. */
  readonly cell: string;
  readonly message: string;
  /** What to do, when it is not to restore the template's layout (the audit's default). */
  readonly action?: string;
}

export interface FrameworkModel {
  /** The canonical sheet name → the name it has in this workbook. */
  readonly sheets: Readonly<Record<string, string>>;
  /** Period labels from Plan (e.g. FY2025, FY2026), when filled. */
  readonly thisPeriod: TextField | null;
  readonly nextPeriod: TextField | null;
  readonly objectives: readonly Objective[];
  readonly initiatives: readonly Initiative[];
  readonly partners: readonly Partner[];
  /** Oldest first, in sheet order. */
  readonly history: readonly Snapshot[];
  /** The Learning data and Mappings sheets: counts, ROI's settings, the remembered mappings. */
  readonly learning?: LearningData;
  /** What could not be read (also returned by readFramework). */
  readonly problems: readonly ReadProblem[];
}

/** `ROI!D9` → `{ sheet: 'ROI', address: 'D9' }` (the last `!` splits, so a sheet name may hold one). */
export function splitCell(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf('!');
  return bang < 0 ? { sheet: '', address: ref } : { sheet: ref.slice(0, bang), address: ref.slice(bang + 1) };
}
