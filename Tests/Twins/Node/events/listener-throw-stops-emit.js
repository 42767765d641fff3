// A listener that throws stops the emit: later listeners do not run and the error reaches the
// caller of emit; the next emit runs every listener again.
const EventEmitter = require('events');
const emitter = new EventEmitter();
let calls = 0;
emitter.on('job', () => console.log('first'));
emitter.on('job', () => { calls += 1; if (calls === 1) throw new Error('listener failed'); console.log('second'); });
emitter.on('job', () => console.log('third'));
try { emitter.emit('job'); } catch (error) { console.log('caught', error.message); }
console.log('emit again', emitter.emit('job'));
