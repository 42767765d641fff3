// Removing a listener during an emit does not change that emit: the removed listener still runs
// this time and not the next; a listener can remove itself.
const EventEmitter = require('events');
const emitter = new EventEmitter();
const second = (n) => console.log('second', n);
const selfRemoving = (n) => { console.log('self-removing', n); emitter.off('tick', selfRemoving); };
emitter.on('tick', (n) => { console.log('first', n); emitter.off('tick', second); });
emitter.on('tick', second);
emitter.on('tick', selfRemoving);
emitter.emit('tick', 1);
emitter.emit('tick', 2);
console.log('left', emitter.listenerCount('tick'));
