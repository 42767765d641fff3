// Chapter 5: after every single timer callback, Node drains nextTick and then the promise
// jobs, before the next timer of the same list runs.
for (const name of ['A', 'B']) {
  setTimeout(() => {
    console.log(`timer ${name}`);
    process.nextTick(() => console.log(`  nextTick from ${name}`));
    queueMicrotask(() => console.log(`  microtask from ${name}`));
  }, 10);
}
