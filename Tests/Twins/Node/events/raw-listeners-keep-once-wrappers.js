// listeners() gives the bare functions, so calling one never removes it; rawListeners() gives a
// once listener's wrapper, which removes the listener the first time it is called.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('removeListener', (name) => console.log('removeListener', name));
emitter.once('job', (n) => console.log('once called', n));
emitter.on('job', (n) => console.log('on called', n));
console.log('lengths', emitter.listeners('job').length, emitter.rawListeners('job').length);
emitter.listeners('job')[0]('bare');
console.log('after bare call', emitter.listenerCount('job'));
const wrapper = emitter.rawListeners('job')[0];
wrapper('wrapped');
console.log('after wrapper call', emitter.listenerCount('job'));
wrapper('wrapped again');
emitter.emit('job', 'emitted');
