/** The report as Markdown for people, and as JSON for machines. */
import type { AuditReport, Finding, LearningSummary, MeasuresData, PortfolioPlan, RangeReport } from '../core/insights';
import { extremeInitiatives, learningSummary, money, percent, plain, portfolioFigures, rangeReport, ratio } from '../core/insights';

/** What the JSON report escapes (JSON escapes C0 controls itself), and {@link terminalSafe} replaces with C0. */
const UNSAFE_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff';
const JSON_UNSAFE = new RegExp(`[${UNSAFE_BEYOND_C0}]`, 'g');
const UNSAFE = new RegExp(`[\\u0000-\\u001f${UNSAFE_BEYOND_C0}]`, 'g');

/**
 * Terminal control characters made visible and harmless: C0 controls (ESC, BEL, CR, …) become their
 * Unicode control pictures (␛ ␇ ␍, U+2400 block), DEL and C1 controls (U+0080–U+009F, which some
 * terminals obey as escape sequences) become U+FFFD, and line/paragraph separators and bidirectional
 * overrides, which can make a line read differently from what it holds, become U+FFFD too; so do the
 * invisible bidirectional marks (U+061C, U+200E, U+200F) and the zero-width space, word joiner and
 * byte order mark (U+200B, U+2060, U+FEFF), which make two names that print alike differ. Line feeds
 * are kept only where `keepNewlines` (the report's own line ends).
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n' && keepNewlines) return c;
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}

/** Text from the workbook, safe inside Markdown and on a terminal: no line breaks, no markup, entities or control characters. */
export function md(text: string): string {
  // `&` only where a Markdown viewer would read an entity (`&rlm;`, `&#8238;`): "L&D" stays as it is.
  return terminalSafe(text.replace(/\s*[\n\r]\s*/g, ' ')).replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/&(?=#?\w+;)/g, '\\&');
}

const HEADINGS = { error: 'Errors: fix before sharing the figures', warning: 'Warnings: gaps an executive will ask about', info: 'Notes' } as const;

function findingLine(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `- **${md(f.title)}** (\`${terminalSafe(where.replace(/`/g, "'"))}\`, ${f.rule}): ${md(f.explanation)} *To do:* ${md(f.action)}`;
}

export function markdownReport(file: string, report: Extract<AuditReport, { ok: true }>, today: string, plan?: PortfolioPlan): string {
  const out: string[] = [];
  out.push(`# L&D report: ${md(file)}`, '');
  out.push(`Audited ${today}: ${report.counts.error} error${report.counts.error === 1 ? '' : 's'}, ${report.counts.warning} warning${report.counts.warning === 1 ? '' : 's'}, ${report.counts.info} note${report.counts.info === 1 ? '' : 's'}.`, '');
  out.push('## Executive summary', '', `**${md(report.summary.title)}**`, '');
  for (const p of report.summary.paragraphs) out.push(md(p), '');
  out.push(...rangeMarkdown(rangeOf(report)));
  out.push('## Audit', '');
  if (report.findings.length === 0) out.push('No findings: the figures follow the checks in docs/insights.md.', '');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${HEADINGS[severity]} (${group.length})`, '');
    for (const f of group) out.push(findingLine(f));
    out.push('');
  }
  if (report.measures) out.push(...measuresMarkdown(report.measures));
  const learning = learningSummary(report.model);
  if (learning && learning.records > 0) out.push(...learningMarkdown(learning));
  if (plan) out.push(...planMarkdown(plan));
  // Every line once more through the terminal filter: nothing from the workbook reaches the terminal raw.
  return `${terminalSafe(out.join('\n'), true).trimEnd()}\n`;
}

/** The range and break-even, with the same figures as the summary (extreme benefits left out). */
function rangeOf(report: Extract<AuditReport, { ok: true }>): RangeReport {
  return rangeReport(report.model, portfolioFigures(report.model, { excludeBenefits: extremeInitiatives(report.model, report.findings) }));
}

/** How sure the return is: the portfolio's range and break-even attribution, and each program's. */
function rangeMarkdown(range: RangeReport): string[] {
  const p = range.portfolio;
  const pct = (v: number | null) => (v === null ? '–' : percent(v));
  if (range.initiatives.length === 0) return [];
  const out = ['## How sure is the return', ''];
  if (p.roi !== null) out.push(`Portfolio ROI ${pct(p.roi)}, from ${pct(p.roiLow)} (low estimates of the share each program caused) to ${pct(p.roiHigh)} (high estimates).`);
  if (p.breakEvenAttribution !== null) {
    out.push(p.breakEvenAttribution <= 1
      ? `The portfolio pays back if programs caused at least ${percent(p.breakEvenAttribution)} of the improvements.`
      : `The portfolio cannot pay back even if programs caused all of the improvements (it would need ${percent(p.breakEvenAttribution)}).`);
  }
  out.push('', `A claim is fragile when the share claimed is less than ${percent(range.margin)} points above break-even.`, '');
  out.push('| Initiative | Share claimed (low–high) | Break-even share | ROI (low–high) | Fragile |', '|---|---:|---:|---:|---|');
  for (const i of range.initiatives) {
    out.push(`| ${md(i.name)} | ${pct(i.isolation)} (${pct(i.isolationLow)}–${pct(i.isolationHigh)}) | ${pct(i.breakEven)} | ${pct(i.roi)} (${pct(i.roiLow)}–${pct(i.roiHigh)}) | ${i.fragile ? 'yes' : 'no'} |`);
  }
  out.push('');
  return out;
}

/** The Learning data sheet in short: the imported figures per initiative, as the sheet's formulas show them. */
function learningMarkdown(data: LearningSummary): string[] {
  const out = ['## Learning data', ''];
  out.push(`${data.records} record${data.records === 1 ? '' : 's'} imported${data.unassigned > 0 ? `, ${data.unassigned} not under an Alignment initiative` : ''}; ${data.mappings} remembered mapping${data.mappings === 1 ? '' : 's'}.`, '');
  if (data.initiatives.length === 0) return out;
  out.push('| Initiative | Participants | Enrolments | Completion rate | Learning hours | Average score |', '|---|---:|---:|---:|---:|---:|');
  for (const i of data.initiatives) {
    const rate = i.completionRate === null ? '–' : percent(i.completionRate);
    const score = i.averageScore === null ? '–' : percent(i.averageScore);
    out.push(`| ${md(i.initiative)} | ${i.participants} | ${i.enrolments} | ${rate} | ${plain(i.hours, 1)} | ${score} |`);
  }
  if (data.useForParticipantTime && data.hourlyCost !== null) out.push('', `Participants' time left blank on ROI is costed at ${money(data.hourlyCost)} an hour of learning.`);
  out.push('');
  return out;
}

/** The Measures sheet in short: the reporting month and the measures off track or at risk, worst first. */
function measuresMarkdown(data: MeasuresData): string[] {
  const out = ['## Measures', ''];
  const rated = data.measures.filter((m) => m.status !== null);
  const flagged = [...rated.filter((m) => m.status === 'Off track'), ...rated.filter((m) => m.status === 'At risk')];
  out.push(`Month ${data.reportingMonth}: ${rated.length - flagged.length} of ${rated.length} measures with a plan on track (on track from ${percent(data.thresholds.onTrack)} of plan, at risk from ${percent(data.thresholds.atRisk)}).`, '');
  if (flagged.length === 0) return out;
  const figure = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  out.push('| Measure | Initiative | Status | YTD | YTD % of plan | Forecast | Forecast % of plan |', '|---|---|---|---:|---:|---:|---:|');
  for (const m of flagged) {
    out.push(`| ${md(m.name)} | ${md(m.initiative) || 'portfolio'} | ${m.status} | ${figure(m.ytd)} | ${m.ytdPercent === null ? '–' : percent(m.ytdPercent)} | ${figure(m.forecast)} | ${m.forecastPercent === null ? '–' : percent(m.forecastPercent)} |`);
  }
  out.push('');
  return out;
}

function planMarkdown(plan: PortfolioPlan): string[] {
  const out = ['## Plan', '', `Budget ${money(plan.budget)}: ${money(plan.funded)} funded of ${money(plan.requested)} requested, ${money(plan.left)} left.`, '', md(plan.rules), ''];
  out.push('| Rank | Initiative | Request | Alignment | Expected BCR | Funded | Break-even cover |', '|---:|---|---:|---:|---:|---|---:|');
  for (const l of plan.lines) {
    out.push(`| ${l.rank} | ${md(l.name)} | ${money(l.request)} | ${l.alignmentScore === null ? '–' : l.alignmentScore.toFixed(1)} | ${l.expectedBCR === null ? 'not measured' : ratio(l.expectedBCR)} | ${l.funded ? 'yes' : `no: ${md(l.reason)}`} | ${l.breakEvenCover === null ? '–' : ratio(l.breakEvenCover)} |`);
  }
  out.push('', '| Scenario | Benefits | Costs | BCR | ROI |', '|---|---:|---:|---:|---:|');
  for (const name of ['conservative', 'expected', 'optimistic'] as const) {
    const s = plan.scenarios[name];
    out.push(`| ${name} | ${money(s.benefits)} | ${money(s.costs)} | ${s.bcr === null ? '–' : ratio(s.bcr)} | ${s.roi === null ? '–' : percent(s.roi)} |`);
  }
  out.push('', '| Objective | Funded budget | Share |', '|---|---:|---:|');
  for (const o of plan.byObjective) out.push(`| ${md(o.objective)} | ${money(o.amount)} | ${percent(o.share)} |`);
  out.push('');
  return out;
}

export function jsonReport(file: string, report: Extract<AuditReport, { ok: true }>, today: string, plan?: PortfolioPlan): string {
  return `${escapeJsonUnsafe(JSON.stringify({
    file, ok: true, today, counts: report.counts, findings: report.findings,
    summary: { title: report.summary.title, paragraphs: report.summary.paragraphs, figures: report.summary.figures },
    range: rangeOf(report),
    problems: report.problems,
    ...(report.measures ? { measures: report.measures } : {}),
    ...(learningSummary(report.model) ? { learning: learningSummary(report.model) } : {}),
    ...(plan ? { plan } : {}),
  }, null, 2))}\n`;
}

/** JSON text with what {@link terminalSafe} replaces escaped as `\uXXXX` (ld-report's and ld-import's --json). */
export function escapeJsonUnsafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
