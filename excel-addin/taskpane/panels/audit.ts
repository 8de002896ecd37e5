/**
 * "Audit": reads the framework sheets, runs the core's audit and lists the findings by severity,
 * each with what is wrong and what to do. Activating a finding (click, Enter or Space) selects its
 * sheet and cell in Excel.
 */
import type { Finding, Severity } from '../../../core/insights';
import type { InsightsService } from '../../insights/service';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';
import { errorText, notAFramework, panelParts } from './status';

const SEVERITIES: readonly { readonly severity: Severity; readonly heading: string; readonly one: string; readonly many: string }[] = [
  { severity: 'error', heading: 'Errors', one: 'error', many: 'errors' },
  { severity: 'warning', heading: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'info', heading: 'Notes', one: 'note', many: 'notes' },
];

/** `Impact!D9`, or the sheet alone when a finding concerns a whole sheet. */
export function place(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  return finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
}

export function countsLine(counts: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.map((s) => `${counts[s.severity]} ${counts[s.severity] === 1 ? s.one : s.many}`).join(', ');
}

/** Findings grouped by severity, errors first; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; heading: string; findings: Finding[] }[] {
  return SEVERITIES
    .map((s) => ({ severity: s.severity, heading: s.heading, findings: findings.filter((f) => f.severity === s.severity) }))
    .filter((g) => g.findings.length > 0);
}

export function auditPanel(service: InsightsService): Panel {
  return {
    id: 'audit',
    label: 'Audit',
    render(container) {
      const parts = panelParts(container, 'audit');
      const button = h('button', { type: 'button', class: 'primary', id: 'audit-button' }, 'Check the workbook');

      const findingItem = (finding: Finding, index: number) => {
        const where = place(finding);
        const go = h('button', { type: 'button', class: 'finding-link', 'aria-describedby': `finding-${index}-explanation` },
          h('span', { class: 'finding-title' }, finding.title),
          h('span', { class: 'finding-place' }, where || 'whole workbook'));
        go.addEventListener('click', async () => {
          if (!finding.sheet) return;
          try {
            await service.select(finding.sheet, finding.cell);
            parts.say(`Selected ${where}.`);
          } catch (e) {
            parts.error.textContent = `Could not select ${where}: ${errorText(e)}`;
          }
        });
        return h('li', { class: `finding severity-${finding.severity}` },
          go,
          h('p', { class: 'finding-explanation', id: `finding-${index}-explanation` }, finding.explanation),
          h('p', { class: 'finding-action' }, h('strong', {}, 'What to do: '), finding.action));
      };

      button.addEventListener('click', () => parts.busy(button, 'Reading the framework sheets…', 'The workbook could not be checked', async () => {
        replaceChildren(parts.result);
        const report = await service.audit();
        if (!report.ok) {
          parts.say('');
          replaceChildren(parts.result, h('p', { class: 'notice' }, notAFramework(report.reason)));
          return;
        }
        let index = 0;
        const groups = groupFindings(report.findings);
        parts.say(`Checked: ${countsLine(report.counts)}.`);
        replaceChildren(parts.result,
          h('p', { class: report.counts.error === 0 ? 'success' : 'counts' }, report.counts.error === 0 ? `No errors. ${countsLine(report.counts)}.` : `${countsLine(report.counts)}.`),
          report.findings.length === 0 ? h('p', {}, 'Nothing to fix: every check passed.') : null,
          report.findings.length > 0 ? h('p', { class: 'hint' }, 'Choose a finding to select its cell in the workbook.') : null,
          ...groups.flatMap((g) => [
            h('h3', {}, `${g.heading} (${g.findings.length})`),
            h('ul', { class: 'findings' }, ...g.findings.map((f) => findingItem(f, index++))),
          ]),
        );
      }));

      replaceChildren(container,
        h('h2', {}, 'Audit'),
        h('p', {}, 'Checks the framework for gaps in alignment, costs that are not fully loaded, benefits claimed without adjustment or evidence, and numbers that look mistyped.'),
        button, parts.status, parts.error, parts.result,
      );
    },
  };
}
