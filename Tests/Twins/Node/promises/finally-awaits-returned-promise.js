// A promise returned from finally is waited for before the original value passes on; if it
// rejects, its reason replaces the value.
Promise.resolve('original')
  .finally(() => new Promise((resolve) => setTimeout(() => { console.log('finally timer'); resolve('ignored'); }, 10)))
  .then((value) => console.log('then', value));
Promise.resolve('original')
  .finally(() => new Promise((resolve, reject) => setTimeout(() => reject(new Error('from finally')), 20)))
  .catch((error) => console.log('catch', error.message));
console.log('sync');
