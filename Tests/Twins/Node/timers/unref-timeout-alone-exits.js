// An unref'd timeout does not keep the run alive: with nothing else pending the process
// exits without running it.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('unref timeout (should not run)'), 20).unref();
console.log('script end');
