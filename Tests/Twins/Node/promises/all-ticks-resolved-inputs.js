// Promise.all of already-resolved promises: a then on the result runs in the second job round
// (one job per input reaction, one for the then).
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then((values) => console.log('all', values));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
