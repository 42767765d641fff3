// An immediate can clear a later one of the same batch: it never runs, the rest still do.
let second;
setImmediate(() => {
  console.log('first, clearing second');
  clearImmediate(second);
});
second = setImmediate(() => console.log('second (should not run)'));
setImmediate(() => console.log('third'));
