/**
 * Sensitivity: for the portfolio or one initiative, which inputs move ROI most (a tornado) and the
 * ROI a simulation gives (P10–P90), as the core works them out (core/insights/sensitivity.ts).
 *
 * The charts are inline SVG drawn here, by a few lines of our own, rather than by a charting library:
 * no dependency to keep up, nothing loaded from elsewhere (Office's webview and Apps Script's
 * HtmlService sandbox alike, and a strict Content-Security-Policy: no inline style or script, only
 * presentation attributes), and every text goes in as a text node. Each chart is `role="img"` with a
 * title and a description, and the same figures are in a table beside it: the accessible version.
 */
import { percent } from '../../core/insights/format';
import {
  sensitivityCaveat, sensitivityHeading, sensitivityRows, sensitivityRules, simulationRangeText, simulationText, tornadoDescription,
  type SensitivityChoice,
} from '../../core/insights/pane';
import { ISOLATION_DEFAULT_SWING, RELATIVE_SWING, type Sensitivity, type SensitivitySubject, type SimulatedRoi } from '../../core/insights/sensitivity';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel } from './parts';

type Measured = Extract<Sensitivity, { ok: true }>;

const SVG = 'http://www.w3.org/2000/svg';
/** Chart colours: AA against white for text; bars 3:1 or more (WCAG 1.4.11). */
const INK = '#1f1f1f';
const MUTED = '#555555';
const LOW = '#b35c00';
const HIGH = '#0f62a8';
const WIDTH = 280;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function chart(id: string, height: number, title: string, description: string, ...children: SVGElement[]): SVGSVGElement {
  const root = svg('svg', {
    id, class: 'chart', role: 'img', viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', 'aria-labelledby': `${id}-title ${id}-desc`, 'font-size': 11, 'font-family': 'inherit',
  });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description), ...children);
  return root;
}

/** A linear scale over the values given, padded, from the left margin to the right. */
function scale(values: readonly number[], left = 4, right = WIDTH - 4): (x: number) => number {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.04;
  lo -= pad;
  hi += pad;
  return (x) => left + ((x - lo) / (hi - lo)) * (right - left);
}

/** A vertical line at ROI `value` with its label above, dashed for break-even (0). */
function marker(x: number, top: number, bottom: number, label: string, dashed: boolean): SVGElement[] {
  const anchor = x < 40 ? 'start' : x > WIDTH - 40 ? 'end' : 'middle';
  return [
    svg('line', { x1: x, x2: x, y1: top, y2: bottom, stroke: dashed ? MUTED : INK, 'stroke-width': 1, ...(dashed ? { 'stroke-dasharray': '3 2' } : {}) }),
    svg('text', { x, y: top - 3, 'text-anchor': anchor, fill: dashed ? MUTED : INK }, label),
  ];
}

/**
 * The tornado: one bar per input that moves ROI, longest first; each bar runs from the ROI with the
 * input at its low end (orange) through the base ROI to the ROI at its high end (blue).
 */
export function tornadoChart(s: Measured): SVGSVGElement {
  const bars = s.inputs.filter((i) => i.swing > 0);
  const row = 30;
  const top = 20;
  const legend = 18;
  const height = top + bars.length * row + legend + 4;
  const x = scale([s.roi, ...bars.flatMap((b) => [b.roiAtLow, b.roiAtHigh])]);
  const bottom = top + bars.length * row;
  const parts: SVGElement[] = [];
  const zero = x(0);
  if (zero > 4 && zero < WIDTH - 4 && Math.abs(zero - x(s.roi)) > 30) parts.push(...marker(zero, top - 6, bottom, 'ROI 0%', true));
  bars.forEach((b, k) => {
    const y = top + k * row;
    const base = x(s.roi);
    const bar = (to: number, fill: string, end: string) => {
      const from = Math.min(base, x(to));
      return svg('rect', { class: `bar-${end}`, x: from, y: y + 15, width: Math.max(1, Math.abs(x(to) - base)), height: 11, fill });
    };
    const group = svg('g', { class: 'tornado-bar', 'data-input': b.input });
    group.append(
      svg('text', { x: 4, y: y + 11, fill: INK }, b.label),
      svg('text', { x: WIDTH - 4, y: y + 11, 'text-anchor': 'end', fill: MUTED }, `${percent(b.roiAtLow)} → ${percent(b.roiAtHigh)}`),
      bar(b.roiAtLow, LOW, 'low'),
      bar(b.roiAtHigh, HIGH, 'high'),
    );
    parts.push(group);
  });
  parts.push(...marker(x(s.roi), top - 6, bottom, `ROI ${percent(s.roi)}`, false));
  const ly = bottom + 12;
  parts.push(
    svg('rect', { x: 4, y: ly - 8, width: 9, height: 9, fill: LOW }), svg('text', { x: 17, y: ly, fill: INK }, 'input low'),
    svg('rect', { x: 84, y: ly - 8, width: 9, height: 9, fill: HIGH }), svg('text', { x: 97, y: ly, fill: INK }, 'input high'),
  );
  return chart('sensitivity-tornado', height, `What moves the ROI of ${s.name}`, tornadoDescription(s), ...parts);
}

/** The simulated range: a band from P10 to P90, P50 marked, the base ROI as a dot. */
export function rangeChart(s: Measured, sim: SimulatedRoi): SVGSVGElement {
  const x = scale([sim.p10, sim.p90, s.roi]);
  const y = 22;
  const parts: SVGElement[] = [
    svg('rect', { class: 'band', x: x(sim.p10), y, width: Math.max(1, x(sim.p90) - x(sim.p10)), height: 12, fill: HIGH, 'fill-opacity': 0.35, stroke: HIGH }),
    svg('line', { class: 'p50', x1: x(sim.p50), x2: x(sim.p50), y1: y - 2, y2: y + 14, stroke: INK, 'stroke-width': 2 }),
    svg('text', { x: x(sim.p50), y: y - 5, 'text-anchor': 'middle', fill: INK }, `P50 ${percent(sim.p50)}`),
    svg('circle', { cx: x(s.roi), cy: y + 6, r: 3, fill: INK }),
    svg('text', { x: x(sim.p10), y: y + 27, 'text-anchor': 'start', fill: INK }, `P10 ${percent(sim.p10)}`),
    svg('text', { x: x(sim.p90), y: y + 27, 'text-anchor': 'end', fill: INK }, `P90 ${percent(sim.p90)}`),
  ];
  return chart('sensitivity-range', 56, `Simulated ROI of ${s.name}`, `${simulationRangeText(sim)}; the dot is the ROI as it stands, ${percent(s.roi)}.`, ...parts);
}

export function renderSensitivity(s: Sensitivity, errors: number, noun: 'workbook' | 'spreadsheet'): HTMLElement {
  if (!s.ok) {
    return h('div', { class: 'report', id: 'sensitivity-report' },
      resultHeading('sensitivity-result-title', sensitivityHeading(s)),
      h('p', { class: 'notice', id: 'sensitivity-reason' }, s.reason));
  }
  const caveat = sensitivityCaveat(errors, noun);
  const head = (...labels: string[]) => h('thead', {}, h('tr', {}, ...labels.map((l) => h('th', { scope: 'col' }, l))));
  return h('div', { class: 'report', id: 'sensitivity-report' },
    resultHeading('sensitivity-result-title', sensitivityHeading(s)),
    caveat ? h('p', { class: 'notice', id: 'sensitivity-caveat' }, caveat) : null,
    h('h4', {}, 'What moves ROI most'),
    tornadoChart(s),
    h('table', { class: 'figures sensitivity-table', id: 'sensitivity-table' },
      h('caption', {}, 'ROI with each input at its low and high end, largest swing first'),
      head('Input and its range', 'ROI low → high', 'Swing'),
      // The range under the input's name: three columns fit a 300-pixel pane.
      h('tbody', {}, ...sensitivityRows(s).map(([label, range, ...cells]) => h('tr', {},
        h('th', { scope: 'row' }, label, h('span', { class: 'range' }, range)), ...cells.map((c) => h('td', {}, c)))))),
    h('h4', {}, 'Simulated range'),
    s.simulation ? rangeChart(s, s.simulation) : null,
    h('p', { id: 'sensitivity-simulation' }, s.simulation ? simulationText(s.simulation) : `No simulation: ${s.simulationProblem ?? ''}`),
    h('details', {}, h('summary', {}, 'How this is worked out'),
      h('ul', { class: 'notes' }, ...sensitivityRules(s, RELATIVE_SWING, ISOLATION_DEFAULT_SWING).map((t) => h('li', {}, t)))),
  );
}

const valueOf = (subject: SensitivitySubject) => String(subject);
const subjectOf = (value: string): SensitivitySubject => (value === 'portfolio' ? 'portfolio' : Number(value));

export const sensitivityPanel: Panel = {
  id: 'sensitivity',
  label: 'Sensitivity',
  render(section, { bridge }) {
    const parts = panelParts(section, 'sensitivity');
    const select = h('select', { id: 'sensitivity-subject', name: 'subject', 'aria-describedby': 'sensitivity-subject-hint' },
      h('option', { value: 'portfolio' }, 'Portfolio'));
    const button = h('button', { type: 'submit', class: 'primary', id: 'sensitivity-button' }, 'Show sensitivity');
    const form = h('form', { class: 'sensitivity-form', id: 'sensitivity-form', novalidate: true },
      h('label', { for: 'sensitivity-subject', class: 'field-label' }, 'Show the sensitivity of'),
      h('p', { class: 'hint', id: 'sensitivity-subject-hint' }, 'The portfolio, or one initiative: the list fills from the framework the first time.'),
      select, button);

    /** The choices the host sent, keeping the one chosen when it is still there. */
    const offer = (choices: readonly SensitivityChoice[]) => {
      const chosen = select.value;
      replaceChildren(select, ...choices.map((c) => h('option', { value: valueOf(c.subject) }, c.label)));
      select.value = choices.some((c) => valueOf(c.subject) === chosen) ? chosen : 'portfolio';
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const subject = subjectOf(select.value);
      void parts.busy(button, 'Reading the framework sheets…', 'The sensitivity could not be worked out', async () => {
        replaceChildren(parts.result);
        const result = await bridge.sensitivity(subject);
        if (!result.ok) {
          parts.noFramework(result);
          return;
        }
        offer(result.choices);
        const s = result.sensitivity;
        parts.say(s.ok ? `Showing what moves the ROI of ${s.name}.` : s.reason);
        replaceChildren(parts.result, renderSensitivity(s, result.errors, bridge.document));
        focusResult(parts, 'sensitivity-result-title');
      });
    });

    replaceChildren(section,
      h('h2', {}, 'Sensitivity'),
      h('p', {}, `Which inputs move ROI most, and the range of ROI a simulation gives. Nothing in the ${bridge.document} changes.`),
      form, parts.status, parts.error, parts.result,
    );
  },
};
