/**
 * Builds the Excel add-in into dist/excel/:
 *   functions.js    the LD.* custom functions (core + thin wrappers), one self-contained script
 *   taskpane.js     the task pane: the shared pane (ui/) over the Excel bridge (taskpane/bridge.ts)
 *   pane.css        the pane's stylesheet (ui/pane.css, shared with the Sheets sidebar)
 *   taskpane.html   the shared-runtime page: Office.js from Microsoft's CDN, then both scripts
 *   functions.json  generated from the core catalogue (excel-addin/functions/metadata.ts)
 *   manifest.xml    the root manifest with https://localhost:3000/ replaced by ADDIN_PUBLIC_URL
 *   assets/         icons
 *
 * Production URL: `ADDIN_PUBLIC_URL=https://addin.example.com/ld/ npm run build -- excel`
 * (or `--env publicUrl=...`). Without it the manifest keeps https://localhost:3000/ (npm start).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ROOT, baseConfig, assetStep, loadTs } = require('../scripts/webpack-common');

const DEV_URL = 'https://localhost:3000/';

function publicUrlFrom(env) {
  const raw = (env && env.publicUrl) || process.env.ADDIN_PUBLIC_URL || DEV_URL;
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^\s"'<>&]+\/$/.test(url)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL without quotes or spaces, got: ${raw}`);
  }
  return url;
}

/** Writes functions.json from the catalogue, so it can never drift from core/. */
const functionsJson = assetStep('FunctionsJsonPlugin', 'ADDITIONAL', (compilation, compiler) => {
  const { buildFunctionsJson } = loadTs('./functions/metadata.ts', __filename);
  const { CATALOGUE } = loadTs('../core/index.ts', __filename);
  compilation.emitAsset('functions.json', new compiler.webpack.sources.RawSource(`${JSON.stringify(buildFunctionsJson(CATALOGUE), null, 2)}\n`));
  compilation.fileDependencies.add(path.join(ROOT, 'core', 'catalogue.ts'));
});

module.exports = (env = {}, argv = {}) => {
  const publicUrl = publicUrlFrom(env);
  return {
    ...baseConfig(argv.mode || 'production'),
    entry: {
      functions: './excel-addin/functions/functions.ts',
      taskpane: './excel-addin/taskpane/taskpane.ts',
    },
    output: { path: path.join(ROOT, 'dist', 'excel'), filename: '[name].js', clean: true },
    // terser in one pass: webpack's default second pass cost ROI over 100,000 rows 1.6-3.9x the core's
    // time (functions.js 1.0x with one pass, 0.1% larger; `npm run bench`, "ROI per call").
    optimization: { minimizeOptions: { javascript: { compress: { passes: 1 } } } },
    plugins: [
      functionsJson,
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.join(__dirname, 'taskpane', 'taskpane.html'),
        // The shared runtime runs the custom functions in this page too: load both, functions first.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(__dirname, 'assets'), to: 'assets' },
          { from: path.join(ROOT, 'ui', 'pane.css'), to: 'pane.css' },
          {
            from: path.join(ROOT, 'manifest.xml'),
            to: 'manifest.xml',
            // Full URLs take the public URL; the bare origin (AppDomain) takes its origin.
            transform: (content) => content.toString().split(DEV_URL).join(publicUrl).split(DEV_URL.slice(0, -1)).join(new URL(publicUrl).origin),
          },
        ],
      }),
    ],
  };
};
module.exports.DEV_URL = DEV_URL;
