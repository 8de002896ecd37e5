/**
 * The pane's {@link Bridge} in Excel: each operation is one `Excel.run` through the builder
 * (excel-addin/builder) or the insights service (excel-addin/insights/service.ts), its answer turned
 * into the plain JSON the panels read (core/insights/pane.ts).
 */
import { CATALOGUE } from '../../core';
import { functionList, type BuildSummary } from '../../core/insights/pane';
import { auditView } from '../../core/insights/service';
import { buildWorkbookSpec } from '../../core/templates';
import type { Bridge } from '../../ui/bridge';
import { buildFramework, type BuildReport, type ExcelHost } from '../builder/build-framework';
import { NAMESPACE } from '../functions/metadata';
import { InsightsService } from '../insights/service';
import { LearningImport } from '../learning/import';

/** `Excel.run` and the requirement-set check of the real Office.js. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export function buildSummary(report: BuildReport): BuildSummary {
  return {
    dataset: report.dataset,
    sheets: report.sheets.map((s) => ({ name: s.name, purpose: s.purpose })),
    renamed: report.renamed,
    notes: report.notes,
    counts: { sheets: report.counts.sheets, validations: report.counts.validations, conditionalFormats: report.counts.conditionalFormats, charts: report.counts.charts, names: report.counts.names },
    figures: report.figures,
    summary: report.summary,
  };
}

export function excelBridge(host: ExcelHost, insights = new InsightsService(host)): Bridge {
  return {
    document: 'workbook',
    async context() {
      const sheetNames = await host.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
      return { sheetNames, functions: functionList(CATALOGUE, NAMESPACE) };
    },
    async buildFramework(dataset, onProgress, capacity) {
      return buildSummary(await buildFramework(host, { dataset, capacity, templates: { buildWorkbookSpec }, onProgress }));
    },
    async audit() {
      const report = await insights.audit();
      return report.ok ? auditView(report, insights.today()) : report;
    },
    selectCell: (sheet, cell) => insights.select(sheet, cell),
    insertSummarySheet: () => insights.insertSummary(),
    insertPlanSheet: (budget) => insights.insertPlan(budget),
    planPortfolio: (budget) => insights.planPortfolio(budget),
    sensitivity: (subject) => insights.sensitivity(subject),
    appendSnapshot: (note) => insights.snapshot(note),
    importTargets: () => new LearningImport(host).targets(),
    importLearning: (write, onProgress) => new LearningImport(host).write(write, onProgress),
  };
}
