// A nextTick queued in a then handler waits until the microtask queue is empty, including jobs
// queued after it during the same drain.
Promise.resolve().then(() => {
  console.log('job 1');
  process.nextTick(() => console.log('tick from job 1'));
}).then(() => console.log('job 2'))
  .then(() => console.log('job 3'));
Promise.resolve().then(() => console.log('other job 1'))
  .then(() => console.log('other job 2'));
