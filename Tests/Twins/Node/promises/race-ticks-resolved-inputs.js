// Promise.race of already-resolved promises settles as the first input, and a then on the
// result runs in the second job round.
Promise.race([Promise.resolve('first'), Promise.resolve('second')]).then((value) => console.log('race', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
