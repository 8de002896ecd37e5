/**
 * The parts every insights panel has: a polite live status line, an alert for failures, and a result
 * area; `busy` runs a server call with its button disabled and says what went wrong as text.
 */
import { failureMessage, type NoFramework } from '../bridge';
import { h, replaceChildren } from '../dom';

export interface PanelParts {
  readonly status: HTMLElement;
  readonly error: HTMLElement;
  readonly result: HTMLElement;
  say(text: string): void;
  /** Runs `work` with `button` disabled and the panel marked busy; a failure is shown as `what: message`. */
  busy(button: HTMLButtonElement, working: string, what: string, work: () => Promise<void>): Promise<void>;
}

export function panelParts(section: HTMLElement, id: string): PanelParts {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status-text', id: `${id}-status` });
  const error = h('div', { role: 'alert', class: 'error', id: `${id}-error` });
  const result = h('div', { class: 'result', id: `${id}-result` });
  return {
    status, error, result,
    say(text) {
      status.textContent = text;
    },
    async busy(button, working, what, work) {
      button.disabled = true;
      section.setAttribute('aria-busy', 'true');
      error.textContent = '';
      status.textContent = working;
      try {
        await work();
      } catch (e) {
        status.textContent = '';
        error.textContent = `${what}: ${failureMessage(e)}`;
      } finally {
        button.disabled = false;
        section.removeAttribute('aria-busy');
      }
    },
  };
}

/** The message for a spreadsheet the core could not read as a framework. */
export function noFrameworkText(result: NoFramework): string {
  return `This spreadsheet has no L&D framework to read (${result.reason}). Use “Set up the framework” above to add one, or open a spreadsheet that has one.`;
}

/** Shows the no-framework message in a panel's result area. */
export function showNoFramework(parts: PanelParts, id: string, result: NoFramework): void {
  parts.say('');
  replaceChildren(parts.result, h('p', { class: 'note', id: `${id}-none` }, noFrameworkText(result)));
}

/** A heading that takes focus after a result appears, so keyboard and screen-reader users land on it. */
export function resultHeading(id: string, text: string): HTMLElement {
  return h('h3', { id, tabindex: '-1' }, text);
}
