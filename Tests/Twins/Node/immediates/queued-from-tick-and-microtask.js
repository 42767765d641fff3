// Immediates queued from a nextTick or a microtask of the main script join the same queue,
// behind the one queued synchronously.
process.nextTick(() => {
  console.log('tick');
  setImmediate(() => console.log('immediate from tick'));
});
queueMicrotask(() => {
  console.log('microtask');
  setImmediate(() => console.log('immediate from microtask'));
});
setImmediate(() => console.log('immediate from script'));
console.log('script end');
