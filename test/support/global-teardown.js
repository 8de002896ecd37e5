/** jest globalTeardown: fail the run when it left a trace (see trace-guard.js). */
module.exports = async (globalConfig) => require('./trace-guard').teardown(globalConfig);
