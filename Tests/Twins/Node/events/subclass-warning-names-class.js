// The MaxListenersExceededWarning names the emitter's class, comes once per event name, and a
// limit of 0 means no limit; a negative limit is a RangeError.
const EventEmitter = require('events');
class JobQueue extends EventEmitter {}
process.on('warning', (warning) => console.log(warning.name, '|', warning.message));
const queue = new JobQueue().setMaxListeners(2);
for (let i = 0; i < 4; i++) queue.on('done', () => {});
for (let i = 0; i < 3; i++) queue.on('failed', () => {});
const unlimited = new JobQueue().setMaxListeners(0);
for (let i = 0; i < 50; i++) unlimited.on('done', () => {});
console.log('unlimited', unlimited.listenerCount('done'), unlimited.getMaxListeners());
try { unlimited.setMaxListeners(-1); } catch (error) { console.log(error.name, error.code, error.message); }
