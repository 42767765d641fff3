// prependOnceListener puts a one-time listener before every other; prepending again puts the
// newest at the very front.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('job', (n) => console.log('on', n));
emitter.prependOnceListener('job', (n) => console.log('prepended once A', n));
emitter.prependOnceListener('job', (n) => console.log('prepended once B', n));
emitter.prependListener('job', (n) => console.log('prepended', n));
emitter.emit('job', 1);
emitter.emit('job', 2);
console.log('count', emitter.listenerCount('job'));
