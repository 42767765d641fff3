// then(onFulfilled, onRejected) adopts a promise either handler returns, two jobs after the
// handler, while a chain of plain thens counts the jobs beside it.
Promise.resolve(1).then(
  (value) => Promise.resolve(`fulfilled ${value}`),
  () => Promise.resolve('never'),
).then((text) => console.log(text));
Promise.reject(new Error('no')).then(
  () => Promise.resolve('never'),
  (error) => Promise.resolve(`recovered from ${error.message}`),
).then((text) => console.log(text));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
