/**
 * Summary: the core's executive summary (a few paragraphs in business language, from the figures),
 * shown as text, copyable, and insertable as a new sheet (never over an existing one).
 */
import { summaryInsertedText, summaryText } from '../../core/insights/pane';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel } from './parts';

/**
 * Copies `text`: the Clipboard API where the page may use it, else the older copy command on a
 * hidden text area. Resolves false when neither is allowed (the panel then selects the text).
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard && typeof clipboard.writeText === 'function') {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed in this frame (Office's web view, Apps Script's iframe): try the copy command.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  doc.body.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.body.removeChild(area);
  }
}

/** Selects the contents of `element`, so a person can copy it with Ctrl+C. */
function selectContents(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

export const summaryPanel: Panel = {
  id: 'summary',
  label: 'Summary',
  render(section, { bridge }) {
    const parts = panelParts(section, 'summary');
    const write = h('button', { type: 'button', class: 'primary', id: 'summary-button' }, 'Write the summary');
    const copy = h('button', { type: 'button', class: 'secondary', id: 'summary-copy', disabled: true }, 'Copy');
    const insert = h('button', { type: 'button', class: 'secondary', id: 'summary-insert', disabled: true }, 'Insert as sheet');
    let text = '';
    const enable = (on: boolean) => { copy.disabled = !on; insert.disabled = !on; };

    write.addEventListener('click', () => parts.busy(write, 'Reading the framework sheets…', 'The summary could not be written', async () => {
      replaceChildren(parts.result);
      enable(false);
      const report = await bridge.audit();
      if (!report.ok) {
        parts.noFramework(report);
        return;
      }
      text = summaryText(report.summary);
      replaceChildren(parts.result,
        h('article', { class: 'summary-text', id: 'summary-text', 'aria-labelledby': 'summary-title' },
          resultHeading('summary-title', report.summary.title),
          ...report.summary.paragraphs.map((p) => h('p', {}, p))));
      enable(true);
      parts.say(`Summary written: ${report.summary.paragraphs.length} paragraphs.`);
      focusResult(parts, 'summary-title');
    }));

    copy.addEventListener('click', () => parts.busy(copy, 'Copying…', 'The summary could not be copied', async () => {
      if (await copyText(text)) {
        parts.say('Copied the summary: paste it into an email or a document.');
        return;
      }
      const shown = parts.result.querySelector<HTMLElement>('#summary-text');
      if (shown) selectContents(shown);
      parts.say('This page may not use the clipboard: the summary is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    }));

    insert.addEventListener('click', () => parts.busy(insert, 'Adding a sheet…', 'The summary could not be inserted', async () => {
      const result = await bridge.insertSummarySheet();
      if (!result.ok) {
        parts.noFramework(result);
        return;
      }
      parts.say(summaryInsertedText(result.sheet));
    }));

    replaceChildren(section,
      h('h2', {}, 'Summary'),
      h('p', {}, 'A few paragraphs for executives: investment, benefits, return, alignment, what changed and any caveats, written from the figures.'),
      write,
      h('div', { class: 'button-row' }, copy, insert),
      parts.status, parts.error, parts.result,
    );
  },
};
