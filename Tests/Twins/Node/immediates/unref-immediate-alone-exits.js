// An unref'd immediate does not keep the run alive: with nothing else pending the loop does not
// run, and the immediate never does.
process.on('exit', (code) => console.log('exit', code));
const immediate = setImmediate(() => console.log('unref immediate'));
immediate.unref();
console.log('hasRef', immediate.hasRef());
console.log('script end');
