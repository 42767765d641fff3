// A tick queued by a tick joins the same drain: the tick queue empties completely, nested ticks
// included, before the first microtask runs.
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => {
    console.log('tick 1 -> 2');
    process.nextTick(() => console.log('tick 1 -> 2 -> 3'));
  });
});
process.nextTick(() => console.log('tick 2'));
