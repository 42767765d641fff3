// Adding more listeners to one event than getMaxListeners() allows emits a
// MaxListenersExceededWarning once for that event; setMaxListeners changes the limit.
const EventEmitter = require('events');
process.on('warning', (warning) => console.log('warning', warning.name, '|', warning.message));
const emitter = new EventEmitter();
console.log('default', emitter.getMaxListeners());
for (let i = 0; i < 12; i++) emitter.on('busy', () => {});
const strict = new EventEmitter().setMaxListeners(1);
strict.on('z', () => {});
strict.on('z', () => {});
console.log('limits', strict.getMaxListeners());
