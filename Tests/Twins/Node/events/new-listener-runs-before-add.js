// 'newListener' is emitted before the listener is added, so a listener added from inside it for
// the same event runs first; 'removeListener' is emitted after the removal.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.once('newListener', (name) => {
  console.log('newListener', name, 'count before', emitter.listenerCount(name));
  if (name === 'job') emitter.on('job', () => console.log('added inside newListener'));
});
emitter.on('job', () => console.log('added by the caller'));
emitter.emit('job');
emitter.on('removeListener', (name) => console.log('removeListener', name, 'count after', emitter.listenerCount(name)));
const extra = () => {};
emitter.on('job', extra);
emitter.off('job', extra);
emitter.off('job', () => {});
console.log('count', emitter.listenerCount('job'));
