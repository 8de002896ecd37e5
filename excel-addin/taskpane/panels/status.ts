/** The parts every insights panel has: a live status line, an alert for failures, a result area. */
import { h } from '../dom';

export interface PanelParts {
  readonly status: HTMLElement;
  readonly error: HTMLElement;
  readonly result: HTMLElement;
  /** Runs `work` with `button` disabled and the panel marked busy; failures go to the alert. */
  busy(button: HTMLButtonElement, working: string, what: string, work: () => Promise<void>): Promise<void>;
  say(text: string): void;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function panelParts(container: HTMLElement, id: string): PanelParts {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status-text', id: `${id}-status` });
  const error = h('div', { role: 'alert', class: 'error', id: `${id}-error` });
  const result = h('div', { class: 'result', id: `${id}-result` });
  return {
    status, error, result,
    say: (text) => { status.textContent = text; },
    async busy(button, working, what, work) {
      button.disabled = true;
      container.setAttribute('aria-busy', 'true');
      error.textContent = '';
      status.textContent = working;
      try {
        await work();
      } catch (e) {
        status.textContent = '';
        error.textContent = `${what}: ${errorText(e)}`;
      } finally {
        button.disabled = false;
        container.removeAttribute('aria-busy');
      }
    },
  };
}

/** The message for a workbook the core could not read as a framework. */
export function notAFramework(reason: string): string {
  return `This workbook has no L&D framework to read (${reason}). Use Set up to add the framework, or open a workbook that has one.`;
}
