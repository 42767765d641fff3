// ref() undoes unref(): the immediate keeps the run alive again and runs.
process.on('exit', (code) => console.log('exit', code));
const immediate = setImmediate(() => console.log('immediate ran'));
immediate.unref();
console.log('after unref', immediate.hasRef());
immediate.ref();
console.log('after ref', immediate.hasRef());
