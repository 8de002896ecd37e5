/** Entry of `taskpane.js`: waits for Office, then mounts the pane. Everything else is in modules. */
import { CATALOGUE } from '../../core';
import { buildWorkbookSpec, renameSheets } from '../../core/templates';
import { mountApp } from './app';
import { officeHost } from './host';
import { functionsPanel } from './panels/functions';
import { setupPanel } from './panels/setup';
import { auditPanel } from './panels/audit';
import { summaryPanel } from './panels/summary';
import { planPanel } from './panels/plan';
import { snapshotPanel } from './panels/snapshot';
import { InsightsService } from '../insights/service';

Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  // Outside Excel (the page opened in a plain browser) keep the "open it from Excel" message.
  if (info.host !== Office.HostType.Excel && String(info.host) !== 'Excel') return;
  const host = officeHost();
  const insights = new InsightsService(host);
  mountApp(root, [
    setupPanel(host, { buildWorkbookSpec, renameSheets }),
    auditPanel(insights), summaryPanel(insights), planPanel(insights), snapshotPanel(insights),
    functionsPanel(CATALOGUE),
  ]);
});
