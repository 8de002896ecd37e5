/**
 * Plan: the user's budget in, the core's portfolio plan out (ranked by the server's `planPortfolio`):
 * funded and unfunded initiatives in rank order with the reason, the budget by objective, the three
 * return scenarios and what each initiative needs to break even. Nothing in the spreadsheet changes.
 */
import { money, percent, ratio, type PlanLine, type PortfolioPlan, type ScenarioName } from '../../../core/insights';
import { h, replaceChildren } from '../dom';
import type { Panel } from './panel';
import { panelParts, resultHeading, showNoFramework } from './status';

/** The server's limit too: more than a trillion is a typing mistake. */
export const MAX_BUDGET = 1e12;

/** `250000`, `250,000`, `$250,000.50` → the amount; otherwise the message shown beside the field. */
export function parseBudget(text: string): { ok: true; budget: number } | { ok: false; message: string } {
  const cleaned = text.trim().replace(/^[$€£]\s*/, '').replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter the budget for the next period, for example 250000.' };
  if (cleaned.startsWith('-')) return { ok: false, message: 'The budget cannot be negative.' };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return { ok: false, message: `“${text.trim()}” is not an amount: use digits, for example 250000 or 250,000.` };
  const budget = Number(cleaned);
  if (budget > MAX_BUDGET) return { ok: false, message: 'That amount is too large: enter the budget in dollars, at most 1,000,000,000,000.' };
  return { ok: true, budget };
}

const or = (value: number | null, show: (n: number) => string, none = 'not measured') => (value === null ? none : show(value));

/** What an initiative needs to break even, in money and, when the metric has a value per unit, in its change. */
export function breakEvenText(line: PlanLine): string {
  if (line.breakEvenBenefit === null) return 'Break-even: not known yet (no fully loaded cost, isolation or confidence).';
  const change = line.breakEvenChange !== null && line.metric
    ? `, a change of ${line.breakEvenChange.toLocaleString('en-US', { maximumFractionDigits: 2 })} a year in “${line.metric}”` : '';
  const cover = line.breakEvenCover !== null ? ` The change measured now is ${percent(line.breakEvenCover)} of that.` : '';
  return `Break-even: ${money(line.breakEvenBenefit)} of gross benefit${change}.${cover}`;
}

function lineItem(line: PlanLine): HTMLElement {
  return h('li', { class: `plan-line ${line.funded ? 'funded' : 'unfunded'}` },
    h('span', { class: 'plan-name' }, `${line.rank}. ${line.name}`),
    h('span', { class: 'plan-detail' }, `Request ${money(line.request)} · alignment ${or(line.alignmentScore, (n) => n.toFixed(1))} · expected BCR ${or(line.expectedBCR, ratio)}`),
    line.funded ? undefined : h('span', { class: 'reason' }, `Not funded: ${line.reason}.`),
    h('span', { class: 'plan-detail' }, breakEvenText(line)),
  );
}

const SCENARIOS: readonly { readonly key: ScenarioName; readonly label: string }[] = [
  { key: 'conservative', label: 'Conservative' },
  { key: 'expected', label: 'Expected' },
  { key: 'optimistic', label: 'Optimistic' },
];

export function renderPlan(plan: PortfolioPlan, errors: number): HTMLElement {
  const row = (label: string, ...cells: string[]) => h('tr', {}, h('th', { scope: 'row' }, label), ...cells.map((c) => h('td', {}, c)));
  return h('div', { class: 'report', id: 'plan-report' },
    resultHeading('plan-result-title', `${plan.fundedLines.length} of ${plan.lines.length} initiatives funded`),
    errors > 0 ? h('p', { class: 'note', id: 'plan-caveat' }, `The audit found ${errors} ${errors === 1 ? 'error' : 'errors'}: this plan uses the figures as they stand. See Audit.`) : undefined,
    h('table', { class: 'figures', id: 'plan-totals' },
      h('caption', {}, 'Budget'),
      h('tbody', {}, row('Budget', money(plan.budget)), row('Requested', money(plan.requested)), row('Funded', money(plan.funded)), row('Left', money(plan.left)))),
    h('h4', { id: 'plan-funded-title' }, `Funded, by rank (${plan.fundedLines.length})`),
    plan.fundedLines.length > 0
      ? h('ul', { class: 'plan-lines', id: 'plan-funded', 'aria-labelledby': 'plan-funded-title' }, ...plan.fundedLines.map(lineItem))
      : h('p', { id: 'plan-funded' }, 'Nothing fits in this budget.'),
    h('h4', { id: 'plan-unfunded-title' }, `Not funded (${plan.unfundedLines.length})`),
    plan.unfundedLines.length > 0
      ? h('ul', { class: 'plan-lines', id: 'plan-unfunded', 'aria-labelledby': 'plan-unfunded-title' }, ...plan.unfundedLines.map(lineItem))
      : h('p', { id: 'plan-unfunded' }, 'Every initiative that asked for money is funded.'),
    plan.byObjective.length > 0
      ? h('table', { class: 'figures', id: 'plan-objectives' },
        h('caption', {}, 'Budget by objective'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Objective'), h('th', { scope: 'col' }, 'Amount'), h('th', { scope: 'col' }, 'Share'))),
        h('tbody', {}, ...plan.byObjective.map((o) => row(o.objective || '(no name)', money(o.amount), percent(o.share)))))
      : h('p', { id: 'plan-objectives' }, 'No objectives on Strategy to split the budget by.'),
    h('table', { class: 'figures', id: 'plan-scenarios' },
      h('caption', {}, 'Return of the funded initiatives'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Scenario'), h('th', { scope: 'col' }, 'Benefits'), h('th', { scope: 'col' }, 'BCR'), h('th', { scope: 'col' }, 'ROI'))),
      h('tbody', {}, ...SCENARIOS.map(({ key, label }) => {
        const s = plan.scenarios[key];
        return row(label, money(s.benefits), or(s.bcr, ratio, '–'), or(s.roi, (n) => percent(n), '–'));
      }))),
    h('details', {}, h('summary', {}, 'How the plan is made'), h('p', { class: 'hint' }, plan.rules)),
  );
}

export const planPanel: Panel = {
  id: 'plan',
  title: 'Plan',
  render(body, { server }) {
    const parts = panelParts(body, 'plan');
    const input = h('input', {
      type: 'text', id: 'plan-budget', name: 'budget', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'plan-budget-hint plan-budget-error',
    });
    const fieldError = h('p', { class: 'field-error', id: 'plan-budget-error', 'aria-live': 'polite' });
    const button = h('button', { type: 'submit', class: 'primary', id: 'plan-button' }, 'Plan the portfolio');
    const form = h('form', { class: 'plan-form', id: 'plan-form', novalidate: true },
      h('label', { for: 'plan-budget', class: 'field-label' }, 'Budget for the next period ($)'),
      h('p', { class: 'hint', id: 'plan-budget-hint' }, 'The money available for learning initiatives, e.g. 1,500,000.'),
      input, fieldError, button);

    const check = (): number | undefined => {
      const parsed = parseBudget(input.value);
      if (!parsed.ok) {
        fieldError.textContent = parsed.message;
        input.setAttribute('aria-invalid', 'true');
        return undefined;
      }
      fieldError.textContent = '';
      input.removeAttribute('aria-invalid');
      return parsed.budget;
    };
    // Once marked wrong, the field says as soon as it is right again.
    input.addEventListener('input', () => {
      if (input.getAttribute('aria-invalid') === 'true') check();
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const budget = check();
      if (budget === undefined) {
        input.focus();
        return;
      }
      void parts.busy(button, 'Reading the framework sheets…', 'The plan could not be made', async () => {
        replaceChildren(parts.result);
        const result = await server.planPortfolio(budget);
        if (!result.ok) {
          showNoFramework(parts, 'plan', result);
          return;
        }
        const plan = result.plan;
        parts.say(`Planned: ${plan.fundedLines.length} of ${plan.lines.length} initiatives funded, ${money(plan.left)} left.`);
        replaceChildren(parts.result, renderPlan(plan, result.errors));
        parts.result.querySelector<HTMLElement>('#plan-result-title')?.focus();
      });
    });

    replaceChildren(body,
      h('p', {}, 'Ranks the initiatives by alignment and expected return and funds them within your budget. Nothing in the spreadsheet changes.'),
      form, parts.status, parts.error, parts.result,
    );
  },
};
