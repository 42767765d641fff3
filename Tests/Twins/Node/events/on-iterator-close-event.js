// events.on with a 'close' list ends the iteration when one of those events comes, after the
// events already waiting; later events are not queued and the listeners are gone.
const EventEmitter = require('events');
const stream = new EventEmitter();
(async () => {
  for await (const [chunk] of EventEmitter.on(stream, 'data', { close: ['end', 'finish'] })) {
    console.log('chunk', chunk);
  }
  console.log('ended; listeners', stream.listenerCount('data'), stream.listenerCount('end'), stream.listenerCount('error'));
})();
setImmediate(() => {
  stream.emit('data', 'a');
  stream.emit('data', 'b');
  stream.emit('end');
  stream.emit('data', 'c');
});
