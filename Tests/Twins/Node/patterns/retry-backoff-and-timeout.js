// A retried operation is called again after growing waits until it succeeds, or the last error
// rejects once the retries run out; a time limit rejects a slow promise with a TimeoutError and
// lets a fast one through.
function retry({ retries, factor, minTimeout }, operation) {
  return new Promise((resolve, reject) => {
    const attempt = (number) => {
      let started;
      try { started = operation(number); } catch (error) { started = Promise.reject(error); }
      started.then(resolve, (error) => {
        if (number > retries) return reject(error);
        setTimeout(() => attempt(number + 1), minTimeout * factor ** (number - 1));
      });
    };
    attempt(1);
  });
}
function timeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { const e = new Error(`Promise timed out after ${ms} milliseconds`); e.name = 'TimeoutError'; reject(e); }, ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}
retry({ retries: 3, factor: 2, minTimeout: 10 }, (attempt) => {
  console.log('attempt', attempt);
  return attempt < 3 ? Promise.reject(new Error('flaky ' + attempt)) : Promise.resolve('ok on ' + attempt);
}).then((value) => console.log('retry fulfilled', value));
retry({ retries: 1, factor: 2, minTimeout: 10 }, (attempt) => Promise.reject(new Error('always ' + attempt)))
  .catch((error) => console.log('retry rejected', error.message));
timeout(new Promise((resolve) => setTimeout(() => resolve('slow'), 300)), 100)
  .catch((error) => console.log('timeout', error.name, error.message));
timeout(new Promise((resolve) => setTimeout(() => resolve('fast'), 10)), 200)
  .then((value) => console.log('in time', value));
