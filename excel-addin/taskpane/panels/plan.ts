/**
 * "Plan": the user's budget in, the core's portfolio plan out: initiatives ranked and funded within
 * the budget, the budget by objective, the three scenarios and what each initiative needs to break
 * even. Nothing is written unless the user inserts the plan as a new sheet.
 */
import { money, percent, planPortfolio, ratio, type PlanLine, type PortfolioPlan } from '../../../core/insights';
import type { InsightsService } from '../../insights/service';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';
import { notAFramework, panelParts } from './status';

/** `250,000`, `$250000`, ` 250000.50 ` → a number; otherwise the message to show beside the field. */
export function parseBudget(text: string): { ok: true; budget: number } | { ok: false; message: string } {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '').trim();
  if (cleaned === '') return { ok: false, message: 'Enter the budget for the next period, for example 250000.' };
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { ok: false, message: `“${text.trim()}” is not an amount: use digits only, for example 250000 or 250,000.` };
  const budget = Number(cleaned);
  if (!Number.isFinite(budget)) return { ok: false, message: 'That amount is too large.' };
  return { ok: true, budget };
}

const or = (value: number | null, show: (n: number) => string, none = 'not measured') => (value === null ? none : show(value));

export function breakEvenText(line: PlanLine): string {
  if (line.breakEvenBenefit === null) return 'Break-even: not known (no fully loaded cost or adjustment yet).';
  const change = line.breakEvenChange !== null && line.metric
    ? `, a change of ${line.breakEvenChange.toLocaleString('en-US', { maximumFractionDigits: 2 })} a year in ${line.metric}` : '';
  const cover = line.breakEvenCover !== null ? ` The change measured now is ${percent(line.breakEvenCover)} of that.` : '';
  return `Break-even: ${money(line.breakEvenBenefit)} of gross benefit${change}.${cover}`;
}

function lineItem(line: PlanLine): HTMLElement {
  return h('li', { class: `plan-line ${line.funded ? 'funded' : 'unfunded'}` },
    h('strong', { class: 'plan-name' }, `${line.rank}. ${line.name}`),
    h('span', { class: 'hint' }, `Request ${money(line.request)} · alignment ${or(line.alignmentScore, (n) => n.toFixed(2))} · expected BCR ${or(line.expectedBCR, ratio)}`),
    line.funded ? null : h('span', { class: 'reason' }, `Not funded: ${line.reason}`),
    h('span', { class: 'hint' }, breakEvenText(line)),
  );
}

export function renderPlan(plan: PortfolioPlan): HTMLElement {
  const scenario = (label: string, key: 'conservative' | 'expected' | 'optimistic') => {
    const s = plan.scenarios[key];
    return [h('dt', {}, label), h('dd', {}, `${money(s.benefits)} · ROI ${or(s.roi, (n) => percent(n))} · BCR ${or(s.bcr, ratio)}`)];
  };
  return h('div', { class: 'report' },
    h('dl', { class: 'figures' },
      h('dt', {}, 'Budget'), h('dd', {}, money(plan.budget)),
      h('dt', {}, 'Requested'), h('dd', {}, money(plan.requested)),
      h('dt', {}, 'Funded'), h('dd', {}, money(plan.funded)),
      h('dt', {}, 'Left'), h('dd', {}, money(plan.left))),
    h('h3', {}, `Funded (${plan.fundedLines.length})`),
    plan.fundedLines.length > 0 ? h('ul', { class: 'plan-lines' }, ...plan.fundedLines.map(lineItem)) : h('p', {}, 'Nothing fits in this budget.'),
    h('h3', {}, `Not funded (${plan.unfundedLines.length})`),
    plan.unfundedLines.length > 0 ? h('ul', { class: 'plan-lines' }, ...plan.unfundedLines.map(lineItem)) : h('p', {}, 'Every initiative is funded.'),
    h('h3', {}, 'Budget by objective'),
    plan.byObjective.length > 0
      ? h('dl', { class: 'figures' }, ...plan.byObjective.flatMap((o) => [h('dt', {}, o.objective), h('dd', {}, `${money(o.amount)} (${percent(o.share)})`)]))
      : h('p', {}, 'No funded initiative is linked to an objective.'),
    h('h3', {}, 'Scenarios (funded initiatives)'),
    h('dl', { class: 'scenarios' }, ...scenario('Conservative', 'conservative'), ...scenario('Expected', 'expected'), ...scenario('Optimistic', 'optimistic')),
    h('p', { class: 'hint' }, plan.rules),
  );
}

export function planPanel(service: InsightsService): Panel {
  return {
    id: 'plan',
    label: 'Plan',
    render(container) {
      const parts = panelParts(container, 'plan');
      const input = h('input', {
        type: 'text', id: 'plan-budget', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'plan-budget-hint plan-budget-error',
      });
      const fieldError = h('p', { class: 'field-error', id: 'plan-budget-error' });
      const button = h('button', { type: 'submit', class: 'primary', id: 'plan-button' }, 'Plan the portfolio');
      const insert = h('button', { type: 'button', class: 'secondary', id: 'plan-insert', disabled: true }, 'Insert as sheet');
      let plan: PortfolioPlan | undefined;
      const form = h('form', { class: 'plan-form', novalidate: true },
        h('label', { for: 'plan-budget', class: 'field-label' }, 'Budget for the next period ($)'),
        h('span', { class: 'hint', id: 'plan-budget-hint' }, 'The money available for learning initiatives, e.g. 250,000.'),
        input, fieldError, button);

      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const parsed = parseBudget(input.value);
        if (!parsed.ok) {
          fieldError.textContent = parsed.message;
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        fieldError.textContent = '';
        input.removeAttribute('aria-invalid');
        void parts.busy(button, 'Reading the framework sheets…', 'The plan could not be made', async () => {
          replaceChildren(parts.result);
          plan = undefined;
          insert.disabled = true;
          const report = await service.audit();
          if (!report.ok) {
            parts.say('');
            replaceChildren(parts.result, h('p', { class: 'notice' }, notAFramework(report.reason)));
            return;
          }
          plan = planPortfolio(report.model, parsed.budget);
          insert.disabled = false;
          parts.say(`Planned: ${plan.fundedLines.length} of ${plan.lines.length} initiatives funded, ${money(plan.left)} left.`);
          replaceChildren(parts.result, renderPlan(plan));
        });
      });
      insert.addEventListener('click', () => parts.busy(insert, 'Adding a sheet…', 'The plan could not be inserted', async () => {
        if (!plan) return;
        const name = await service.insertPlan(plan);
        parts.say(`Added the plan as a new sheet, “${name}”.`);
      }));

      replaceChildren(container,
        h('h2', {}, 'Plan'),
        h('p', {}, 'Ranks the initiatives by alignment and expected return and funds them within your budget. Nothing in the workbook changes.'),
        form, insert, parts.status, parts.error, parts.result,
      );
    },
  };
}
