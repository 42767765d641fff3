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
const { Scope } = require('./scope');

/** The state of the scenario running now. */
let current = null;

const message = (error) => (error instanceof Error ? error.message : String(error));

function interpret(scenario) {
  const trace = [];
  const log = (line) => trace.push(line);
  const promiseNames = new Map();

  function register(variable, name, promise) {
    variable.promise = promise;
    if (!promiseNames.has(promise)) promiseNames.set(promise, name);
  }

  // A handler's outcome: the promise it names (a missing one is an error), or its own id.
  function outcome(op, scope) {
    if (op.returns === undefined) return op.id;
    const returned = scope.get(op.returns).promise;
    if (returned === undefined) throw new Error(`no ${op.returns}`);
    return returned;
  }

  function thenable(spec, held) {
    return {
      then(resolve, reject) {
        log(spec.id);
        run(spec.body, held.entering(spec.body));
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
  async function asyncFunction(op, held) {
    const scope = held.entering(op.body, op.returns);
    log(`${op.id} start`);
    for (const step of op.body) {
      if (step.op !== 'await') { perform(step, scope); continue; }
      const awaited = scope.get(step.target).promise;
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
    return outcome(op, scope);
  }

  function run(ops, scope) {
    for (const op of ops) perform(op, scope);
  }

  // A callback of `op` that holds the variables `held`: it logs `line`, runs the body in a scope
  // of its own and gives back that scope (for `returns`).
  function call(op, held, line) {
    log(line);
    const scope = held.entering(op.body, op.returns);
    run(op.body, scope);
    return scope;
  }

  // Runs `op` with the variables `scope` holds; each callback it makes holds only those it
  // mentions (scope.js).
  function perform(op, scope) {
    const callback = () => {
      const held = scope.forCallbacksOf(op);
      return () => { call(op, held, op.id); };
    };
    switch (op.op) {
      case 'log': log(op.id); break;
      case 'throw': throw new Error(op.value);
      case 'tick': process.nextTick(callback()); break;
      case 'micro': queueMicrotask(callback()); break;
      case 'timeout': scope.get(op.name).handle = { immediate: false, handle: setTimeout(callback(), op.ms) }; break;
      case 'interval': {
        const held = scope.forCallbacksOf(op);
        let runs = 0;
        const handle = setInterval(() => {
          runs += 1;
          if (runs === op.times) clearInterval(handle);
          call(op, held, `${op.id} ${runs}`);
        }, op.ms);
        scope.get(op.name).handle = { immediate: false, handle };
        break;
      }
      case 'immediate': scope.get(op.name).handle = { immediate: true, handle: setImmediate(callback()) }; break;
      case 'clear': {
        const entry = scope.get(op.target).handle;
        if (entry === undefined) log(`no ${op.target}`);
        else if (entry.immediate) clearImmediate(entry.handle);
        else clearTimeout(entry.handle);
        break;
      }
      case 'io':
        if (op.kind === 'stat') fs.stat('/', callback());
        else crypto.pbkdf2('', '', 1, 8, 'sha256', callback());
        break;
      case 'promise': {
        const variable = scope.get(op.name);
        register(variable, op.name, new Promise((resolve, reject) => {
          if (op.kind === 'resolved') resolve(op.value);
          else if (op.kind === 'rejected') reject(new Error(op.value));
          else if (op.kind === 'pending') variable.resolvers = { resolve, reject };
        }));
        break;
      }
      case 'resolve': {
        const functions = scope.get(op.target).resolvers;
        if (functions === undefined) { log(`no ${op.target}`); break; }
        if (op.kind === 'value') functions.resolve(op.value);
        else if (op.kind === 'thenable') functions.resolve(thenable(op.thenable, scope.forCallbacksOf(op)));
        else {
          const other = scope.get(op.with).promise;
          if (other === undefined) log(`no ${op.with}`);
          else functions.resolve(other);
        }
        break;
      }
      case 'reject': {
        const functions = scope.get(op.target).resolvers;
        if (functions === undefined) log(`no ${op.target}`);
        else functions.reject(new Error(op.value));
        break;
      }
      case 'then': case 'catch': case 'finally': {
        const target = scope.get(op.target).promise;
        if (target === undefined) { log(`no ${op.target}`); break; }
        const held = scope.forCallbacksOf(op);
        const onFulfilled = (value) => outcome(op, call(op, held, `${op.id} ${value}`));
        const onRejected = (error) => outcome(op, call(op, held, `${op.id} rejected ${message(error)}`));
        const variable = scope.get(op.name);
        if (op.op === 'then') register(variable, op.name, op.both ? target.then(onFulfilled, onRejected) : target.then(onFulfilled));
        else if (op.op === 'catch') register(variable, op.name, target.catch(onRejected));
        else {
          register(variable, op.name, target.finally(() => {
            const own = call(op, held, op.id);
            if (op.returns !== undefined) return outcome(op, own);
          }));
        }
        break;
      }
      case 'combine': {
        const inputs = [];
        for (const name of op.of) {
          const input = scope.get(name).promise;
          if (input === undefined) log(`no ${name}`);
          else inputs.push(input);
        }
        register(scope.get(op.name), op.name, combine(op, inputs));
        break;
      }
      case 'async': register(scope.get(op.name), op.name, asyncFunction(op, scope.forCallbacksOf(op))); break;
      default: throw new Error(`unknown op ${op.op}`);
    }
  }

  current = { trace, promiseNames };
  run(scenario.ops, Scope.main(scenario.ops));
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
