// Promise.all([]) is fulfilled at once with an empty array, so its then runs in the first job
// round.
Promise.all([]).then((values) => console.log('all of nothing', values));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
