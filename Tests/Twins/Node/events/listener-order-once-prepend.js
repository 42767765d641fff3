// Listeners run in the order added, a prepended one first; a once listener is removed (emitting
// removeListener) before it runs; a listener added during an emit waits for the next emit;
// emit returns whether anyone listened; eventNames keeps first-listener order.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('newListener', (name) => console.log('newListener', name));
emitter.on('removeListener', (name) => console.log('removeListener', name));
emitter.on('tick', (n) => console.log('first', n));
emitter.prependListener('tick', (n) => console.log('prepended', n));
emitter.once('tick', (n) => {
  console.log('once', n);
  emitter.on('tick', (n) => console.log('added during emit', n));
});
console.log('emit 1', emitter.emit('tick', 1));
console.log('emit 2', emitter.emit('tick', 2));
console.log('emit nobody', emitter.emit('other', 3));
console.log('count', emitter.listenerCount('tick'), 'names', emitter.eventNames());
emitter.removeAllListeners('tick');
console.log('count after removeAll', emitter.listenerCount('tick'), 'names', emitter.eventNames());
