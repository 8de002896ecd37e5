/**
 * What both hosts' webpack configs share (excel-addin/webpack.config.js, sheets-addon/webpack.config.js):
 * the repository root, TypeScript through ts-loader (type checking is tsc's job), the base config of a
 * browser-or-Apps-Script bundle, and a one-step plugin that rewrites the emitted assets.
 */
const path = require('path');
const { require: tsxRequire } = require('tsx/cjs/api');

const ROOT = path.resolve(__dirname, '..');

/**
 * The config every bundle starts from; `mode` 'none' keeps Apps Script's JSDoc (no minifier).
 * `esModules`: TypeScript emits ES modules (import/export) rather than CommonJS, so webpack can see which
 * exports are used and join modules into one scope (see sheets-addon/webpack.config.js).
 */
function baseConfig(mode, { esModules = false } = {}) {
  const esm = esModules ? { compilerOptions: { module: 'es2020' } } : {};
  return {
    mode,
    context: ROOT,
    devtool: mode === 'development' ? 'source-map' : false,
    target: ['web', 'es2019'],
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), ...esm } },
      }],
    },
    performance: { hints: false },
  };
}

/** A plugin running `step(compilation, compiler)` once per build at `stage` ('ADDITIONAL', 'REPORT', …) of processAssets. */
function assetStep(name, stage, step) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation[`PROCESS_ASSETS_STAGE_${stage}`] }, () => step(compilation, compiler));
      });
    },
  };
}

/** Loads a TypeScript module of the repository (the catalogue, a generator) at build time. */
function loadTs(file, from) {
  return tsxRequire(file, from);
}

module.exports = { ROOT, baseConfig, assetStep, loadTs };
