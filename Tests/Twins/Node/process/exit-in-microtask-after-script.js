// twin: stderr
// process.exit in a promise job of the drain that follows the script body ends the run there,
// with its code: the rest of that job and every timer, tick and job still queued never run.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => {
  console.log('microtask');
  process.nextTick(() => console.log('tick'));
  process.exit(5);
});
Promise.resolve().then(() => console.log('second microtask'));
console.log('end of script');
