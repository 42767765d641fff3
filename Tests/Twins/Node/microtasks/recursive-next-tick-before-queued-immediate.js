// A chain of ticks, each queuing the next, runs to its end before the loop takes the next
// immediate, even one queued before the chain started.
let depth = 0;
function tick() {
  depth++;
  console.log('tick depth', depth);
  if (depth < 5) process.nextTick(tick);
}
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(tick);
});
setImmediate(() => console.log('immediate 2'));
