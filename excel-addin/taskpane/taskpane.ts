/** Entry of `taskpane.js`: waits for Office, then starts the shared pane (ui/) over the Excel bridge. */
import { startPane } from '../../ui/app';
import { excelBridge, officeHost } from './bridge';

Office.onReady((info) => {
  const root = document.getElementById('app');
  // Outside Excel (the page opened in a plain browser) keep the "open it from Excel" message.
  if (!root || (info.host !== Office.HostType.Excel && String(info.host) !== 'Excel')) return;
  startPane(root, excelBridge(officeHost()));
});
