'use strict';
// The variables of a scenario program: where each name is declared, and which function holds
// it (docs/fuzzing.md, "What a program holds"). Fuzz/Swift/Scope.swift is the same code over
// NodeLoop: keep the two alike.
//
// A scenario reads as a program whose functions are the main script and its callbacks (a
// timer's, a tick's, a handler, an async function, a thenable's `then`). Each name is a
// variable declared in the innermost function that holds every mention of it, as a person
// writing the program would declare it, unless that function runs more than once: a name
// mentioned inside an interval's callback is declared around the interval, so that every run
// sees the same variable. Declared so, every name has one variable for the whole run, the same
// as one table of names would give. A function's variables exist while it runs; a callback
// holds only the variables of enclosing functions that it (or a callback inside it) mentions.
// So when the main script or a callback returns, what it declared and no callback holds is
// unreachable, and NodeLoop frees it as it would in a user's program.

/** The names an operation reads or assigns when it runs. */
function ownNames(op) {
  return [op.name, op.target, op.with, ...(op.of ?? [])].filter((name) => name !== undefined);
}

/** The names an operation's callbacks read or assign: its body, its thenable's, its `returns`. */
function callbackNames(op) {
  const names = namesOf(op.body ?? []);
  for (const name of namesOf(op.thenable?.body ?? [])) names.add(name);
  if (op.returns !== undefined) names.add(op.returns);
  return names;
}

/** Every name `ops` read or assign, in their callbacks too. */
function namesOf(ops) {
  const names = new Set();
  for (const op of ops) {
    for (const name of ownNames(op)) names.add(name);
    for (const name of callbackNames(op)) names.add(name);
  }
  return names;
}

/** Whether a function running `body` (and returning `returns`) declares `name`: it mentions it
 * itself, or in the callbacks of two operations, or in an interval's. */
function declares(body, returns, name) {
  if (name === returns || body.some((op) => ownNames(op).includes(name))) return true;
  const holders = body.filter((op) => callbackNames(op).has(name));
  return holders.length !== 1 || holders[0].op === 'interval';
}

const newVariable = () => ({ promise: undefined, resolvers: undefined, handle: undefined });

/** The variables a function can reach: a name's promise, its resolving functions, its handle. */
class Scope {
  constructor(variables) {
    this.variables = variables;
  }

  /** The main script's variables. */
  static main(ops) {
    return new Scope(new Map()).entering(ops);
  }

  /** The variable `name`; one this scope does not hold is a bug of the interpreter, not of the scenario. */
  get(name) {
    const variable = this.variables.get(name);
    if (variable === undefined) {
      process.stderr.write(`interpreter bug: ${name} is not in scope\n`);
      process.exit(70);
    }
    return variable;
  }

  /** The variables of this scope that the callbacks of `op` hold. */
  forCallbacksOf(op) {
    return new Scope(new Map([...callbackNames(op)].filter((name) => this.variables.has(name)).map((name) => [name, this.get(name)])));
  }

  /** The scope of a function, holding these variables, that runs `body` and returns `returns`:
   * these and a new variable for each name it declares. */
  entering(body, returns) {
    const variables = new Map(this.variables);
    const mentioned = namesOf(body);
    if (returns !== undefined) mentioned.add(returns);
    for (const name of mentioned) {
      if (!variables.has(name) && declares(body, returns, name)) variables.set(name, newVariable());
    }
    return new Scope(variables);
  }
}

module.exports = { Scope };
