'use strict';
// Differential fuzzing of NodeLoop against Node (docs/fuzzing.md).
//
//   node Fuzz/JS/fuzz.js --swift BIN [--seeds N] [--from S] [--jobs J (default 2)]
//       runs seeds S..S+N-1 through node and through BIN (the Swift interpreter), and stops at
//       the first divergence, printed minimised.
//   node Fuzz/JS/fuzz.js --record FILE [--seeds N] [--from S]
//       writes the corpus: each scenario with node's trace.
//   node Fuzz/JS/fuzz.js --check-main [--seeds N] [--from S]
//       checks that node gives the same traces batched and with each scenario as a main script.
//   node Fuzz/JS/fuzz.js --show SEED
//       prints a scenario in readable form.

const fs = require('fs');
const { generate } = require('./generate');
const { runNode, runSwift } = require('./run');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : process.argv[index + 1];
}

// MARK: readable form

function declaration(op) {
  switch (op.kind) {
    case 'pending': return 'Promise.withResolvers() (pending)';
    case 'never': return 'new Promise(() => {}) (never settled)';
    case 'resolved': return `Promise.resolve(${op.value})`;
    default: return `Promise.reject(${op.value})`;
  }
}

function show(ops, indent = '') {
  const lines = [];
  const nested = (head, body) => {
    if (body.length === 0) { lines.push(`${indent}${head} {}`); return; }
    lines.push(`${indent}${head} {`);
    lines.push(...show(body, `${indent}  `));
    lines.push(`${indent}}`);
  };
  const returns = (op) => (op.returns === undefined ? '' : ` returning ${op.returns}`);
  for (const op of ops) {
    switch (op.op) {
      case 'log': lines.push(`${indent}log ${op.id}`); break;
      case 'throw': lines.push(`${indent}throw Error(${op.value})`); break;
      case 'tick': nested(`nextTick ${op.id}`, op.body); break;
      case 'micro': nested(`queueMicrotask ${op.id}`, op.body); break;
      case 'timeout': nested(`${op.name} = setTimeout ${op.id} ${op.ms}ms`, op.body); break;
      case 'interval': nested(`${op.name} = setInterval ${op.id} ${op.ms}ms, cleared after ${op.times}`, op.body); break;
      case 'immediate': nested(`${op.name} = setImmediate ${op.id}`, op.body); break;
      case 'clear': lines.push(`${indent}clear ${op.target}`); break;
      case 'io': nested(`${op.kind === 'stat' ? 'fs.stat' : 'thread-pool no-op'} ${op.id}`, op.body); break;
      case 'promise':
        lines.push(`${indent}${op.name} = ${declaration(op)}`);
        break;
      case 'resolve':
        if (op.kind === 'value') lines.push(`${indent}resolve ${op.target} with ${op.value}`);
        else if (op.kind === 'promise') lines.push(`${indent}resolve ${op.target} with promise ${op.with}`);
        else nested(`resolve ${op.target} with thenable ${op.thenable.id} that ${op.thenable.kind}s ${op.thenable.value}`, op.thenable.body);
        break;
      case 'reject': lines.push(`${indent}reject ${op.target} with Error(${op.value})`); break;
      case 'then': nested(`${op.name} = ${op.target}.then${op.both ? ' (both handlers)' : ''} ${op.id}${returns(op)}`, op.body); break;
      case 'catch': nested(`${op.name} = ${op.target}.catch ${op.id}${returns(op)}`, op.body); break;
      case 'finally': nested(`${op.name} = ${op.target}.finally ${op.id}${returns(op)}`, op.body); break;
      case 'combine': lines.push(`${indent}${op.name} = Promise.${op.kind}([${op.of.join(', ')}])`); break;
      case 'async': nested(`${op.name} = async function ${op.id}${returns(op)}`, op.body); break;
      case 'await': lines.push(`${indent}${op.caught ? 'try { ' : ''}await ${op.target} (${op.id})${op.caught ? ' } catch' : ''}`); break;
      default: lines.push(`${indent}${JSON.stringify(op)}`);
    }
  }
  return lines;
}

// MARK: minimising

/** Every scenario with exactly one operation (at any depth) removed. */
function removals(scenario) {
  const results = [];
  const clone = () => JSON.parse(JSON.stringify(scenario));
  const walk = (ops, pathTo) => {
    ops.forEach((op, index) => {
      results.push([...pathTo, index]);
      if (op.body) walk(op.body, [...pathTo, index, 'body']);
      if (op.thenable) walk(op.thenable.body, [...pathTo, index, 'thenable', 'body']);
    });
  };
  walk(scenario.ops, ['ops']);
  return results.map((where) => {
    const copy = clone();
    let list = copy;
    for (const step of where.slice(0, -1)) list = list[step];
    list.splice(where[where.length - 1], 1);
    return copy;
  });
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Removes operations while node and NodeLoop still disagree; gives the smallest found. */
async function minimise(binary, scenario) {
  let smallest = scenario;
  for (;;) {
    const candidates = removals(smallest);
    if (candidates.length === 0) return smallest;
    const [expected, actual] = await Promise.all([runNode(candidates), runSwift(binary, candidates)]);
    const index = candidates.findIndex((_, i) => !same(expected[i], actual[i]));
    if (index < 0) return smallest;
    smallest = candidates[index];
  }
}

// MARK: commands

const seeds = (from, count) => Array.from({ length: count }, (_, i) => generate(from + i));

/** Runs `work` on each chunk of `items`, `jobs` at a time, in order of the chunks' starts. */
async function inChunks(items, size, jobs, work) {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  let nextChunk = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && nextChunk < chunks.length) {
      const chunk = chunks[nextChunk++];
      if (await work(chunk) === false) stop = true;
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

async function agreesOnceAlone(binary, scenario) {
  for (let run = 0; run < 3; run++) {
    const [[expected], [actual]] = await Promise.all([runNode([scenario]), runSwift(binary, [scenario])]);
    if (same(expected, actual)) return true;
  }
  return false;
}

async function fuzz(binary, from, count, jobs) {
  const started = Date.now();
  let checked = 0;
  let divergence = null;
  const flaky = [];
  await inChunks(seeds(from, count), 50, jobs, async (chunk) => {
    const [expected, actual] = await Promise.all([runNode(chunk), runSwift(binary, chunk)]);
    for (let i = 0; i < chunk.length; i++) {
      if (same(expected[i], actual[i])) continue;
      // A divergence counts when it comes again in each of three runs alone: one that does not
      // is a timing accident of a loaded machine (a process held up for 40 ms), reported but not
      // minimised.
      if (await agreesOnceAlone(binary, chunk[i])) {
        flaky.push({ seed: chunk[i].seed, node: expected[i], nodeloop: actual[i] });
        continue;
      }
      if (divergence === null || chunk[i].seed < divergence.seed) divergence = chunk[i];
      return false;
    }
    checked += chunk.length;
    if (checked % 500 < chunk.length) process.stderr.write(`${checked} seeds checked\n`);
    return true;
  });
  const seconds = (Date.now() - started) / 1000;
  for (const { seed, node, nodeloop } of flaky) {
    console.log(`seed ${seed} differed once and not again:\n  node:     ${JSON.stringify(node)}\n  NodeLoop: ${JSON.stringify(nodeloop)}`);
  }
  if (divergence === null) {
    console.log(`${count} seeds (${from}..${from + count - 1}): 0 divergences, ${flaky.length} not repeated, `
      + `${seconds.toFixed(1)} s (${(1000 * seconds / count).toFixed(1)} ms a seed)`);
    return 0;
  }
  console.log(`seed ${divergence.seed} diverges; minimising...`);
  const small = await minimise(binary, divergence);
  const [[expected], [actual]] = await Promise.all([runNode([small]), runSwift(binary, [small])]);
  console.log(show(small.ops).join('\n'));
  console.log(`\nnode:     ${JSON.stringify(expected)}\nNodeLoop: ${JSON.stringify(actual)}`);
  console.log(`\nas a corpus line (add it to Fuzz/Corpus/found.jsonl with a note):`);
  console.log(JSON.stringify({ name: `seed-${divergence.seed}-minimised`, note: '', scenario: small, trace: expected }));
  return 1;
}

async function record(file, from, count) {
  const scenarios = seeds(from, count);
  const traces = await runNode(scenarios);
  const lines = scenarios.map((scenario, i) => JSON.stringify({ name: `seed-${scenario.seed}`, scenario, trace: traces[i] }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`recorded ${count} scenarios in ${file}`);
}

async function checkMain(from, count) {
  const scenarios = seeds(from, count);
  const [batched, alone] = await Promise.all([runNode(scenarios), runNode(scenarios, { main: true })]);
  const differing = scenarios.filter((_, i) => !same(batched[i], alone[i]));
  for (const scenario of differing) console.log(`seed ${scenario.seed} differs between batched and main-script runs`);
  console.log(`${count} seeds: ${differing.length} differ`);
  return differing.length === 0 ? 0 : 1;
}

async function main() {
  const from = Number(option('from', 1));
  const count = Number(option('seeds', 100));
  if (option('show') !== undefined) {
    console.log(show(generate(Number(option('show'))).ops).join('\n'));
    return 0;
  }
  if (option('record') !== undefined) { await record(option('record'), from, count); return 0; }
  if (process.argv.includes('--check-main')) return checkMain(from, count);
  const binary = option('swift');
  if (binary === undefined) throw new Error('--swift BIN is required (see the comment at the top)');
  return fuzz(binary, from, count, Number(option('jobs', 2)));
}

main().then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 2; });
