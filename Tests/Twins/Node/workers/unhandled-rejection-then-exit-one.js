// A rejection nobody handles inside a worker ends the worker as an uncaught error does: the
// parent gets error, then exit 1.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const worker = new Worker(__filename);
  worker.on('error', (error) => console.log('error', error.name, error.message));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  Promise.reject(new Error('nope'));
}
