// Closing one end closes both: messages already sent are still delivered, then both ends emit close (the closer first); posting after close does nothing.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.on('message', (message) => console.log('port2 got', message));
port1.postMessage('last');
port1.close();
port1.postMessage('after close');
console.log('closed');
