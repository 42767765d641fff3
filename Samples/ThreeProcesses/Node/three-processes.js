// Three child processes run one after another, then all at once with Promise.all: the JS twin
// of Samples/ThreeProcesses/main.swift (the same lines, the machine's own timings).
const { exec } = require('child_process');
const util = require('util');
const { performance } = require('perf_hooks');

const jobs = [['alpha', '0.3'], ['beta', '0.5'], ['gamma', '0.2']];

async function run([name, seconds]) {
  const output = await util.promisify(exec)(`sleep ${seconds}; echo ${name} slept ${seconds} s`);
  return output.stdout.split('\n')[0];
}

console.log(`three children sleeping ${jobs.map((job) => job[1]).join(', ')} seconds`);
(async () => {
  let start = performance.now();
  for (const job of jobs) {
    console.log('sequential:', await run(job));
  }
  const sequential = performance.now() - start;
  console.log(`sequential: ${sequential.toFixed(1)} ms`);

  start = performance.now();
  const lines = await Promise.all(jobs.map(run));
  const parallel = performance.now() - start;
  for (const line of lines) {
    console.log('parallel:', line);
  }
  console.log(`parallel:   ${parallel.toFixed(1)} ms`);
  console.log(`speed-up: ${(sequential / parallel).toFixed(1)}x`);
})();
