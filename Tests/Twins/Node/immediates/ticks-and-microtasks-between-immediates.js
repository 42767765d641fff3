// After each immediate the nextTick queue and then the microtask queue drain, before the
// next immediate.
for (const name of ['A', 'B', 'C']) {
  setImmediate(() => {
    console.log('immediate', name);
    queueMicrotask(() => console.log('microtask', name));
    process.nextTick(() => console.log('tick', name));
  });
}
