// events.on with a signal: events emitted before the abort are still delivered, then the
// iteration throws an AbortError; an iteration started with an aborted signal throws at once.
const EventEmitter = require('events');
const stream = new EventEmitter();
const controller = new AbortController();
(async () => {
  try {
    for await (const [chunk] of EventEmitter.on(stream, 'data', { signal: controller.signal })) console.log('chunk', chunk);
  } catch (error) {
    console.log('aborted', error.name, error.code, '| listeners', stream.listenerCount('data'));
  }
  try {
    for await (const [chunk] of EventEmitter.on(stream, 'data', { signal: controller.signal })) console.log('never', chunk);
  } catch (error) {
    console.log('already aborted', error.name);
  }
})();
setImmediate(() => {
  stream.emit('data', 1);
  stream.emit('data', 2);
  controller.abort();
  stream.emit('data', 3);
});
