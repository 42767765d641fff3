// events.once(emitter, 'error') fulfils with the error itself; a once('error') listener handles
// only the first error, so a second one with no listener left throws; an already aborted signal
// rejects at once and adds no listener.
const EventEmitter = require('events');
const emitter = new EventEmitter();
EventEmitter.once(emitter, 'error').then(([error]) => console.log('fulfilled with', error.message));
emitter.emit('error', new Error('first'));
const single = new EventEmitter();
single.once('error', (error) => console.log('handled', error.message));
single.emit('error', new Error('one'));
try { single.emit('error', new Error('two')); } catch (error) { console.log('thrown', error.message); }
const aborted = AbortSignal.abort();
const quiet = new EventEmitter();
EventEmitter.once(quiet, 'ready', { signal: aborted }).catch((error) => console.log('rejected', error.name, error.message));
console.log('listeners', quiet.listenerCount('ready'), quiet.listenerCount('error'));
