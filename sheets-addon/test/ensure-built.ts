/** The built add-on (dist/sheets/), rebuilt when stale: test/support/ensure-built.ts. */
import { builtBundle } from '../../test/support/ensure-built';

export const { DIST, ensure: ensureSheetsBuild } = builtBundle({
  name: 'sheets',
  outputs: ['Code.js', 'Sidebar.html', 'appsscript.json'],
  sources: ['core', 'ui', 'sheets-addon/server', 'sheets-addon/sidebar', 'sheets-addon/webpack.config.js', 'scripts/webpack-common.js', 'scripts/webpack-apps-script.js', 'scripts/sheets-entry.ts', 'sheets-addon/appsscript.json'],
  config: 'sheets-addon/webpack.config.js',
});
