// An immediate queued by a running immediate waits for the next loop iteration: every
// immediate already queued runs first.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('queued by A'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('queued by B'));
});
setImmediate(() => console.log('C'));
