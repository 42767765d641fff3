// process.exit ends the run from inside an async function after an await: the function's promise
// is not rejected, its catch handler never runs, and nothing queued after it runs.
process.on('exit', (code) => console.log('exit', code));
async function main() {
  console.log('main start');
  await Promise.resolve();
  console.log('main after await');
  process.exit(4);
}
main().catch((error) => console.log('caught', error));
Promise.resolve().then(() => console.log('job')).then(() => console.log('second job'));
console.log('script');
