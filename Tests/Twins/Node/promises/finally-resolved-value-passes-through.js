// finally on a fulfilled promise runs its handler in the first job round and passes the value
// on: the then after it runs in the fourth round.
Promise.resolve(7)
  .finally(() => console.log('finally'))
  .then((value) => console.log('then after finally', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'))
  .then(() => console.log('tick 5'));
