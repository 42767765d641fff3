// process.exitCode set during the run becomes the run's exit code; beforeExit and exit
// listeners receive it.
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer sets exitCode');
  process.exitCode = 5;
}, 1);
