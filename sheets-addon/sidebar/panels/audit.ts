/**
 * Audit: the core's findings grouped by severity, each with what is wrong, what to do and where.
 * Choosing a finding (click, or Enter/Space: it is a button) selects its cell in the spreadsheet
 * through the server's `selectCell`.
 */
import type { Finding, Severity } from '../../../core/insights';
import type { AuditResult } from '../bridge';
import { h, replaceChildren } from '../dom';
import type { Panel } from './panel';
import { panelParts, resultHeading, showNoFramework } from './status';

const SEVERITIES: readonly { readonly severity: Severity; readonly heading: string; readonly one: string; readonly many: string }[] = [
  { severity: 'error', heading: 'Errors', one: 'error', many: 'errors' },
  { severity: 'warning', heading: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'info', heading: 'Notes', one: 'note', many: 'notes' },
];

/** `Impact!J9`, or the sheet alone when a finding concerns a whole sheet. */
export function place(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  return finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
}

/** `0 errors, 2 warnings, 1 note`. */
export function countsLine(counts: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.map((s) => `${counts[s.severity]} ${counts[s.severity] === 1 ? s.one : s.many}`).join(', ');
}

/** Findings grouped by severity, errors first; empty groups left out; order within a group kept. */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; heading: string; findings: Finding[] }[] {
  return SEVERITIES
    .map((s) => ({ severity: s.severity, heading: s.heading, findings: findings.filter((f) => f.severity === s.severity) }))
    .filter((g) => g.findings.length > 0);
}

export const auditPanel: Panel = {
  id: 'audit',
  title: 'Audit',
  render(body, { server }) {
    const parts = panelParts(body, 'audit');
    const button = h('button', { type: 'button', class: 'primary', id: 'audit-button' }, 'Check the framework');

    const findingItem = (finding: Finding, index: number, sheets: ReadonlySet<string>) => {
      const where = place(finding);
      const explanationId = `finding-${index}-explanation`;
      const actionId = `finding-${index}-action`;
      const canSelect = sheets.has(finding.sheet);
      const title = canSelect
        ? h('button', { type: 'button', class: 'finding-link', id: `finding-${index}`, 'aria-describedby': `${explanationId} ${actionId}` },
          h('span', { class: 'finding-title' }, finding.title),
          h('span', { class: 'finding-place' }, `Go to ${where}`))
        : h('p', { class: 'finding-title', id: `finding-${index}` }, finding.title, h('span', { class: 'finding-place' }, where ? ` (${where}: not in this spreadsheet)` : ''));
      if (canSelect) {
        title.addEventListener('click', () => {
          parts.error.textContent = '';
          parts.say(`Selecting ${where}…`);
          server.selectCell(finding.sheet, finding.cell).then(
            (selected) => parts.say(`Selected ${selected.sheet}!${selected.cell}.`),
            (e: unknown) => {
              parts.say('');
              parts.error.textContent = `Could not select ${where}: ${e instanceof Error ? e.message : String(e)}`;
            },
          );
        });
      }
      return h('li', { class: `finding severity-${finding.severity}` },
        title,
        h('p', { class: 'finding-explanation', id: explanationId }, finding.explanation),
        h('p', { class: 'finding-action', id: actionId }, h('strong', {}, 'What to do: '), finding.action));
    };

    const render = (report: AuditResult) => {
      const sheets = new Set(report.sheetNames);
      const groups = groupFindings(report.findings);
      let index = 0;
      replaceChildren(parts.result,
        resultHeading('audit-result-title', report.counts.error === 0 ? 'No errors' : `${report.counts.error} ${report.counts.error === 1 ? 'error' : 'errors'} to fix`),
        h('p', { class: report.counts.error === 0 ? 'success' : 'counts', id: 'audit-counts' }, `${countsLine(report.counts)} (checked ${report.today}).`),
        report.findings.length === 0 ? h('p', {}, 'Nothing to fix: every check passed.') : undefined,
        report.findings.length > 0 ? h('p', { class: 'hint' }, 'Choose a finding to select its cell in the spreadsheet.') : undefined,
        ...groups.map((g) =>
          h('div', { class: `finding-group group-${g.severity}` },
            h('h4', { id: `audit-${g.severity}-title` }, `${g.heading} (${g.findings.length})`),
            h('ul', { class: 'findings', 'aria-labelledby': `audit-${g.severity}-title` }, ...g.findings.map((f) => findingItem(f, index++, sheets))),
          ),
        ),
      );
    };

    button.addEventListener('click', () => parts.busy(button, 'Reading the framework sheets…', 'The framework could not be checked', async () => {
      replaceChildren(parts.result);
      const report = await server.auditFramework();
      if (!report.ok) {
        showNoFramework(parts, 'audit', report);
        return;
      }
      parts.say(`Checked: ${countsLine(report.counts)}.`);
      render(report);
      parts.result.querySelector<HTMLElement>('#audit-result-title')?.focus();
    }));

    replaceChildren(body,
      h('p', {}, 'Checks the framework for gaps in alignment, costs that are not fully loaded, benefits claimed without adjustment or evidence, and numbers that look mistyped.'),
      button, parts.status, parts.error, parts.result,
    );
  },
};
