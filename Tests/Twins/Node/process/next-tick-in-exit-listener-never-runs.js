// Work scheduled from an exit listener never runs: not a nextTick, a timer or an immediate.
process.on('exit', (code) => {
  process.nextTick(() => console.log('tick from exit listener'));
  setTimeout(() => console.log('timer from exit listener'), 0);
  setImmediate(() => console.log('immediate from exit listener'));
  console.log('exit listener', code);
});
process.on('exit', () => console.log('second exit listener'));
console.log('script end');
