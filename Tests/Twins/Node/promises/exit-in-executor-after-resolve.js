// process.exit in a promise executor ends the run even after the executor resolved its promise:
// the reaction already attached never runs.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  const p = new Promise((resolve) => {
    resolve(1);
    console.log('executor resolved');
    Promise.resolve().then(() => console.log('queued job'));
    process.exit(6);
  });
  p.then(() => console.log('then'));
}, 0);
console.log('script');
