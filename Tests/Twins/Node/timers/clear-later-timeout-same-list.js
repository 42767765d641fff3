// A callback can clear a later timeout of its own list: the cleared one never runs, and the
// ones after it still do.
let second;
setTimeout(() => {
  console.log('first, clearing second');
  clearTimeout(second);
}, 5);
second = setTimeout(() => console.log('second (should not run)'), 5);
setTimeout(() => console.log('third'), 5);
