/**
 * The executive report of `ld-report --pdf` as one self-contained HTML page (no scripts, no fonts or
 * images to fetch): the title, the headline figures, the executive summary's paragraphs, the three
 * charts the workbook's Dashboard has (drawn here as inline SVG from the core's figures), and the
 * audit's errors. cli/pdf.ts prints it with headless Chromium.
 *
 * Every text from the workbook goes through {@link esc}: markup is shown as text and control
 * characters are dropped, so a program called `<img src=x onerror=alert(1)>` is printed as its name.
 */
import { basename } from 'path';
import type { AuditReport, Finding } from '../core/insights';
import { extremeInitiatives, money, percent, portfolioFigures, ratio } from '../core/insights';
import { longDate } from '../core/insights/format';
import { DASHBOARD_TOP, DASHBOARD_TREND_BLOCK } from '../core/templates/layout';
import { benefitCostRatio } from '../core/functions/finance';
import { evaluateFunction } from '../core/index';

export type Paper = 'A4' | 'Letter';

export interface ExecutiveReportInput {
  readonly file: string;
  readonly report: Extract<AuditReport, { ok: true }>;
  /** The audit's date, YYYY-MM-DD. */
  readonly today: string;
  readonly organisation?: string;
  readonly paper?: Paper;
  /** How many of the audit's errors to list (default {@link ERRORS_LISTED}); cli/pdf.ts lists fewer when the report would run past two pages. */
  readonly errorsListed?: number;
}

/** How many errors the report lists before it refers the reader to the full audit. */
export const ERRORS_LISTED = 6;

/**
 * Text from the workbook made safe inside HTML and SVG: line breaks and tabs become spaces, other
 * control characters (C0, DEL, C1), line/paragraph separators and bidirectional overrides are dropped,
 * and `& < > " '` become entities.
 */
export function esc(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** At most `max` characters, with an ellipsis when cut (before escaping). */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** `1548000` → `$1.55M`, `450500` → `$451k`, `2000000` → `$2M`, for chart labels. */
export function shortMoney(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `${sign}$${Number((abs / 1e6).toFixed(abs >= 1e7 ? 0 : 2))}M`;
  if (abs >= 1e3) return `${sign}$${Math.round(abs / 1e3)}k`;
  return `${sign}$${Math.round(abs)}`;
}

const INK = '#1d2733';
const MUTED = '#5b6673';
const RULE = '#d5dbe1';
const INVEST = '#8a97a6';
const BENEFIT = '#1f7a6d';
const NEGATIVE = '#b3413a';

/** A round step for an axis up to `max` (1, 2 or 5 × a power of ten), about `ticks` of them. */
function niceStep(max: number, ticks = 4): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

interface Bar { readonly label: string; readonly values: readonly number[] }

/** Horizontal bars, one group per category, labels on the left and values at the bar ends. */
function barChart(bars: readonly Bar[], colours: readonly string[], width: number, labelWidth: number): string {
  const series = colours.length;
  const barHeight = series > 1 ? 11 : 14;
  const gap = series > 1 ? 10 : 8;
  const groupHeight = series * barHeight + (series - 1) * 2;
  const top = 4;
  const height = top + bars.length * (groupHeight + gap) + 18;
  const values = bars.flatMap((b) => b.values);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const step = niceStep(max - min);
  const hi = Math.ceil(max / step) * step || step;
  const lo = Math.floor(min / step) * step;
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - 44;
  const x = (v: number) => plotLeft + ((v - lo) / (hi - lo)) * plotWidth;
  const out: string[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) {
    out.push(`<line x1="${x(t).toFixed(1)}" y1="${top}" x2="${x(t).toFixed(1)}" y2="${height - 16}" stroke="${RULE}" stroke-width="0.6"/>`);
    out.push(`<text x="${x(t).toFixed(1)}" y="${height - 4}" text-anchor="middle" class="tick">${esc(shortMoney(t))}</text>`);
  }
  bars.forEach((bar, k) => {
    const y0 = top + k * (groupHeight + gap) + gap / 2;
    out.push(`<text x="${labelWidth}" y="${(y0 + groupHeight / 2 + 3.5).toFixed(1)}" text-anchor="end" class="label">${esc(clip(bar.label, Math.floor(labelWidth / 5.4)))}</text>`);
    bar.values.forEach((v, s) => {
      const y = y0 + s * (barHeight + 2);
      const from = x(Math.min(0, v));
      const w = Math.max(Math.abs(x(v) - x(0)), v === 0 ? 0 : 1);
      const fill = v < 0 ? NEGATIVE : colours[s];
      out.push(`<rect x="${from.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${barHeight}" fill="${fill}" rx="1.5"/>`);
      out.push(`<text x="${(x(Math.max(0, v)) + 4).toFixed(1)}" y="${(y + barHeight / 2 + 3.3).toFixed(1)}" class="value">${esc(shortMoney(v))}</text>`);
    });
  });
  out.push(`<line x1="${x(0).toFixed(1)}" y1="${top}" x2="${x(0).toFixed(1)}" y2="${height - 16}" stroke="${INK}" stroke-width="0.8"/>`);
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">${out.join('')}</svg>`;
}

interface Point { readonly date: string; readonly bcr: number }

/** The benefit–cost ratio at each snapshot, with the break-even line at 1.0x. */
function trendChart(points: readonly Point[], width: number): string {
  const height = 175;
  const left = 40;
  const right = 16;
  const top = 14;
  const bottom = 30;
  const max = Math.max(1, ...points.map((p) => p.bcr));
  const min = Math.min(0, ...points.map((p) => p.bcr));
  const step = niceStep(max - min, 4);
  const hi = Math.ceil((max * 1.1) / step) * step;
  const lo = Math.floor(min / step) * step;
  const y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom);
  const x = (k: number) => (points.length === 1 ? (left + width - right) / 2 : left + 12 + (k / (points.length - 1)) * (width - left - right - 24));
  const out: string[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) {
    out.push(`<line x1="${left}" y1="${y(t).toFixed(1)}" x2="${width - right}" y2="${y(t).toFixed(1)}" stroke="${RULE}" stroke-width="0.6"/>`);
    out.push(`<text x="${left - 5}" y="${(y(t) + 3).toFixed(1)}" text-anchor="end" class="tick">${esc(`${Number(t.toFixed(2))}x`)}</text>`);
  }
  out.push(`<line x1="${left}" y1="${y(1).toFixed(1)}" x2="${width - right}" y2="${y(1).toFixed(1)}" stroke="${NEGATIVE}" stroke-width="0.8" stroke-dasharray="3 3"/>`);
  out.push(`<text x="${width - right}" y="${(y(1) - 4).toFixed(1)}" text-anchor="end" class="tick" fill="${NEGATIVE}">break-even 1.0x</text>`);
  if (points.length > 1) {
    out.push(`<polyline points="${points.map((p, k) => `${x(k).toFixed(1)},${y(p.bcr).toFixed(1)}`).join(' ')}" fill="none" stroke="${BENEFIT}" stroke-width="2"/>`);
  }
  points.forEach((p, k) => {
    out.push(`<circle cx="${x(k).toFixed(1)}" cy="${y(p.bcr).toFixed(1)}" r="3.2" fill="${BENEFIT}"/>`);
    out.push(`<text x="${x(k).toFixed(1)}" y="${(y(p.bcr) - 7).toFixed(1)}" text-anchor="middle" class="value">${esc(ratio(p.bcr))}</text>`);
    out.push(`<text x="${x(k).toFixed(1)}" y="${height - 12}" text-anchor="middle" class="tick">${esc(shortDate(p.date))}</text>`);
  });
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">${out.join('')}</svg>`;
}

function shortDate(iso: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m] = iso.split('-').map(Number);
  return m >= 1 && m <= 12 ? `${months[m - 1]} ${y}` : iso;
}

/** The History snapshots with a date and a BCR, oldest first, the last {@link DASHBOARD_TREND_BLOCK}.slots as on the Dashboard. */
function trendPoints(report: ExecutiveReportInput['report']): Point[] {
  const points: Point[] = [];
  for (const s of report.model.history) {
    if (s.date.value === null || s.investment.value === null || s.benefits.value === null) continue;
    const bcr = evaluateFunction(benefitCostRatio, [s.benefits.value, s.investment.value]);
    if (typeof bcr === 'number' && Number.isFinite(bcr)) points.push({ date: s.date.value, bcr });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return points.slice(-DASHBOARD_TREND_BLOCK.slots);
}

function tile(label: string, value: string, note = ''): string {
  return `<div class="tile"><div class="tile-label">${esc(label)}</div><div class="tile-value">${esc(value)}</div><div class="tile-note">${esc(note)}</div></div>`;
}

function errorItem(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `<li><strong>${esc(clip(f.title, 160))}</strong> <span class="where">${esc(clip(where, 60))}</span><br>${esc(clip(f.explanation, 360))} <em>To do:</em> ${esc(clip(f.action, 200))}</li>`;
}

function auditSection(input: ExecutiveReportInput): string {
  const { report } = input;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.counts.warning;
  const command = `npx ld-report ${basename(input.file)}`;
  const seeAll = `the full audit (${command}, or the add-in's Audit tab)`;
  const parts: string[] = ['<h2>Audit</h2>'];
  if (errors.length === 0) {
    parts.push(`<p>The audit found no errors in the workbook${warnings === 0 ? ' and nothing to follow up' : ''}.</p>`);
  } else {
    parts.push(`<p>The audit found <strong>${errors.length} ${errors.length === 1 ? 'error' : 'errors'}</strong> to fix before these figures are shared:</p>`);
    const listed = Math.min(errors.length, input.errorsListed ?? ERRORS_LISTED);
    if (listed > 0) parts.push(`<ul class="errors">${errors.slice(0, listed).map(errorItem).join('')}</ul>`);
    if (errors.length > listed) parts.push(`<p>${listed > 0 ? `…and ${errors.length - listed} more` : 'They are listed'}: see ${esc(seeAll)}.</p>`);
  }
  if (warnings > 0) {
    parts.push(`<p>It also notes ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} to follow up; ${warnings === 1 ? 'it is' : 'they are'} listed in ${esc(seeAll)}.</p>`);
  }
  return `<section class="audit">${parts.join('')}</section>`;
}

const CSS = `
@page { margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: ${INK}; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 9.6pt; line-height: 1.42; }
header { border-bottom: 2px solid ${INK}; padding-bottom: 7px; margin-bottom: 12px; }
.kicker { font-size: 8pt; letter-spacing: 0.12em; text-transform: uppercase; color: ${BENEFIT}; font-weight: 700; }
h1 { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; font-size: 19pt; line-height: 1.2; margin: 3px 0 4px; font-weight: 700; }
.meta { color: ${MUTED}; font-size: 8.4pt; }
h2 { font-size: 10.5pt; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: 0.06em; color: ${INK}; border-bottom: 1px solid ${RULE}; padding-bottom: 3px; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 7px; margin-bottom: 6px; }
.tile { border: 1px solid ${RULE}; border-top: 3px solid ${BENEFIT}; border-radius: 3px; padding: 6px 8px 5px; }
.tile-label { font-size: 7.6pt; color: ${MUTED}; text-transform: uppercase; letter-spacing: 0.05em; }
.tile-value { font-size: 15pt; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
.tile-note { font-size: 7.6pt; color: ${MUTED}; min-height: 1em; }
.alert { margin: 0 0 10px; padding: 6px 10px; border-left: 4px solid ${NEGATIVE}; background: #fbeeed; font-weight: 700; }
.summary p { margin: 0 0 6px; text-align: left; }
.summary p:first-child { font-size: 10.2pt; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-weight: 700; font-size: 9pt; margin-bottom: 3px; }
.legend { font-weight: 400; color: ${MUTED}; font-size: 7.8pt; margin-left: 8px; }
.swatch { display: inline-block; width: 8px; height: 8px; margin: 0 3px 0 8px; border-radius: 1px; }
figure + figure { margin-top: 12px; }
svg { display: block; font-family: inherit; }
svg .tick { font-size: 8px; fill: ${MUTED}; }
svg .label { font-size: 9.4px; fill: ${INK}; }
svg .value { font-size: 8.6px; fill: ${INK}; font-weight: 700; }
.empty { color: ${MUTED}; font-style: italic; }
.audit { break-inside: avoid-page; }
.errors { margin: 4px 0 6px; padding-left: 16px; }
.errors li { margin-bottom: 4px; }
.where { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; color: ${MUTED}; }
.method { margin-top: 12px; color: ${MUTED}; font-size: 7.8pt; }
`;

/** The whole report as an HTML document for {@link writePdf}. */
export function executiveReportHtml(input: ExecutiveReportInput): string {
  const { report } = input;
  const s = report.summary.figures;
  const figures = portfolioFigures(report.model, { excludeBenefits: extremeInitiatives(report.model, report.findings) });
  const kicker = ['L&D executive report', input.organisation?.trim() ? clip(input.organisation.trim(), 60) : '', s.period ?? ''].filter((t) => t !== '');
  const na = 'not stated';

  const tiles = [
    tile('Investment', money(s.investment), `${s.initiatives} ${s.initiatives === 1 ? 'program' : 'programs'}, fully loaded`),
    tile('Adjusted benefits', money(s.adjustedBenefits), 'isolated and discounted'),
    tile('Net benefits', money(s.netBenefits), 'benefits less costs'),
    tile('Return on investment', s.roi === null ? na : percent(s.roi), 'net benefits ÷ costs'),
    tile('Benefit–cost ratio', s.bcr === null ? na : ratio(s.bcr), s.firstSnapshot?.bcr != null ? `from ${ratio(s.firstSnapshot.bcr)} at the first snapshot` : 'benefits ÷ costs'),
    tile('Aligned programs', s.alignedShare === null ? na : percent(s.alignedShare), `${s.alignedCount} of ${s.initiatives} support an objective directly`),
    tile('Objective coverage', s.objectiveCoverage === null ? na : percent(s.objectiveCoverage), 'of priorities by weight'),
    tile(`Next budget${report.model.nextPeriod?.value ? ` (${clip(report.model.nextPeriod.value, 12)})` : ''}`, s.nextBudget !== null && s.nextBudget > 0 ? money(s.nextBudget) : na,
      s.budgetChange !== null && s.thisBudget !== null ? `${s.budgetChange >= 0 ? 'up' : 'down'} ${percent(Math.abs(s.budgetChange))} on ${money(s.thisBudget)}` : ''),
  ];

  const objectives = figures.objectives.filter((o) => o.weight > 0 || o.investment > 0);
  const objectiveChart = objectives.length === 0
    ? '<p class="empty">No business objectives recorded on the Strategy sheet yet.</p>'
    : barChart(objectives.map((o) => ({ label: o.name || `Objective ${o.slot}`, values: [o.investment, o.benefits] })), [INVEST, BENEFIT], 660, 230);
  const points = trendPoints(report);
  const trend = points.length === 0 ? '<p class="empty">No dated snapshots on the History sheet yet: take one to start the trend.</p>' : trendChart(points, 660);
  const top = figures.initiatives
    .filter((f) => f.net !== null)
    .sort((a, b) => b.net! - a.net! || a.index - b.index)
    .slice(0, DASHBOARD_TOP);
  const topChart = top.length === 0
    ? '<p class="empty">No program has a benefit that can be counted yet.</p>'
    : barChart(top.map((f) => ({ label: f.name || `Program ${f.index + 1}`, values: [f.net!] })), [BENEFIT], 660, 230);
  const swatch = (colour: string, name: string) => `<span class="swatch" style="background:${colour}"></span>${name}`;

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(report.summary.title)}</title>
<style>@page { size: ${input.paper ?? 'A4'}; }${CSS}</style></head>
<body>
<header>
  <div class="kicker">${esc(kicker.join(' · '))}</div>
  <h1>${esc(report.summary.title)}</h1>
  <div class="meta">Audited ${esc(longDate(input.today))} from ${esc(clip(basename(input.file), 80))} · ${report.counts.error} ${report.counts.error === 1 ? 'error' : 'errors'}, ${report.counts.warning} ${report.counts.warning === 1 ? 'warning' : 'warnings'}</div>
</header>
${report.counts.error > 0 ? `<p class="alert">The audit found ${report.counts.error} ${report.counts.error === 1 ? 'error' : 'errors'} to fix before these figures are shared: see Audit, below.</p>` : ''}
<section class="tiles">${tiles.join('')}</section>
<h2>Summary</h2>
<section class="summary">${report.summary.paragraphs.map((p) => `<p>${esc(clip(p, 1500))}</p>`).join('')}</section>
<figure>
  <figcaption>Investment and adjusted benefits by objective${objectives.length === 0 ? '' : `<span class="legend">${swatch(INVEST, 'Investment')}${swatch(BENEFIT, 'Adjusted benefits')}</span>`}</figcaption>
  ${objectiveChart}
</figure>
<figure><figcaption>Benefit–cost ratio over time<span class="legend">at the History snapshots (the last ${DASHBOARD_TREND_BLOCK.slots}, as on the Dashboard)</span></figcaption>${trend}</figure>
<figure><figcaption>Top ${DASHBOARD_TOP} initiatives by net benefit</figcaption>${topChart}</figure>
${auditSection(input)}
<p class="method">Method: costs are fully loaded (including participants' time); each benefit counts only the share of the business result the program caused (isolation) and is discounted for the estimator's confidence, as in the Phillips ROI Methodology. Every figure is computed from the workbook's inputs by the framework's own functions.</p>
</body></html>`;
}

/** The page footer Chromium prints on every page (its own small template language: pageNumber, totalPages). */
export function footerHtml(input: ExecutiveReportInput): string {
  const who = clip(input.organisation?.trim() || basename(input.file), 60);
  return `<div style="width:100%;font-family:'DejaVu Sans',Arial,sans-serif;font-size:7.5pt;color:${MUTED};padding:0 16mm;display:flex;justify-content:space-between;">`
    + `<span>${esc(who)} · L&amp;D executive report · ${esc(longDate(input.today))}</span>`
    + '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
}
