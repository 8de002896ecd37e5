/**
 * Insights: the audit, the executive summary, portfolio planning and snapshots, for the Excel task
 * pane, the Sheets sidebar and the `ld-report` command line alike. Everything in and out is plain,
 * serialisable data (dates as ISO strings), so a host can pass it through `google.script.run` or
 * show it in a panel as it is.
 *
 * ```ts
 * const report = auditWorkbook(source, { today: '2025-06-30', organisation: 'GrowthCorp' });
 * if (report.ok) show(report.findings, report.summary.paragraphs);
 * else showMessage(report.reason); // e.g. "not a framework workbook: missing sheets Strategy, Alignment"
 * ```
 */
import { checkHealth, HealthOptions } from './health';
import { countBySeverity, Finding, Severity } from './findings';
import { ExecutiveSummary, executiveSummary, SummaryOptions } from './summary';
import { FrameworkModel, ReadProblem } from './model';
import { NotAFrameworkError, ReadOptions, readFramework, WorkbookSource } from './read';
import { findFramework } from '../framework/resolve';
import { measuresFromSource, measuresSummary, type MeasuresData } from './measures';

export type AuditReport =
  | {
      readonly ok: true;
      readonly model: FrameworkModel;
      readonly problems: readonly ReadProblem[];
      readonly findings: readonly Finding[];
      readonly counts: Readonly<Record<Severity, number>>;
      readonly summary: ExecutiveSummary;
      /** The Measures sheet's figures (reporting month, thresholds, each measure's YTD, % of plan, forecast, status); absent without one. */
      readonly measures?: MeasuresData;
    }
  | { readonly ok: false; readonly reason: string };

/** Read, audit and summarise in one call; never throws for a workbook that is not a framework. */
export function auditWorkbook(source: WorkbookSource, options: HealthOptions & SummaryOptions & ReadOptions): AuditReport {
  let read;
  const framework = options.framework ?? findFramework(source);
  if (!framework.ok) return { ok: false, reason: framework.reason };
  try {
    read = readFramework(source, { ...options, framework });
  } catch (error) {
    if (error instanceof NotAFrameworkError) return { ok: false, reason: error.message };
    throw error;
  }
  const measures = measuresFromSource(source, { framework });
  const findings = checkHealth(read.model, { ...options, measures });
  return {
    ok: true, model: read.model, problems: read.problems, findings, counts: countBySeverity(findings),
    summary: executiveSummary(read.model, findings, options, measures),
    ...(measures ? { measures: measuresSummary(measures) } : {}),
  };
}

export { readFramework, NotAFrameworkError, REQUIRED_SHEETS } from './read';
export type { WorkbookSource, ReadOptions, ReadResult } from './read';
export { checkHealth, HEALTH_DEFAULTS } from './health';
export { FRAGILE_CLAIM_MARGIN, rangeReport } from './uncertainty';
export type { InitiativeRange, RangeReport } from './uncertainty';
export type { HealthOptions } from './health';
export { RULES, countBySeverity, sortFindings } from './findings';
export type { Finding, RuleId, RuleInfo, Severity } from './findings';
export { executiveSummary, extremeInitiatives, summaryFigures, summaryRows } from './summary';
export type { ExecutiveSummary, SummaryFigures, SummaryOptions } from './summary';
export { planPortfolio, PLAN_RULES } from './plan';
export type { PortfolioPlan, PlanLine, ObjectiveBudget, ScenarioFigures, ScenarioName } from './plan';
export { snapshotRow } from './snapshot';
export type { SnapshotRow, SnapshotCell, SnapshotValues } from './snapshot';
export { portfolioFigures, initiativeFigures } from './figures';
export { sensitivity, isolationRange, RELATIVE_SWING, ISOLATION_DEFAULT_SWING, SIMULATION_TRIALS, SIMULATION_SEED } from './sensitivity';
export type { Sensitivity, SensitivitySubject, SensitivityInput, InputSwing, SimulatedRoi, IsolationSource } from './sensitivity';
export { learningFigures, learningSummary, confirmedMappings, readLearningRows, readMappings, readLearningSettings, learningEvidence, COMPLETING_STATUSES, ENROLMENT_STATUSES, PROGRESS_STATUSES } from './learning';
export type { LearningFigures, LearningData, LearningSettings, LearningSummary, MappingRow, LearningRowValues } from './learning';
export type { PortfolioFigures, InitiativeFigures, ObjectiveFigures } from './figures';
export { gridSource, specSource, specValues } from './source';
export { gridsFromBlocks, readBlocks, READ_CELLS_PER_SYNC } from './read-blocks';
export type { ReadBlock, UsedRange } from './read-blocks';
export { splitCell } from './model';
export type * from './model';
export { money, percent, plain, ratio } from './format';
export { readMeasures, measuresFromSource, computeMeasure, statusFor, auditMeasures, offTrackSentence, measuresSummary, snapshotNote, learningMonths, MEASURE_RULES } from './measures';
export type { Measure, MeasureStatus, MeasuresReport, MeasureInputs, MeasureRuleId, MeasureFinding, MeasureSummary, MeasuresData, LearningMonths } from './measures';
