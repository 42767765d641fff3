// finally on a rejected promise runs its handler and passes the same rejection on, so the catch
// after it gets the original reason, with the same job count as the fulfilled case.
Promise.reject(new Error('original'))
  .finally(() => console.log('finally'))
  .catch((error) => console.log('catch after finally', error.message));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'))
  .then(() => console.log('tick 5'));
