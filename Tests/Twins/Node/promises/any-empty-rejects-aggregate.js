// Promise.any([]) is rejected at once with an AggregateError holding no errors.
Promise.any([]).catch((error) => console.log(error.name, error.message, error.errors.length));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
