// twin: stderr
// process.exit(0) in the script body ends the run at once with code 0: `exit` listeners run, the
// rest of the script and everything it scheduled never does, and nothing is printed to stderr.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 0);
setImmediate(() => console.log('immediate'));
console.log('script');
process.exit(0);
