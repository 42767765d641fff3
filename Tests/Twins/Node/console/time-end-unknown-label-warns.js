// console.timeEnd and console.timeLog of a label never started print nothing on stdout and a
// warning on stderr; the run goes on.
// twin: stderr
console.timeEnd('missing');
console.timeLog('also missing');
console.log('still running');
