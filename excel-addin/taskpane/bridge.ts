/**
 * The pane's {@link Bridge} in Excel: each operation is one `Excel.run` through the builder
 * (excel-addin/builder) or the insights service (excel-addin/insights/service.ts), its answer turned
 * into the plain JSON the panels read (core/insights/pane.ts).
 */
import { CATALOGUE } from '../../core';
import { planPortfolio, type AuditReport } from '../../core/insights';
import { functionList, type AuditView, type BuildSummary, type NoFramework } from '../../core/insights/pane';
import { buildWorkbookSpec, renameSheets } from '../../core/templates';
import type { Bridge } from '../../ui/bridge';
import { buildFramework, type BuildReport, type ExcelHost } from '../builder/build-framework';
import { NAMESPACE } from '../functions/metadata';
import { InsightsService } from '../insights/service';

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

function auditView(report: Extract<AuditReport, { ok: true }>, today: string): AuditView {
  const { title, paragraphs, text } = report.summary;
  return { ok: true, today, counts: report.counts, findings: report.findings, summary: { title, paragraphs, text } };
}

const none = (reason: string): NoFramework => ({ ok: false, reason });

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
    async buildFramework(dataset, onProgress) {
      return buildSummary(await buildFramework(host, { dataset, templates: { buildWorkbookSpec, renameSheets }, onProgress }));
    },
    async audit() {
      const report = await insights.audit();
      return report.ok ? auditView(report, insights.today()) : none(report.reason);
    },
    async selectCell(sheet, cell) {
      await insights.select(sheet, cell);
      return { sheet, cell: cell || 'A1' };
    },
    async insertSummarySheet() {
      const report = await insights.audit();
      if (!report.ok) return none(report.reason);
      return { ok: true, sheet: await insights.insertSummary(report) };
    },
    async planPortfolio(budget) {
      const report = await insights.audit();
      if (!report.ok) return none(report.reason);
      return { ok: true, today: insights.today(), plan: planPortfolio(report.model, budget), errors: report.counts.error };
    },
    async appendSnapshot(note) {
      const result = await insights.snapshot(note);
      if ('reason' in result) return none(result.reason);
      const { snapshot } = result;
      return {
        ok: true, sheet: result.sheet, row: result.row, requestedRow: snapshot.row, values: snapshot.values,
        sameDateRow: snapshot.sameDateRow, beyondCapacity: snapshot.beyondCapacity || result.row !== snapshot.row,
      };
    },
  };
}
