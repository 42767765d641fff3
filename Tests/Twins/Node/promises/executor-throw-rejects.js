// A throw in the executor rejects the promise with the thrown error; a throw after resolve is
// swallowed and the promise stays fulfilled.
new Promise(() => { throw new Error('executor threw'); })
  .catch((error) => console.log('rejected', error.message));
new Promise((resolve) => { resolve('kept'); throw new Error('ignored'); })
  .then((value) => console.log('fulfilled', value), (error) => console.log('rejected', error.message));
