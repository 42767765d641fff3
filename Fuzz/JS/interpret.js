'use strict';
// The JS interpreter of the fuzzing scenario language (docs/fuzzing.md): reads scenarios, one
// JSON object a line, from the file named by the first argument (or stdin), runs them one after
// another in this process and prints each one's trace as a JSON array of strings, a line each.
//
// Each scenario starts from a 'beforeExit' listener, that is once the previous one has left the
// loop empty, so no timer, immediate, I/O request or pending rejection of one scenario can meet
// the next. The first starts the same way, so every scenario starts from the same context. With
// `--main`, the first scenario runs as the main script instead (to check that both agree).
// Fuzz/Swift/ is the same interpreter over NodeLoop: keep the two line for line alike.

const fs = require('fs');
const crypto = require('crypto');

/** The state of the scenario running now. */
let current = null;

const message = (error) => (error instanceof Error ? error.message : String(error));

function interpret(scenario) {
  const trace = [];
  const log = (line) => trace.push(line);
  const promises = new Map();
  const promiseNames = new Map();
  const resolvers = new Map();
  const handles = new Map();

  function register(name, promise) {
    promises.set(name, promise);
    if (!promiseNames.has(promise)) promiseNames.set(promise, name);
  }

  // A handler's outcome: the promise it names (a missing one is an error), or its own id.
  function outcome(op) {
    if (op.returns === undefined) return op.id;
    const returned = promises.get(op.returns);
    if (returned === undefined) throw new Error(`no ${op.returns}`);
    return returned;
  }

  function thenable(spec) {
    return {
      then(resolve, reject) {
        log(spec.id);
        run(spec.body);
        if (spec.kind === 'reject') reject(new Error(spec.value));
        else resolve(spec.value);
      },
    };
  }

  function combine(op, inputs) {
    switch (op.kind) {
      case 'all': return Promise.all(inputs).then((values) => values.join(','));
      case 'allSettled':
        return Promise.allSettled(inputs).then((results) => results
          .map((r) => (r.status === 'fulfilled' ? `ok:${r.value}` : `err:${message(r.reason)}`)).join(','));
      case 'race': return Promise.race(inputs);
      default: return Promise.any(inputs);
    }
  }

  // An async function: each `await` op is one `await` of a promise, as written by hand; it returns
  // its id, or the promise `returns` names.
  async function asyncFunction(op) {
    log(`${op.id} start`);
    for (const step of op.body) {
      if (step.op !== 'await') { perform(step); continue; }
      const awaited = promises.get(step.target);
      if (awaited === undefined) { log(`no ${step.target}`); continue; }
      if (step.caught) {
        try {
          log(`${step.id} ${await awaited}`);
        } catch (error) {
          log(`${step.id} caught ${message(error)}`);
        }
      } else {
        log(`${step.id} ${await awaited}`);
      }
    }
    return outcome(op);
  }

  function run(ops) {
    for (const op of ops) perform(op);
  }

  function perform(op) {
    switch (op.op) {
      case 'log': log(op.id); break;
      case 'throw': throw new Error(op.value);
      case 'tick': process.nextTick(() => { log(op.id); run(op.body); }); break;
      case 'micro': queueMicrotask(() => { log(op.id); run(op.body); }); break;
      case 'timeout':
        handles.set(op.name, { immediate: false, handle: setTimeout(() => { log(op.id); run(op.body); }, op.ms) });
        break;
      case 'interval': {
        let runs = 0;
        const handle = setInterval(() => {
          runs += 1;
          log(`${op.id} ${runs}`);
          if (runs === op.times) clearInterval(handle);
          run(op.body);
        }, op.ms);
        handles.set(op.name, { immediate: false, handle });
        break;
      }
      case 'immediate':
        handles.set(op.name, { immediate: true, handle: setImmediate(() => { log(op.id); run(op.body); }) });
        break;
      case 'clear': {
        const entry = handles.get(op.target);
        if (entry === undefined) log(`no ${op.target}`);
        else if (entry.immediate) clearImmediate(entry.handle);
        else clearTimeout(entry.handle);
        break;
      }
      case 'io':
        if (op.kind === 'stat') fs.stat('/', () => { log(op.id); run(op.body); });
        else crypto.pbkdf2('', '', 1, 8, 'sha256', () => { log(op.id); run(op.body); });
        break;
      case 'promise':
        register(op.name, new Promise((resolve, reject) => {
          if (op.kind === 'resolved') resolve(op.value);
          else if (op.kind === 'rejected') reject(new Error(op.value));
          else resolvers.set(op.name, { resolve, reject });
        }));
        break;
      case 'resolve': {
        const functions = resolvers.get(op.target);
        if (functions === undefined) { log(`no ${op.target}`); break; }
        if (op.kind === 'value') functions.resolve(op.value);
        else if (op.kind === 'thenable') functions.resolve(thenable(op.thenable));
        else {
          const other = promises.get(op.with);
          if (other === undefined) log(`no ${op.with}`);
          else functions.resolve(other);
        }
        break;
      }
      case 'reject': {
        const functions = resolvers.get(op.target);
        if (functions === undefined) log(`no ${op.target}`);
        else functions.reject(new Error(op.value));
        break;
      }
      case 'then': case 'catch': case 'finally': {
        const target = promises.get(op.target);
        if (target === undefined) { log(`no ${op.target}`); break; }
        const onFulfilled = (value) => { log(`${op.id} ${value}`); run(op.body); return outcome(op); };
        const onRejected = (error) => { log(`${op.id} rejected ${message(error)}`); run(op.body); return outcome(op); };
        if (op.op === 'then') register(op.name, op.both ? target.then(onFulfilled, onRejected) : target.then(onFulfilled));
        else if (op.op === 'catch') register(op.name, target.catch(onRejected));
        else {
          register(op.name, target.finally(() => {
            log(op.id);
            run(op.body);
            if (op.returns !== undefined) return outcome(op);
          }));
        }
        break;
      }
      case 'combine': {
        const inputs = [];
        for (const name of op.of) {
          const input = promises.get(name);
          if (input === undefined) log(`no ${name}`);
          else inputs.push(input);
        }
        register(op.name, combine(op, inputs));
        break;
      }
      case 'async': register(op.name, asyncFunction(op)); break;
      default: throw new Error(`unknown op ${op.op}`);
    }
  }

  current = { trace, promiseNames };
  run(scenario.ops);
}

process.on('uncaughtException', (error) => current.trace.push(`uncaught ${message(error)}`));
process.on('unhandledRejection', (reason, promise) => {
  current.trace.push(`unhandled ${message(reason)} ${current.promiseNames.get(promise) ?? '?'}`);
});

process.on('rejectionHandled', (promise) => current.trace.push(`handled ${current.promiseNames.get(promise) ?? '?'}`));

const args = process.argv.slice(2);
const input = fs.readFileSync(args.find((arg) => !arg.startsWith('--')) ?? 0, 'utf8');
const scenarios = input.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
let next = 0;

function finish() {
  if (current === null) return;
  fs.writeSync(1, `${JSON.stringify(current.trace)}\n`);
  current = null;
}

if (args.includes('--main')) {
  // The first scenario as the main script itself, the context NodeLoop's `run` reproduces.
  process.on('exit', finish);
  if (scenarios.length > 0) interpret(scenarios[0]);
} else {
  process.on('beforeExit', () => {
    finish();
    if (next < scenarios.length) interpret(scenarios[next++]);
  });
  // A scenario that leaves nothing pending after its first drain ends the process: the caller
  // starts a new one for the scenarios left (Fuzz/JS/run.js).
  process.on('exit', finish);
}
