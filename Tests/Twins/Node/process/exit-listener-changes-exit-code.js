// An exit listener that sets process.exitCode changes the final exit code; later listeners still
// receive the code the event was emitted with.
process.exitCode = 2;
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second listener', code, process.exitCode));
