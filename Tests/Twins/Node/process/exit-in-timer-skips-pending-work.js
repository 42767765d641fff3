// process.exit(3) inside a timer ends the run there: the rest of the callback, its ticks and
// microtasks, the next timer and the queued immediate never run; exit listeners get 3.
process.on('exit', (code) => console.log('exit', code));
const code = 3;
setTimeout(() => {
  console.log('timer');
  process.nextTick(() => console.log('tick'));
  queueMicrotask(() => console.log('microtask'));
  setImmediate(() => console.log('immediate'));
  if (code > 0) process.exit(code);
  console.log('after exit');
}, 1);
setTimeout(() => console.log('second timer'), 1);
