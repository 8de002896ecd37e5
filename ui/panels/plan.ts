/**
 * Plan: the user's budget in, the core's portfolio plan out: funded and unfunded initiatives in rank
 * order with the reason, the budget by objective, the three return scenarios and what each initiative
 * needs to break even. The budget is checked as it is typed; nothing in the document changes until
 * the plan is inserted as a new sheet (never over an existing one).
 */
import { money, percent } from '../../core/insights/format';
import type { PlanLine, PortfolioPlan, ScenarioName } from '../../core/insights/plan';
import { breakEvenText, parseBudget, planCaveat, planHeading, planInsertedText, planLineDetail, scenarioCells } from '../../core/insights/pane';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel } from './parts';

const SCENARIOS: readonly { readonly key: ScenarioName; readonly label: string }[] = [
  { key: 'conservative', label: 'Conservative' },
  { key: 'expected', label: 'Expected' },
  { key: 'optimistic', label: 'Optimistic' },
];

function lineItem(line: PlanLine): HTMLElement {
  return h('li', { class: `plan-line ${line.funded ? 'funded' : 'unfunded'}` },
    h('span', { class: 'plan-name' }, `${line.rank}. ${line.name}`),
    h('span', { class: 'plan-detail' }, planLineDetail(line)),
    line.funded ? null : h('span', { class: 'reason' }, `Not funded: ${line.reason}.`),
    h('span', { class: 'plan-detail' }, breakEvenText(line)),
  );
}

export function renderPlan(plan: PortfolioPlan, errors: number): HTMLElement {
  const row = (label: string, ...cells: string[]) => h('tr', {}, h('th', { scope: 'row' }, label), ...cells.map((c) => h('td', {}, c)));
  const head = (...labels: string[]) => h('thead', {}, h('tr', {}, ...labels.map((l) => h('th', { scope: 'col' }, l))));
  const caveat = planCaveat(errors);
  return h('div', { class: 'report', id: 'plan-report' },
    resultHeading('plan-result-title', planHeading(plan)),
    caveat ? h('p', { class: 'notice', id: 'plan-caveat' }, caveat) : null,
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
        head('Objective', 'Amount', 'Share'),
        h('tbody', {}, ...plan.byObjective.map((o) => row(o.objective || '(no name)', money(o.amount), percent(o.share)))))
      : h('p', { id: 'plan-objectives' }, 'No objectives on Strategy to split the budget by.'),
    h('table', { class: 'figures', id: 'plan-scenarios' },
      h('caption', {}, 'Return of the funded initiatives'),
      head('Scenario', 'Benefits', 'BCR', 'ROI'),
      h('tbody', {}, ...SCENARIOS.map(({ key, label }) => row(label, ...scenarioCells(plan.scenarios[key]))))),
    h('details', {}, h('summary', {}, 'How the plan is made'), h('p', { class: 'hint' }, plan.rules)),
  );
}

export const planPanel: Panel = {
  id: 'plan',
  label: 'Plan',
  render(section, { bridge }) {
    const parts = panelParts(section, 'plan');
    const input = h('input', {
      type: 'text', id: 'plan-budget', name: 'budget', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'plan-budget-hint plan-budget-error',
    });
    const fieldError = h('p', { class: 'field-error', id: 'plan-budget-error', 'aria-live': 'polite' });
    const button = h('button', { type: 'submit', class: 'primary', id: 'plan-button' }, 'Plan the portfolio');
    const insert = h('button', { type: 'button', class: 'secondary', id: 'plan-insert', disabled: true }, 'Insert as sheet');
    /** The budget of the plan shown: what Insert as sheet writes. */
    let shown: number | undefined;
    const form = h('form', { class: 'plan-form', id: 'plan-form', novalidate: true },
      h('label', { for: 'plan-budget', class: 'field-label' }, 'Budget for the next period'),
      h('p', { class: 'hint', id: 'plan-budget-hint' }, 'The money available for learning initiatives, e.g. 1,500,000 or $1,500,000.'),
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
    // Once marked wrong, the field says so as it is typed, and clears as soon as it is right.
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
        insert.disabled = true;
        const result = await bridge.planPortfolio(budget);
        if (!result.ok) {
          parts.noFramework(result);
          return;
        }
        const plan = result.plan;
        parts.say(`Planned: ${plan.fundedLines.length} of ${plan.lines.length} initiatives funded, ${money(plan.left)} left.`);
        replaceChildren(parts.result, renderPlan(plan, result.errors));
        shown = budget;
        insert.disabled = false;
        focusResult(parts, 'plan-result-title');
      });
    });

    insert.addEventListener('click', () => parts.busy(insert, 'Adding a sheet…', 'The plan could not be inserted', async () => {
      const result = await bridge.insertPlanSheet(shown!);
      if (!result.ok) {
        parts.noFramework(result);
        return;
      }
      parts.say(planInsertedText(result.sheet));
    }));

    replaceChildren(section,
      h('h2', {}, 'Plan'),
      h('p', {}, `Ranks the initiatives by alignment and expected return and funds them within your budget. Nothing in the ${bridge.document} changes unless you insert the plan as a new sheet.`),
      form, h('div', { class: 'button-row' }, insert), parts.status, parts.error, parts.result,
    );
  },
};
