// Resolving a new promise with a resolved promise costs three jobs before its then handler runs,
// against one for Promise.resolve(value).
const p = Promise.resolve('p');
new Promise((resolve) => resolve(p)).then((value) => console.log('adopted', value));
Promise.resolve('direct').then((value) => console.log(value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
