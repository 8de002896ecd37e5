/**
 * What every panel is and has: an entry in the tab list, and a live status line, an alert for
 * failures and a result area; `busy` runs a host call with its button disabled and says what went
 * wrong as text.
 */
import type { NoFramework } from '../../core/insights/pane';
import { failureMessage, type Bridge, type PaneContext } from '../bridge';
import { h, replaceChildren } from '../dom';

export interface PanelEnv {
  readonly bridge: Bridge;
  /** What the host said on opening; undefined when it could not be read. */
  readonly context: Promise<PaneContext | undefined>;
}

export interface Panel {
  /** Used for element ids: `tab-<id>`, `panel-<id>`. */
  readonly id: string;
  readonly label: string;
  /** Fills the panel's section, once, when the pane starts. */
  render(section: HTMLElement, env: PanelEnv): void;
}

export interface PanelParts {
  readonly status: HTMLElement;
  readonly error: HTMLElement;
  readonly result: HTMLElement;
  say(text: string): void;
  /** Runs `work` with `button` disabled and the panel marked busy; a failure is shown as `what: message`. */
  busy(button: HTMLButtonElement, working: string, what: string, work: () => Promise<void>): Promise<void>;
  /** The core's no-framework message in the result area (`#<id>-none`). */
  noFramework(result: NoFramework): void;
}

export function panelParts(section: HTMLElement, id: string): PanelParts {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'status-text', id: `${id}-status` });
  const error = h('div', { role: 'alert', class: 'error', id: `${id}-error` });
  const result = h('div', { class: 'result', id: `${id}-result` });
  const say = (text: string) => { status.textContent = text; };
  return {
    status, error, result, say,
    async busy(button, working, what, work) {
      button.disabled = true;
      section.setAttribute('aria-busy', 'true');
      error.textContent = '';
      say(working);
      try {
        await work();
      } catch (e) {
        say('');
        error.textContent = `${what}: ${failureMessage(e)}`;
      } finally {
        button.disabled = false;
        section.removeAttribute('aria-busy');
      }
    },
    // The core's reason is a whole sentence that says what to do (build one with Set up).
    noFramework(none) {
      say('');
      replaceChildren(result, h('p', { class: 'notice', id: `${id}-none` }, none.reason));
    },
  };
}

/** A heading that takes focus after a result appears, so keyboard and screen-reader users land on it. */
export function resultHeading(id: string, text: string): HTMLElement {
  return h('h3', { id, tabindex: '-1' }, text);
}

/** Moves focus to the result's heading. */
export function focusResult(parts: PanelParts, id: string): void {
  parts.result.querySelector<HTMLElement>(`#${id}`)?.focus();
}
