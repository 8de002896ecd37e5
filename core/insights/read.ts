/**
 * `readFramework(source)`: a filled framework workbook, as any host reads it, into one
 * {@link FrameworkModel}. The source is host-neutral: sheet names, and each sheet's values as a 2-D
 * array from A1 (Office.js `range.values`, SpreadsheetApp `getValues()`, or the `.xlsx` adapter).
 *
 * Which sheet is which part is decided by `findFramework` (core/framework/resolve.ts): by the
 * framework's marker defined names, or by header rows; never by a sheet's name alone.
 * Tables are found by their header text near the template's position (`core/templates/layout.ts`), so
 * moved, reordered or added columns and rows are read. Rows people added, reordered or left half
 * filled are read; what cannot be read is reported with its sheet and cell. Initiatives are joined
 * across Alignment, Impact, ROI and Plan by row (the template's rule), or by name when a row's name
 * shows another initiative.
 */
import { columnLetter, parseCell } from '../templates/a1';
import {
  ALIGNMENT_TABLE, COST_CATEGORIES, CostKey, HISTORY_TABLE, IMPACT_OPTIONAL_COLUMNS, IMPACT_TABLE, MAX_INITIATIVE_CAPACITY, PARTNERS_TABLE, PLAN_CELLS, PLAN_TABLE, ROI_TABLE,
  SHEET_TITLES, STRATEGY_TABLE, initiativeLayout,
} from '../templates/layout';
import type { SheetName, TableLayout } from '../templates/types';
import { findFramework, REQUIRED_PARTS, type FrameworkFound } from '../framework/resolve';
import { isBlankCell, readDate, readNumber, readText } from './cells';
import { readLearning } from './learning';
import type { FrameworkModel, ImpactEvidence, Initiative, Link, Objective, Partner, PlanEntry, ReadProblem, Snapshot, TextField } from './model';
import { FoundTable, cellRef, findExtraColumn, locateTable, normaliseHeader, rawAt, rowHasAny, valueAt } from './table';

/** A workbook-level defined name (Excel, `.xlsx`) or named range (Sheets) and what it points at. */
export interface DefinedNameRef {
  readonly name: string;
  /** Where it points, with its sheet: `'Strategy (2)'!$A$1`; `#REF!` (or anything unparsable) when its sheet is gone. */
  readonly reference: string;
}

/**
 * What a host gives the reader: sheet names, a sheet's values from A1 (rows of cells), and the
 * workbook's defined names, where the framework markers live (see `core/framework/marker.ts`).
 */
export interface WorkbookSource {
  sheetNames(): string[];
  values(sheet: string): unknown[][];
  /** Workbook-level defined names; a source without them is resolved by header rows alone. */
  definedNames?(): readonly DefinedNameRef[];
}

export interface ReadOptions {
  /**
   * Which sheet is which part, as {@link findFramework} answered for this workbook (a host that had
   * to resolve the framework first, to know which sheets to read, passes its answer on). Without it
   * the reader asks `findFramework(source)` itself.
   */
  readonly framework?: FrameworkFound;
}

export interface ReadResult {
  readonly model: FrameworkModel;
  readonly problems: readonly ReadProblem[];
}

/** The sheets without which a workbook is not a framework workbook. */
export const REQUIRED_SHEETS: readonly SheetName[] = REQUIRED_PARTS;
const OPTIONAL_SHEETS: readonly SheetName[] = ['Plan', 'Partners', 'History'];

/** Thrown by {@link readFramework} when the workbook holds no framework it can read; `message` says why. */
export class NotAFrameworkError extends Error {
  constructor(message: string, readonly missingSheets: readonly string[] = []) {
    super(message);
    this.name = 'NotAFrameworkError';
  }
}

type Grid = readonly (readonly unknown[])[];

/**
 * Reads the framework `findFramework` finds in `source` (by its markers, or by its header rows; never
 * by a sheet's name). Throws {@link NotAFrameworkError} when there is none.
 */
export function readFramework(source: WorkbookSource, options: ReadOptions = {}): ReadResult {
  const found = options.framework ?? findFramework(source);
  if (!found.ok) throw new NotAFrameworkError(found.reason, found.missing);
  const sheets: Record<string, string> = {};
  for (const s of [...REQUIRED_SHEETS, ...OPTIONAL_SHEETS]) {
    const actual = found.sheets[s];
    if (actual !== undefined) sheets[s] = actual;
  }

  const problems: ReadProblem[] = [];
  const grids = new Map<string, Grid>();
  const gridOf = (canonical: SheetName): Grid => {
    const actual = sheets[canonical];
    if (!grids.has(actual)) {
      const values = source.values(actual);
      grids.set(actual, Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? row : [])) : []);
    }
    return grids.get(actual)!;
  };
  const table = <K extends string>(canonical: SheetName, layout: TableLayout<K>, required: readonly K[] = [], optional: readonly K[] = []): FoundTable<K> => {
    const found = locateTable(sheets[canonical], gridOf(canonical), layout, problems, required, optional);
    if (found.matched < 2 && REQUIRED_SHEETS.includes(canonical)) {
      const expected = Object.values(layout.headers as Record<string, string>).slice(0, 4).join(', ');
      throw new NotAFrameworkError(`The framework's ${canonical} sheet "${sheets[canonical]}" has no ${layout.table} table: none of its headers, such as ${expected}, were found. Restore them, or build the framework again with Set up.`);
    }
    return found;
  };

  const strategy = table('Strategy', STRATEGY_TABLE, ['objective']);
  // Initiative rows to the largest capacity's last row (blank rows in it are skipped, at any capacity the
  // workbook was built with), then any rows appended right below: a 2,000-row workbook is read whole.
  const rows = initiativeLayout(MAX_INITIATIVE_CAPACITY);
  const alignment = table('Alignment', rows.alignment, ['name']);
  const impact = table('Impact', rows.impact, [], IMPACT_OPTIONAL_COLUMNS);
  const roi = table('ROI', rows.roi);

  const objectives = readObjectives(strategy, problems);
  const read = readInitiatives(alignment, impact, roi, sheets.Plan ? table('Plan', rows.plan) : undefined, objectives, problems);
  // Learning data (optional: workbooks built before it have none): per-initiative figures and the mappings.
  const learning = readLearning(found.sheets, (s) => source.values(s) ?? [], roi, read, problems, impact);
  const initiatives = learning.initiatives;
  const partners = sheets.Partners ? readPartners(table('Partners', PARTNERS_TABLE), problems) : [];
  const history = sheets.History ? readHistory(table('History', HISTORY_TABLE)) : [];
  for (const s of OPTIONAL_SHEETS) {
    if (sheets[s]) continue;
    // A sheet by the template's name that the framework was not found on: its header row is gone, not the sheet.
    const title = SHEET_TITLES[s];
    const named = source.sheetNames().find((n) => n.trim().toLowerCase() === title.toLowerCase());
    problems.push(named === undefined
      ? { severity: 'warning', sheet: title, cell: '', message: `The ${title} sheet is missing, so the checks that need it are skipped.` }
      : { severity: 'warning', sheet: named, cell: '', message: `The ${named} sheet no longer holds the framework's ${title} table (its header row was not found), so the checks that need it are skipped. Restore the header row, or build the framework again with Set up.` });
  }
  const periodAt = (address: string): TextField | null => {
    if (!sheets.Plan) return null;
    const at = parseCell(address)!;
    const field = readText(rawAt(gridOf('Plan'), at.row, at.column), `${sheets.Plan}!${address}`);
    return field.value === null ? null : field;
  };

  const model: FrameworkModel = {
    sheets, thisPeriod: periodAt(PLAN_CELLS.thisPeriod), nextPeriod: periodAt(PLAN_CELLS.nextPeriod),
    objectives, initiatives, partners, history, problems,
    ...(learning.data ? { learning: learning.data } : {}),
  };
  return { model, problems };
}

function readObjectives(t: FoundTable<(typeof STRATEGY_TABLE.inputs)[number] | string>, problems: ReadProblem[]): Objective[] {
  const L = STRATEGY_TABLE;
  const out: Objective[] = [];
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    if (!rowHasAny(t, row, L.inputs)) continue;
    const text = (k: string) => readText(valueAt(t, k, row), cellRef(t, L, k, row));
    const num = (k: string) => readNumber(valueAt(t, k, row), cellRef(t, L, k, row));
    const objective: Objective = {
      slot: row - t.headerRow, row, name: text('objective'), category: text('category'), weight: num('weight'), kpi: text('kpi'),
      baseline: num('baseline'), target: num('target'), current: num('current'), sponsor: text('sponsor'), horizon: text('horizon'),
    };
    if (objective.name.value === null) {
      // Without an Objective column every row would say so: the missing column is said once instead.
      if (t.columns.has('objective')) {
        const cell = cellRef(t, L, 'objective', row).split('!').pop()!;
        problems.push({ severity: 'warning', sheet: t.sheet, cell, message: `Strategy row ${row} has figures but no objective name; it is left out of every figure.`, action: `Type the objective's name in ${cell}, or clear the row's figures.` });
      }
      continue;
    }
    out.push(objective);
  }
  return out;
}

/** Rows of a joined table (Impact, ROI, Plan), by their offset under the header, with the name shown. */
interface JoinRows {
  readonly table: FoundTable<string>;
  readonly layout: TableLayout;
  readonly byOffset: Map<number, number>;
  readonly byName: Map<string, number>;
  readonly used: Set<number>;
}

function joinRows(t: FoundTable<string>, layout: TableLayout): JoinRows {
  const byOffset = new Map<number, number>();
  const byName = new Map<string, number>();
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    byOffset.set(row - t.headerRow, row);
    const name = valueAt(t, 'name', row);
    if (typeof name === 'string' && name.trim() !== '' && !byName.has(normaliseHeader(name))) byName.set(normaliseHeader(name), row);
  }
  return { table: t, layout, byOffset, byName, used: new Set() };
}

/** The row for an initiative: same offset as on Alignment unless that row shows a different name. */
function matchRow(join: JoinRows, offset: number, name: string | null): number | null {
  const sameOffset = join.byOffset.get(offset) ?? null;
  if (name === null) return sameOffset;
  const shown = sameOffset === null ? null : valueAt(join.table, 'name', sameOffset);
  if (typeof shown === 'string' && shown.trim() !== '' && normaliseHeader(shown) !== normaliseHeader(name)) {
    // That row belongs to another initiative: this one has no row there unless one shows its name.
    return join.byName.get(normaliseHeader(name)) ?? null;
  }
  return sameOffset;
}

function readInitiatives(
  alignment: FoundTable<string>, impact: FoundTable<string>, roi: FoundTable<string>, plan: FoundTable<string> | undefined,
  objectives: readonly Objective[], problems: ReadProblem[],
): Initiative[] {
  const A = ALIGNMENT_TABLE;
  const joins = {
    impact: joinRows(impact, IMPACT_TABLE),
    roi: joinRows(roi, ROI_TABLE),
    plan: plan ? joinRows(plan, PLAN_TABLE) : undefined,
  };
  const benefitYearsColumn = findExtraColumn(impact, BENEFIT_YEARS_HEADER);
  const roiBenefitYearsColumn = benefitYearsColumn === undefined ? findExtraColumn(roi, BENEFIT_YEARS_HEADER) : undefined;
  const out: Initiative[] = [];
  for (let row = alignment.firstDataRow; row <= alignment.lastDataRow; row++) {
    if (!rowHasAny(alignment, row, A.inputs)) continue;
    const text = (k: string) => readText(valueAt(alignment, k, row), cellRef(alignment, A, k, row));
    const num = (k: string) => readNumber(valueAt(alignment, k, row), cellRef(alignment, A, k, row));
    const name = text('name');
    if (name.value === null) {
      if (alignment.columns.has('name')) {
        const cell = cellRef(alignment, A, 'name', row).split('!').pop()!;
        problems.push({ severity: 'warning', sheet: alignment.sheet, cell, message: `Alignment row ${row} has figures but no initiative name; it is left out of every figure.`, action: `Type the initiative's name in ${cell}, or clear the row's figures.` });
      }
      continue;
    }
    const links: Link[] = objectives.map((o) => {
      const key = `link${o.slot}`;
      if (!alignment.columns.has(key)) {
        return { slot: o.slot, strength: { value: null, cell: `${alignment.sheet}!${row}:${row}`, invalid: `no link column for objective ${o.slot}` } };
      }
      return { slot: o.slot, strength: readNumber(valueAt(alignment, key, row), cellRef(alignment, A, key, row)) };
    });
    const offset = row - alignment.headerRow;
    const impactRow = matchRow(joins.impact, offset, name.value);
    const roiRow = matchRow(joins.roi, offset, name.value);
    const planRow = joins.plan ? matchRow(joins.plan, offset, name.value) : null;
    if (impactRow !== null) joins.impact.used.add(impactRow);
    if (roiRow !== null) joins.roi.used.add(roiRow);
    if (planRow !== null) joins.plan?.used.add(planRow);
    out.push({
      index: out.length, row, name, owner: text('owner'), audience: text('audience'), participants: num('participants'), budget: num('budget'), status: text('status'),
      links,
      impact: readImpact(impact, impactRow, row, benefitYearsColumn, roiBenefitYearsColumn === undefined ? undefined : { table: roi, row: roiRow, column: roiBenefitYearsColumn }),
      costs: readCosts(roi, roiRow, row),
      roiRow,
      intangibles: readText(roiRow === null ? null : valueAt(roi, 'intangibles', roiRow), cellRef(roi, ROI_TABLE, 'intangibles', roiRow ?? row)),
      plan: readPlan(joins.plan, planRow, row),
      derivedCells: {
        grossBenefit: impactRow === null ? null : cellRef(impact, IMPACT_TABLE, 'grossBenefit', impactRow),
        adjustedBenefit: impactRow === null ? null : cellRef(impact, IMPACT_TABLE, 'adjustedBenefit', impactRow),
        cost: roiRow === null ? null : cellRef(roi, ROI_TABLE, 'cost', roiRow),
        bcr: roiRow === null ? null : cellRef(roi, ROI_TABLE, 'bcr', roiRow),
        roi: roiRow === null ? null : cellRef(roi, ROI_TABLE, 'roi', roiRow),
        benefit: roiRow === null ? null : cellRef(roi, ROI_TABLE, 'benefit', roiRow),
        breakEven: impactRow === null || !impact.columns.has('breakEven') ? null : cellRef(impact, IMPACT_TABLE, 'breakEven', impactRow),
      },
      derivedShown: {
        grossBenefit: shownNumber(impactRow === null ? null : valueAt(impact, 'grossBenefit', impactRow)),
        adjustedBenefit: shownNumber(impactRow === null ? null : valueAt(impact, 'adjustedBenefit', impactRow)),
        cost: shownNumber(roiRow === null ? null : valueAt(roi, 'cost', roiRow)),
        benefit: shownNumber(roiRow === null ? null : valueAt(roi, 'benefit', roiRow)),
      },
    });
  }
  for (const join of [joins.impact, joins.roi, joins.plan]) {
    if (!join) continue;
    for (let row = join.table.firstDataRow; row <= join.table.lastDataRow; row++) {
      if (join.used.has(row) || !rowHasAny(join.table, row, join.layout.inputs)) continue;
      problems.push({
        severity: 'warning', sheet: join.table.sheet, cell: `A${row}`,
        message: `${join.table.sheet} row ${row} has figures but no initiative on Alignment goes with it; they are left out of every figure.`,
        action: `Type the initiative on Alignment row ${row}, or clear row ${row} here.`,
      });
    }
  }
  return out;
}

function shownNumber(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

/** A column a person added to say how many years of benefits are counted ("Benefit years", "Years"). */
export const BENEFIT_YEARS_HEADER = /^\s*(years?|benefit\s*years?|years?\s*of\s*benefits?|years?\s*claimed|benefit\s*(period|duration)\s*(\(?years?\)?)?)\s*$/i;

interface ExtraColumn {
  readonly table: FoundTable<string>;
  readonly row: number | null;
  readonly column: number;
}

function readImpact(t: FoundTable<string>, row: number | null, fallbackRow: number, benefitYearsColumn: number | undefined, elsewhere?: ExtraColumn): ImpactEvidence {
  const L = IMPACT_TABLE;
  const at = row ?? fallbackRow;
  const get = (k: string) => (row === null ? null : valueAt(t, k, row));
  const num = (k: string) => readNumber(get(k), cellRef(t, L, k, at));
  const text = (k: string) => readText(get(k), cellRef(t, L, k, at));
  const changeColumn = t.columns.get('change');
  return {
    row,
    reaction: num('reaction'), learningGain: num('learningGain'), application: num('application'), metric: text('metric'),
    change: num('change'), valuePerUnit: num('valuePerUnit'), isolation: num('isolation'), confidence: num('confidence'),
    leading: text('leading'), lagging: text('lagging'),
    // The range columns, only where the workbook has them (built before them, it has not).
    ...(t.columns.has('isolationLow') ? { isolationLow: num('isolationLow') } : {}),
    ...(t.columns.has('isolationHigh') ? { isolationHigh: num('isolationHigh') } : {}),
    ...(benefitYearsColumn !== undefined
      ? { benefitYears: readNumber(row === null ? null : rawAt(t.grid, row, benefitYearsColumn), `${t.sheet}!${columnLetter(benefitYearsColumn)}${at}`) }
      : elsewhere
        ? { benefitYears: readNumber(elsewhere.row === null ? null : rawAt(elsewhere.table.grid, elsewhere.row, elsewhere.column), `${elsewhere.table.sheet}!${columnLetter(elsewhere.column)}${elsewhere.row ?? fallbackRow}`) }
        : {}),
    ...(changeColumn !== undefined
      ? { changeHeader: readText(rawAt(t.grid, t.headerRow, changeColumn), `${t.sheet}!${columnLetter(changeColumn)}${t.headerRow}`) }
      : {}),
  };
}

function readCosts(t: FoundTable<string>, row: number | null, fallbackRow: number): Record<CostKey, ReturnType<typeof readNumber>> {
  const out = {} as Record<CostKey, ReturnType<typeof readNumber>>;
  for (const [key] of COST_CATEGORIES) out[key] = readNumber(row === null ? null : valueAt(t, key, row), cellRef(t, ROI_TABLE, key, row ?? fallbackRow));
  return out;
}

function readPlan(join: JoinRows | undefined, row: number | null, fallbackRow: number): PlanEntry {
  if (!join) return { row: null, nextBudget: { value: null, cell: '' }, decision: { value: null, cell: '' } };
  const t = join.table;
  const at = row ?? fallbackRow;
  return {
    row,
    nextBudget: readNumber(row === null ? null : valueAt(t, 'nextBudget', row), cellRef(t, PLAN_TABLE, 'nextBudget', at)),
    decision: readText(row === null ? null : valueAt(t, 'decision', row), cellRef(t, PLAN_TABLE, 'decision', at)),
  };
}

function readPartners(t: FoundTable<string>, problems: ReadProblem[]): Partner[] {
  const L = PARTNERS_TABLE;
  const out: Partner[] = [];
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    if (!rowHasAny(t, row, L.inputs)) continue;
    const text = (k: string) => readText(valueAt(t, k, row), cellRef(t, L, k, row));
    const partner: Partner = {
      row, name: text('name'), role: text('role'), unit: text('unit'), objective: text('objective'), influence: text('influence'),
      interest: text('interest'), cadence: text('cadence'), lastContact: readDate(valueAt(t, 'lastContact', row), cellRef(t, L, 'lastContact', row)),
      nextStep: text('nextStep'),
    };
    if (partner.name.value === null) {
      if (t.columns.has('name')) {
        const cell = cellRef(t, L, 'name', row).split('!').pop()!;
        problems.push({ severity: 'warning', sheet: t.sheet, cell, message: `Partners row ${row} has details but no name; it is left out.`, action: `Type the partner's name in ${cell}, or clear the row.` });
      }
      continue;
    }
    out.push(partner);
  }
  return out;
}

function readHistory(t: FoundTable<string>): Snapshot[] {
  const L = HISTORY_TABLE;
  const out: Snapshot[] = [];
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    if (!rowHasAny(t, row, L.inputs)) continue;
    const num = (k: string) => readNumber(valueAt(t, k, row), cellRef(t, L, k, row));
    out.push({
      row, date: readDate(valueAt(t, 'date', row), cellRef(t, L, 'date', row)), investment: num('investment'), benefits: num('benefits'),
      alignedShare: num('alignedShare'), coverage: num('coverage'), alignment: num('alignment'),
      note: readText(valueAt(t, 'note', row), cellRef(t, L, 'note', row)),
    });
  }
  return out;
}

export { isBlankCell };
