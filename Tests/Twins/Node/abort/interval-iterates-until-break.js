// timers/promises setInterval is an async iterator: each step waits for the next tick, the timer
// interleaves with other timers, and breaking out of the loop clears it so the run can end.
const { setInterval } = require('timers/promises');
(async () => {
  let count = 0;
  for await (const value of setInterval(40, 'tick')) {
    count += 1;
    console.log(value, count);
    if (count === 3) break;
  }
  console.log('left the loop');
})();
setTimeout(() => console.log('timeout at 100'), 100);
process.on('exit', () => console.log('exit'));
