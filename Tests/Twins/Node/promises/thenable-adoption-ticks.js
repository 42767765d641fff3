// Resolving with a thenable calls its then in a job of its own, so the then handler runs two
// jobs later than after resolving with a plain value.
const thenable = { then(resolve, reject) { console.log('thenable then called'); resolve(1); } };
new Promise((resolve) => resolve(thenable)).then((value) => console.log('from thenable', value));
new Promise((resolve) => resolve(1)).then((value) => console.log('from value', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync');
