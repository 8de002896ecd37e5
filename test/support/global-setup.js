/** jest globalSetup: record the tree and the temporary directory (see trace-guard.js). */
module.exports = async (globalConfig) => require('./trace-guard').setup(globalConfig);
