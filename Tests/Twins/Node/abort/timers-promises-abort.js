// timers/promises: a pending timer rejects with AbortError (code ABORT_ERR, the reason as its
// cause) when its signal aborts, at once when the signal was already aborted; AbortSignal.timeout
// aborts with a TimeoutError; AbortSignal.any follows the first of its signals to abort.
const { setTimeout: sleep, setImmediate: nextCheck } = require('timers/promises');
const controller = new AbortController();
sleep(100, 'value', { signal: controller.signal }).then(
  (value) => console.log('fulfilled', value),
  (error) => console.log('rejected', error.name, error.code, error.message, error.cause.message));
controller.abort(new Error('stop'));
sleep(10, 'x', { signal: AbortSignal.abort() }).catch((error) => console.log('already aborted', error.name, error.cause.name));
sleep(100, 'slept').then((value) => console.log(value));
nextCheck('immediate').then((value) => console.log(value));
const timeout = AbortSignal.timeout(200);
timeout.onabort = () => console.log('timeout', timeout.reason.name, timeout.reason.message);
const either = AbortSignal.any([new AbortController().signal, timeout]);
either.onabort = () => console.log('any', either.reason.name);
sleep(300).then(() => console.log('done'));
