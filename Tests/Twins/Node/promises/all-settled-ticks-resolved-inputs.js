// Promise.allSettled of already-settled promises: a then on the result runs in the second job
// round, like Promise.all.
Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then((results) => console.log('allSettled', results.length));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
