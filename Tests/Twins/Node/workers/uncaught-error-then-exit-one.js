// An error thrown in a worker's callback with no handler there reaches the parent as an error
// event, then exit with code 1; the parent keeps running.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('error', (error) => console.log('error', error.name, error.message));
  worker.on('exit', (code) => {
    console.log('exit', code);
    setTimeout(() => console.log('parent still running'), 10);
  });
} else {
  setTimeout(() => { throw new Error('boom'); }, 10);
}
