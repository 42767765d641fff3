// An error thrown inside finally replaces the outcome: it wins over a fulfilment value and over
// the original rejection reason.
Promise.resolve(1)
  .finally(() => { throw new Error('thrown in finally 1'); })
  .then((value) => console.log('value', value), (error) => console.log('rejected', error.message));
Promise.reject(new Error('original'))
  .finally(() => { throw new Error('thrown in finally 2'); })
  .catch((error) => console.log('rejected', error.message));
