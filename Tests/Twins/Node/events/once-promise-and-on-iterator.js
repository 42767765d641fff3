// events.once gives a promise of the next event, rejected by an 'error' first or by an abort;
// events.on gives the events as an async iterator, in order, ending with an error.
const EventEmitter = require('events');
const { once, on } = EventEmitter;
const emitter = new EventEmitter();
once(emitter, 'ready').then(([value]) => console.log('once fulfilled', value));
emitter.emit('ready', 42);
const failing = new EventEmitter();
once(failing, 'ready').catch((error) => console.log('once rejected', error.message));
failing.emit('error', new Error('broken'));
const controller = new AbortController();
once(new EventEmitter(), 'ready', { signal: controller.signal }).catch((error) => console.log('once aborted', error.name, error.code));
controller.abort();
const stream = new EventEmitter();
(async () => {
  try {
    for await (const [value] of on(stream, 'data')) console.log('data', value);
  } catch (error) {
    console.log('iteration ended', error.message);
  }
  console.log('listeners left', stream.listenerCount('data'), stream.listenerCount('error'));
})();
setImmediate(() => {
  stream.emit('data', 1);
  stream.emit('data', 2);
  setImmediate(() => {
    stream.emit('data', 3);
    stream.emit('error', new Error('stream failed'));
  });
});
