// Promise.any with a rejected then a fulfilled input settles with the fulfilled one, and a then
// on the result runs in the second job round.
Promise.any([Promise.reject(new Error('no')), Promise.resolve('yes')]).then((value) => console.log('any', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
