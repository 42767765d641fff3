// A then on an already-resolved promise runs in the first job round; a then on a pending promise
// runs one job after the promise is resolved, ahead of jobs queued after the resolve.
let resolveLater;
const later = new Promise((resolve) => { resolveLater = resolve; });
later.then((value) => console.log('later', value));
Promise.resolve(1).then((value) => console.log('resolved', value));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => { console.log('tick 2, resolving'); resolveLater(2); })
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
