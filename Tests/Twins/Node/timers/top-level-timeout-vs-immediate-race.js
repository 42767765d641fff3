// At top level, setTimeout(0) against setImmediate has no fixed order: it depends on whether
// 1 ms has passed when the first loop iteration reaches the timers phase.
// twin: runs=40
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
