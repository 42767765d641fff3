// removeAllListeners(name) emits 'removeListener' once for each listener of that event;
// removeAllListeners() empties every event and removes the 'removeListener' listeners last,
// without telling them.
const EventEmitter = require('events');
const emitter = new EventEmitter();
const removed = [];
emitter.on('removeListener', (name) => removed.push(name));
for (let i = 0; i < 3; i++) emitter.on('job', () => {});
emitter.on('other', () => {});
emitter.removeAllListeners('job');
console.log('by name', removed.join(' '), '| names', emitter.eventNames());
removed.length = 0;
emitter.on('job', () => {});
emitter.on('job', () => {});
emitter.removeAllListeners();
console.log('all', removed.join(' '), '| names', emitter.eventNames());
