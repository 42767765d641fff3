// A script that leaves no work behind ends with exit code 0, emitting beforeExit and then exit,
// both with code 0.
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
console.log('script end');
