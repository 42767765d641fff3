// An error thrown by an `exit` listener ends the process with code 1; the listeners after it do
// not run.
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('in exit');
});
process.on('exit', () => console.log('second listener'));
console.log('script');
