'use strict';
// Runs a batch of scenarios through one of the two interpreters and gives back one trace per
// scenario. A process that ends before its batch is done (a scenario that left nothing pending,
// or a crash) is started again with the scenarios left; a crash is the crashed scenario's trace.

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const INTERPRETER = path.join(__dirname, 'interpret.js');

/** Runs `command args` with `input` on stdin; resolves with { lines, code, stderr }. */
function exec(command, args, input, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split('\n').filter((line) => line !== '');
      resolve({ lines, code: signal ?? code, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

async function runBatch(command, argsFor, scenarios, { crashIsTrace }) {
  const traces = [];
  while (traces.length < scenarios.length) {
    const rest = scenarios.slice(traces.length);
    const file = path.join(os.tmpdir(), `nodeloop-fuzz-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
    fs.writeFileSync(file, rest.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const { lines, code, stderr } = await exec(command, argsFor(file), '', 5000 + 3000 * rest.length);
    fs.unlinkSync(file);
    for (const line of lines.slice(0, rest.length)) traces.push(JSON.parse(line));
    const ended = lines.length < rest.length;
    if (ended && (code !== 0 || lines.length === 0)) {
      if (!crashIsTrace) throw new Error(`${command} ended with ${code} after ${lines.length} scenarios:\n${stderr}`);
      traces.push([`crash ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`]);
    }
  }
  return traces;
}

/** Node's traces: batched, or with `main` each scenario as the main script of its own process. */
async function runNode(scenarios, { main = false } = {}) {
  if (!main) return runBatch(process.execPath, (file) => [INTERPRETER, file], scenarios, { crashIsTrace: false });
  const traces = [];
  for (const scenario of scenarios) {
    traces.push(...await runBatch(process.execPath, (file) => [INTERPRETER, file, '--main'], [scenario], { crashIsTrace: false }));
  }
  return traces;
}

/** NodeLoop's traces, from the Swift interpreter at `binary`. */
function runSwift(binary, scenarios) {
  return runBatch(binary, (file) => [file], scenarios, { crashIsTrace: true });
}

module.exports = { runNode, runSwift };
