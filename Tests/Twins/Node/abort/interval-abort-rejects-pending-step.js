// Aborting the signal of a timers/promises setInterval while a step waits rejects that step
// with an AbortError carrying the reason; a signal aborted before iteration throws at once.
const { setInterval } = require('timers/promises');
const controller = new AbortController();
(async () => {
  try {
    for await (const value of setInterval(100, 'tick', { signal: controller.signal })) {
      console.log(value);
    }
  } catch (error) {
    console.log('caught', error.name, error.code, error.cause.message);
  }
})();
setTimeout(() => controller.abort(new Error('enough')), 250);
(async () => {
  try {
    for await (const value of setInterval(10, 'never', { signal: AbortSignal.abort() })) {
      console.log(value);
    }
  } catch (error) {
    console.log('already aborted', error.name);
  }
})();
