/**
 * Audit: the core's findings grouped by severity, each with what is wrong, what to do and where.
 * Choosing a finding (click, or Enter/Space: it is a button) selects its cell through the bridge.
 */
import type { Finding } from '../../core/insights/findings';
import { auditHeading, countsLine, groupFindings, place, type AuditView } from '../../core/insights/pane';
import { failureMessage } from '../bridge';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel, type PanelParts } from './parts';
import type { Bridge } from '../bridge';

function findingItem(finding: Finding, index: number, bridge: Bridge, parts: PanelParts): HTMLElement {
  const where = place(finding);
  const explanationId = `finding-${index}-explanation`;
  const actionId = `finding-${index}-action`;
  const title = finding.sheet
    ? h('button', { type: 'button', class: 'finding-link', id: `finding-${index}`, 'aria-describedby': `${explanationId} ${actionId}` },
      h('span', { class: 'finding-title' }, finding.title),
      h('span', { class: 'finding-place' }, `Go to ${where}`))
    : h('p', { class: 'finding-title', id: `finding-${index}` }, finding.title);
  if (finding.sheet) {
    title.addEventListener('click', () => {
      parts.error.textContent = '';
      parts.say(`Selecting ${where}…`);
      bridge.selectCell(finding.sheet, finding.cell).then(
        (selected) => parts.say(`Selected ${place(selected)}.`),
        (e: unknown) => {
          parts.say('');
          parts.error.textContent = `Could not select ${where}: ${failureMessage(e)}`;
        },
      );
    });
  }
  return h('li', { class: `finding severity-${finding.severity}` },
    title,
    h('p', { class: 'finding-explanation', id: explanationId }, finding.explanation),
    h('p', { class: 'finding-action', id: actionId }, h('strong', {}, 'What to do: '), finding.action));
}

function renderAudit(report: AuditView, bridge: Bridge, parts: PanelParts): void {
  let index = 0;
  replaceChildren(parts.result,
    resultHeading('audit-result-title', auditHeading(report.counts)),
    h('p', { class: report.counts.error === 0 ? 'success' : 'counts', id: 'audit-counts' }, `${countsLine(report.counts)} (checked ${report.today}).`),
    report.findings.length === 0 ? h('p', {}, 'Nothing to fix: every check passed.') : null,
    report.findings.length > 0 ? h('p', { class: 'hint' }, `Choose a finding to select its cell in the ${bridge.document}.`) : null,
    ...groupFindings(report.findings).map((g) =>
      h('div', { class: `finding-group group-${g.severity}` },
        h('h4', { id: `audit-${g.severity}-title` }, `${g.heading} (${g.findings.length})`),
        h('ul', { class: 'findings', 'aria-labelledby': `audit-${g.severity}-title` }, ...g.findings.map((f) => findingItem(f, index++, bridge, parts))))),
  );
}

export const auditPanel: Panel = {
  id: 'audit',
  label: 'Audit',
  render(section, { bridge }) {
    const parts = panelParts(section, 'audit');
    const button = h('button', { type: 'button', class: 'primary', id: 'audit-button' }, 'Check the framework');
    button.addEventListener('click', () => parts.busy(button, 'Reading the framework sheets…', 'The framework could not be checked', async () => {
      replaceChildren(parts.result);
      const report = await bridge.audit();
      if (!report.ok) {
        parts.noFramework(report);
        return;
      }
      parts.say(`Checked: ${countsLine(report.counts)}.`);
      renderAudit(report, bridge, parts);
      focusResult(parts, 'audit-result-title');
    }));
    replaceChildren(section,
      h('h2', {}, 'Audit'),
      h('p', {}, 'Checks the framework for gaps in alignment, costs that are not fully loaded, benefits claimed without adjustment or evidence, and numbers that look mistyped.'),
      button, parts.status, parts.error, parts.result,
    );
  },
};
