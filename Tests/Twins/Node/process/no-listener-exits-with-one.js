// With no uncaughtException listener, an error thrown from a callback ends the run at once with
// exit code 1; `exit` listeners still run and receive that 1, and pending timers never fire.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer');
  throw new Error('boom');
}, 1);
setTimeout(() => console.log('later timer'), 30);
