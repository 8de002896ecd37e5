/**
 * "Summary": the executive summary in a few paragraphs, copyable, and insertable as a new sheet
 * (`Summary`, or the next free `Summary (n)`: an existing sheet is never written).
 */
import type { AuditReport } from '../../../core/insights';
import type { InsightsService } from '../../insights/service';
import { h, replaceChildren } from '../dom';
import type { Panel } from '../app';
import { notAFramework, panelParts } from './status';

/** Copies text: the async Clipboard API where allowed, else a hidden textarea and `execCommand('copy')`. */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Office's web view may deny the Clipboard API: fall back below.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  doc.body.appendChild(area);
  area.select();
  const copied = doc.execCommand('copy');
  doc.body.removeChild(area);
  if (!copied) throw new Error('this browser did not allow copying; select the text and copy it by hand');
}

export function summaryPanel(service: InsightsService, copy: (text: string) => Promise<void> = copyText): Panel {
  return {
    id: 'summary',
    label: 'Summary',
    render(container) {
      const parts = panelParts(container, 'summary');
      const show = h('button', { type: 'button', class: 'primary', id: 'summary-button' }, 'Write the summary');
      const copyButton = h('button', { type: 'button', class: 'secondary', id: 'summary-copy', disabled: true }, 'Copy');
      const insert = h('button', { type: 'button', class: 'secondary', id: 'summary-insert', disabled: true }, 'Insert as sheet');
      let report: Extract<AuditReport, { ok: true }> | undefined;
      const enable = (on: boolean) => { copyButton.disabled = !on; insert.disabled = !on; };

      show.addEventListener('click', () => parts.busy(show, 'Reading the framework sheets…', 'The summary could not be written', async () => {
        replaceChildren(parts.result);
        report = undefined;
        enable(false);
        const read = await service.audit();
        if (!read.ok) {
          parts.say('');
          replaceChildren(parts.result, h('p', { class: 'notice' }, notAFramework(read.reason)));
          return;
        }
        report = read;
        enable(true);
        parts.say('The summary is ready.');
        replaceChildren(parts.result, h('article', { class: 'summary-text', 'aria-label': 'Executive summary' },
          h('h3', {}, read.summary.title),
          ...read.summary.paragraphs.map((p) => h('p', {}, p))));
      }));
      copyButton.addEventListener('click', () => parts.busy(copyButton, 'Copying…', 'The summary could not be copied', async () => {
        if (!report) return;
        await copy(`${report.summary.title}\n\n${report.summary.text}`);
        parts.say('Copied the summary to the clipboard.');
      }));
      insert.addEventListener('click', () => parts.busy(insert, 'Adding a sheet…', 'The summary could not be inserted', async () => {
        if (!report) return;
        const name = await service.insertSummary(report);
        parts.say(`Added the summary as a new sheet, “${name}”.`);
      }));

      replaceChildren(container,
        h('h2', {}, 'Summary'),
        h('p', {}, 'A few paragraphs for executives: the investment, the return after adjustments, what is aligned, and the caveats. Written from the figures in this workbook.'),
        show,
        h('div', { class: 'button-row' }, copyButton, insert),
        parts.status, parts.error, parts.result,
      );
    },
  };
}
