/**
 * The Apps Script packaging steps of the Sheets build (sheets-addon/webpack.config.js): one JSDoc per
 * custom function in Code.js, and a sidebar page with its script and style inlined (HtmlService serves
 * one file; clasp would push a separate .js as server code).
 */
const { assetStep } = require('./webpack-common');

/**
 * gas-webpack-plugin copies each JSDoc onto its top-level stub; the copy left inside the bundle is
 * removed, so Code.js holds exactly one @customfunction block per function, on its declaration.
 */
const singleJsdoc = assetStep('SingleJsdocPlugin', 'REPORT', (compilation, compiler) => {
  const asset = compilation.getAsset('Code.js');
  if (!asset) return;
  const text = asset.source.source().toString();
  const start = text.indexOf('/******/');
  if (start < 0) throw new Error('Code.js: the webpack bootstrap was not found');
  const body = text.slice(start).replace(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n?/g, (comment) => (comment.includes('@customfunction') ? '' : comment));
  compilation.updateAsset('Code.js', new compiler.webpack.sources.RawSource(text.slice(0, start) + body));
});

/**
 * Minifies Code.js's bundle (everything after the stubs) with terser; the stubs and their JSDoc stay as
 * written, since Sheets reads @customfunction, @param and @return there. Names of functions and classes
 * are kept (messages and stack traces name them). ASCII only (non-ASCII text escaped): V8 scans a
 * one-byte body faster (about 10% of the load). Each webpack module stays an unparenthesised function
 * in the modules array, so V8 only pre-parses it at load and compiles it on its first require.
 */
const minifyBundle = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MinifyBundlePlugin', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tapPromise({ name: 'MinifyBundlePlugin', stage }, async () => {
        const asset = compilation.getAsset('Code.js');
        if (!asset) return;
        const text = asset.source.source().toString();
        const start = text.indexOf('/******/');
        if (start < 0) throw new Error('Code.js: the webpack bootstrap was not found');
        const { minify } = require('terser');
        const names = { keep_fnames: true, keep_classnames: true };
        const result = await minify(text.slice(start), {
          ecma: 2019, compress: { ...names }, mangle: { ...names }, format: { comments: false, wrap_func_args: false, ascii_only: true },
        });
        compilation.updateAsset('Code.js', new compiler.webpack.sources.RawSource(`${text.slice(0, start)}/******/ // the webpack bundle, minified\n${result.code}\n`));
      });
    });
  },
};

/** Drops the emitted `asset` (once inlined into the page). */
const dropAsset = (asset) => assetStep('InlineSidebarPlugin', 'REPORT', (compilation) => {
  if (compilation.getAsset(asset)) compilation.deleteAsset(asset);
});

/** Text safe inside an inline <script> or <style>. */
function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`).replace(/<!--/g, '<\\!--');
}

module.exports = { singleJsdoc, minifyBundle, dropAsset, inlineSafe };
