/** The built add-in (dist/excel/), rebuilt when stale: test/support/ensure-built.ts. */
import { builtBundle } from '../../test/support/ensure-built';

export { ROOT } from '../../test/support/ensure-built';
export const { DIST, ensure: ensureExcelBuild } = builtBundle({
  name: 'excel',
  outputs: ['functions.js', 'functions.json', 'taskpane.js', 'taskpane.html', 'pane.css', 'manifest.xml', 'assets/icon-32.png'],
  sources: ['core', 'ui', 'excel-addin/functions', 'excel-addin/taskpane', 'excel-addin/builder', 'excel-addin/insights', 'excel-addin/learning', 'excel-addin/assets', 'excel-addin/webpack.config.js', 'scripts/webpack-common.js', 'manifest.xml'],
  config: 'excel-addin/webpack.config.js',
  env: { ADDIN_PUBLIC_URL: '' },
});
