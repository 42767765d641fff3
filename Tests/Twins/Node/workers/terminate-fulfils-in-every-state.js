// worker.terminate() fulfils with the code the worker exits with while it runs (1, for every
// call), and with undefined once it has exited: inside its exit listener and any time after.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const running = new Worker(__filename);
  running.on('message', () => {
    running.terminate().then((code) => console.log('running: first terminate', code));
    running.terminate().then((code) => console.log('running: second terminate', code));
  });
  running.on('exit', (code) => {
    console.log('running: exit', code);
    running.terminate().then((code) => console.log('running: terminate in exit listener', code));
    const finished = new Worker(__filename, { argv: ['finish'] });
    finished.on('exit', (code) => {
      console.log('finished: exit', code);
      setTimeout(() => finished.terminate().then((code) => console.log('finished: terminate later', code)), 1);
    });
  });
} else if (process.argv[2] === 'finish') {
  process.exit(3);
} else {
  setInterval(() => {}, 1000);
  parentPort.postMessage('ready');
}
