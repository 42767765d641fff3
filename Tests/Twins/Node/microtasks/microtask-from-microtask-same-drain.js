// A microtask queued by a microtask runs in the same drain, after the jobs already queued and
// before the loop moves on to an immediate.
setImmediate(() => console.log('immediate'));
queueMicrotask(() => {
  console.log('microtask 1');
  queueMicrotask(() => {
    console.log('microtask 1 -> 2');
    queueMicrotask(() => console.log('microtask 1 -> 2 -> 3'));
  });
});
queueMicrotask(() => console.log('microtask 2'));
