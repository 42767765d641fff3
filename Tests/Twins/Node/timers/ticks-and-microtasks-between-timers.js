// After each timer callback the nextTick queue and then the microtask queue drain, before the
// next timer of the same list.
for (const name of ['A', 'B', 'C']) {
  setTimeout(() => {
    console.log('timer', name);
    queueMicrotask(() => console.log('microtask', name));
    process.nextTick(() => console.log('tick', name));
  }, 5);
}
