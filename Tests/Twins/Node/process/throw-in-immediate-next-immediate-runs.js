// With an uncaughtException listener, a throwing immediate does not stop the check phase: the
// next immediate runs right after the handler, and only then the ticks the thrower queued.
process.on('uncaughtException', (error) => console.log('caught', error.message));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick from immediate 1'));
  throw new Error('boom');
});
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
