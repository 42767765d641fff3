// How many jobs an await takes depends on what is awaited: a plain value or a settled promise
// resumes one job later, a thenable two; an async function that returns a promise settles three
// jobs after returning, one that returns a value settles in the next job.
const thenable = { then(resolve) { resolve('thenable'); } };
const settled = Promise.resolve('settled promise');
async function awaitPlain() { console.log(await 'plain value'); }
async function awaitPromise() { console.log(await settled); }
async function awaitThenable() { console.log(await thenable); }
async function returnPromise() { return settled; }
async function returnValue() { return 'value'; }
awaitPlain();
awaitPromise();
awaitThenable();
returnPromise().then(() => console.log('async return of a promise'));
returnValue().then(() => console.log('async return of a value'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
