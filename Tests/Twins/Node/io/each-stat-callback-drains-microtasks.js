// Two fs.stat callbacks: the ticks and microtasks each one queues run right after it, before
// the other callback, whichever completes first.
const fs = require('fs');
let calls = 0;
function onStat() {
  calls++;
  const call = calls;
  console.log('stat callback', call);
  queueMicrotask(() => console.log('microtask from callback', call));
  process.nextTick(() => console.log('tick from callback', call));
}
fs.stat('.', onStat);
fs.stat('..', onStat);
