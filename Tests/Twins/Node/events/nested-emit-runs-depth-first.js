// An emit from inside a listener runs the inner event's listeners at once, before the outer
// event's remaining listeners.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('outer', (n) => { console.log('outer A', n); emitter.emit('inner', n * 10); console.log('outer A after inner'); });
emitter.on('outer', (n) => console.log('outer B', n));
emitter.on('inner', (n) => { console.log('inner', n); if (n < 100) emitter.emit('inner', n * 10); });
emitter.emit('outer', 1);
