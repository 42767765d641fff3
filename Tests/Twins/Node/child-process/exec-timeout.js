// A command still running after timeout ms is sent killSignal (SIGTERM by default) and fails
// with "Command failed", killed true, signal set and code null, keeping what it wrote before.
const { exec } = require('child_process');
const util = require('util');
const show = (label) => (error) => console.log(label, error.name, JSON.stringify(error.message), error.code,
  error.killed, error.signal, JSON.stringify(error.stdout));
(async () => {
  await util.promisify(exec)('echo started; sleep 5', { timeout: 500 }).catch(show('SIGTERM'));
  await util.promisify(exec)('sleep 5', { timeout: 100, killSignal: 'SIGKILL' }).catch(show('SIGKILL'));
  const quick = await util.promisify(exec)('echo quick', { timeout: 5000 });
  console.log('in time', JSON.stringify(quick.stdout));
})();
