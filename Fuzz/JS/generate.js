'use strict';
// Random scenarios from a seed, limited to programs whose output Node fixes. The rules, and why
// each holds, are in docs/fuzzing.md ("What the generator relies on"); the comments below name
// them by number.

/** A small seeded generator (mulberry32): the same seed gives the same scenario everywhere. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Timer firings are at least this far apart in planned time (rule 2). */
const GAP = 40;
/** No timer fires later than this after the start (keeps a scenario short). */
const HORIZON = 200;

function generate(seed) {
  const rnd = random(seed);
  const below = (n) => Math.floor(rnd() * n);
  const chance = (p) => rnd() < p;
  const pick = (items) => items[below(items.length)];

  let counter = 0;
  const fresh = (prefix) => `${prefix}${++counter}`;
  // Every name made so far, and the names in scope: made by an earlier operation of this body or
  // of a body around it, so they exist when the operation runs. Most references are to names in
  // scope; a few reach any name, to test references across callbacks.
  const all = { promises: [], pending: [], handles: [] };
  // Every planned timer firing: { time, delay, from, kind, mode }. An epoch is everything that
  // runs at one planned time: a firing, and the ticks, promise jobs, immediates and I/O it starts.
  // `mode` is what the epoch's own macrotasks may be: null (not chosen yet), 'imm' (immediates),
  // 'io' (one chain of I/O, rule 4), 'none' (neither: a shared firing time, rule 3).
  const epochs = [];
  let budget = 4 + below(22);

  const inScope = (scope, kind) => (scope === null ? [] : scope[kind].concat(inScope(scope.parent, kind)));
  function someName(ctx, kind, prefix) {
    const names = chance(0.15) ? all[kind] : inScope(ctx.scope, kind);
    return names.length === 0 || chance(0.03) ? `${prefix}${counter + 50}` : pick(names);
  }
  function made(ctx, kind, name) {
    all[kind].push(name);
    ctx.scope[kind].push(name);
  }

  // Rules 1-3: a timer may fire only GAP or more away from every other firing, or at the very
  // time of a timeout with the same delay started in the same epoch, when neither epoch starts
  // immediates or I/O.
  function reserve(from, delay, kind) {
    const time = from.time + delay;
    if (time > HORIZON) return null;
    for (const epoch of epochs) {
      if (epoch.time === time) {
        const joins = kind === 'timeout' && epoch.kind === 'timeout' && epoch.delay === delay && epoch.from === from
          && (epoch.mode === null || epoch.mode === 'none') && !epoch.threw;
        if (!joins) return null;
        epoch.mode = 'none';
        return epoch;
      }
      if (Math.abs(epoch.time - time) < GAP) return null;
    }
    const epoch = { time, delay, from, kind, mode: null };
    epochs.push(epoch);
    return epoch;
  }

  // A context says what a body may schedule. `epoch` is null in a promise handler (rule 5: it
  // may run in any epoch, so it starts no macrotask); `macro` is the macrotask whose synchronous
  // part, ticks and jobs the body belongs to (rule 4: each starts at most one I/O operation).
  const newScope = (parent) => ({ parent, promises: [], pending: [], handles: [] });
  const child = (ctx, changes) => ({ ...ctx, depth: ctx.depth + 1, isAsync: false, scope: newScope(ctx.scope), ...changes });
  const handlerContext = (ctx) => child(ctx, { epoch: null, macro: null });

  // Rule 6: a callback of a known epoch may throw unless its firing time is shared; a promise
  // handler may always throw (the throw becomes a rejection); a tick of a promise handler may not.
  function body(ctx, canThrow) {
    const ops = [];
    const length = ctx.depth > 3 ? 0 : 1 + below(ctx.depth === 0 ? 6 : 3);
    for (let i = 0; i < length && budget > 0; i++) {
      if (chance(0.08)) ops.push(...abandonedInput(ctx));
      else ops.push(operation(ctx));
    }
    const allowed = canThrow === 'handler' || (canThrow && ctx.epoch !== null && ctx.epoch.mode !== 'none');
    if (allowed && chance(0.15)) {
      if (ctx.epoch !== null) ctx.epoch.threw = true;
      ops.push({ op: 'throw', value: fresh('E') });
    }
    return ops;
  }

  // Rule 6: after a tick throws, the ticks left wait for the next callback, which is an I/O
  // completion or not depending on the thread pool's speed: no tick throws where there is I/O.
  function withoutThrowingTicks(ops) {
    for (const op of ops) {
      if (op.body) op.body = withoutThrowingTicks(op.body);
      if (op.thenable) op.thenable.body = withoutThrowingTicks(op.thenable.body);
      if (op.op === 'tick') op.body = op.body.filter((inner) => inner.op !== 'throw');
    }
    return ops;
  }
  const usesIO = (ops) => ops.some((op) => op.op === 'io' || (op.body && usesIO(op.body)) || (op.thenable && usesIO(op.thenable.body)));

  function declare(ctx) {
    const name = fresh('p');
    const state = pick(['resolved', 'rejected', 'pending', 'pending', 'never']);
    made(ctx, 'promises', name);
    if (state === 'pending') made(ctx, 'pending', name);
    return state === 'pending' || state === 'never' ? { op: 'promise', name, kind: state } : { op: 'promise', name, kind: state, value: fresh('V') };
  }

  // A combinator with an input that stays pending and that nothing names again, and a handler
  // on its result: the input is freed while the combinator still waits for the others, as in
  // `Promise.race([settled, new Promise(() => {})]).then(...)`. Freeing it must not change what
  // the program prints (docs/fuzzing.md, "What a program holds").
  function abandonedInput(ctx) {
    budget -= 2;
    const input = { op: 'promise', name: fresh('p'), kind: pick(['pending', 'never']) };
    const of = [input.name];
    for (let i = below(3); i > 0; i--) of.splice(below(of.length + 1), 0, someName(ctx, 'promises', 'p'));
    const name = fresh('p');
    made(ctx, 'promises', name);
    const combined = { op: 'combine', kind: pick(['all', 'allSettled', 'race', 'any']), of, name };
    return [input, combined, reaction(ctx, pick(['then', 'then', 'catch', 'finally']), name)];
  }

  // `then`, `catch` or `finally` on `target`, naming the promise it returns.
  function reaction(ctx, kind, target) {
    const name = fresh('p');
    const op = { op: kind, id: fresh(kind[0]), target, name, body: body(handlerContext(ctx), 'handler') };
    if (chance(0.25)) op.returns = chance(0.1) ? name : someName(ctx, 'promises', 'p');
    else if (kind === 'then' && chance(0.3)) op.both = true;
    made(ctx, 'promises', name);
    return op;
  }

  function operation(ctx) {
    budget -= 1;
    const choices = ['log', 'tick', 'micro', 'promise', 'resolve', 'reject', 'then', 'then', 'catch', 'finally',
      'combine', 'async', 'clear'];
    const epoch = ctx.epoch;
    if (epoch !== null && epoch.mode !== 'io' && epoch.mode !== 'none') choices.push('immediate', 'immediate');
    if (epoch !== null && !epoch.repeats && epoch.mode !== 'imm' && epoch.mode !== 'none' && !ctx.macro.usedIO) {
      choices.push('io');
    }
    if (epoch !== null && !epoch.repeats) choices.push('timeout', 'timeout', 'timeout', 'interval');
    if (ctx.isAsync) choices.push('await', 'await', 'await', 'await', 'await', 'await', 'await', 'await');
    const kind = pick(choices);
    switch (kind) {
      case 'log': return { op: 'log', id: fresh('L') };
      case 'tick': return { op: 'tick', id: fresh('k'), body: body(child(ctx), true) };
      case 'micro': return { op: 'micro', id: fresh('m'), body: body(child(ctx), true) };
      case 'immediate': {
        epoch.mode = 'imm';
        const name = fresh('h');
        const op = { op: 'immediate', id: fresh('i'), name, body: body(child(ctx, { macro: {} }), true) };
        made(ctx, 'handles', name);
        return op;
      }
      case 'io': {
        epoch.mode = 'io';
        ctx.macro.usedIO = true;
        return { op: 'io', id: fresh('o'), kind: pick(['stat', 'pool']), body: body(child(ctx, { macro: {} }), true) };
      }
      case 'timeout': {
        const delay = pick([40, 80, 120, 160]);
        const fires = reserve(epoch, delay, 'timeout');
        if (fires === null) return { op: 'log', id: fresh('L') };
        const name = fresh('h');
        const op = { op: 'timeout', id: fresh('t'), name, ms: delay, body: body(child(ctx, { epoch: fires, macro: {} }), true) };
        made(ctx, 'handles', name);
        return op;
      }
      case 'interval': {
        const delay = pick([40, 80]);
        const times = 1 + below(3);
        const firings = [];
        for (let run = 1; run <= times; run++) {
          const fires = reserve({ time: epoch.time + (run - 1) * delay }, delay, 'interval');
          if (fires === null) break;
          firings.push(fires);
        }
        if (firings.length < times) {
          for (const fires of firings) epochs.splice(epochs.indexOf(fires), 1);
          return { op: 'log', id: fresh('L') };
        }
        // Each run is an epoch of its own; the body, written once, may start immediates in each.
        const runs = { time: firings[0].time, repeats: true, mode: 'imm' };
        for (const fires of firings) fires.mode = 'imm';
        const name = fresh('h');
        const op = {
          op: 'interval', id: fresh('v'), name, ms: delay, times, body: body(child(ctx, { epoch: runs, macro: {} }), true),
        };
        made(ctx, 'handles', name);
        return op;
      }
      case 'clear': return { op: 'clear', target: someName(ctx, 'handles', 'h') };
      case 'promise': return declare(ctx);
      case 'resolve': {
        const target = someName(ctx, 'pending', 'p');
        const how = pick(['value', 'value', 'promise', 'thenable']);
        if (how === 'value') return { op: 'resolve', target, kind: how, value: fresh('V') };
        if (how === 'promise') return { op: 'resolve', target, kind: how, with: someName(ctx, 'promises', 'p') };
        const thenable = {
          id: fresh('n'), kind: pick(['resolve', 'resolve', 'reject']), value: fresh('V'), body: body(handlerContext(ctx), 'handler'),
        };
        return { op: 'resolve', target, kind: how, thenable };
      }
      case 'reject': return { op: 'reject', target: someName(ctx, 'pending', 'p'), value: fresh('E') };
      case 'then': case 'catch': case 'finally': return reaction(ctx, kind, someName(ctx, 'promises', 'p'));
      case 'combine': {
        const of = [];
        for (let i = below(4); i > 0; i--) of.push(someName(ctx, 'promises', 'p'));
        const name = fresh('p');
        made(ctx, 'promises', name);
        return { op: 'combine', kind: pick(['all', 'allSettled', 'race', 'any']), of, name };
      }
      case 'async': {
        const name = fresh('p');
        const op = { op: 'async', id: fresh('a'), name, body: body(child(handlerContext(ctx), { isAsync: true }), 'handler') };
        if (chance(0.25)) op.returns = someName(ctx, 'promises', 'p');
        made(ctx, 'promises', name);
        return op;
      }
      case 'await': return { op: 'await', id: fresh('w'), target: someName(ctx, 'promises', 'p'), caught: chance(0.5) };
      default: throw new Error(`no generator for ${kind}`);
    }
  }

  const top = { depth: 0, epoch: { time: 0, mode: null }, macro: {}, isAsync: false, scope: newScope(null) };
  const ops = [];
  for (let i = 1 + below(3); i > 0; i--) ops.push(declare(top));
  ops.push(...body(top, false));
  return { seed, ops: usesIO(ops) ? withoutThrowingTicks(ops) : ops };
}

module.exports = { generate };
