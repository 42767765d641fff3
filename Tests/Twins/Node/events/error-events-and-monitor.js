// Emitting 'error' with no error listener throws the error (a non-error value is wrapped as
// ERR_UNHANDLED_ERROR); errorMonitor listeners see every error first without handling it.
const EventEmitter = require('events');
const emitter = new EventEmitter();
try { emitter.emit('error', new Error('nobody listens')); } catch (error) { console.log('thrown', error.message); }
try { emitter.emit('error', 'plain'); } catch (error) { console.log('thrown', error.code, error.message); }
emitter.on(EventEmitter.errorMonitor, (error) => console.log('monitor', error.message));
try { emitter.emit('error', new Error('monitored only')); } catch (error) { console.log('thrown', error.message); }
emitter.on('error', (error) => console.log('handled', error.message));
console.log('emit returned', emitter.emit('error', new Error('handled now')));
