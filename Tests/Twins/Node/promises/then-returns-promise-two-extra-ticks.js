// A then handler that returns a promise delays the next then by two extra jobs compared with one
// returning a plain value.
Promise.resolve()
  .then(() => Promise.resolve('promise'))
  .then((value) => console.log('after returned', value));
Promise.resolve()
  .then(() => 'plain')
  .then((value) => console.log('after returned', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
