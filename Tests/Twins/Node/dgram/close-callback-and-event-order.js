// close(callback): the socket stops at once; 'close' listeners (the callback among them, in
// the order added) run on the next tick, before promise jobs and immediates; closing again
// throws ERR_SOCKET_DGRAM_NOT_RUNNING. A socket closed while binding never listens; one with
// a send queued closes once bound, and the send is dropped without its callback.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  socket.on('close', () => console.log('close event'));
  socket.close(() => console.log('close callback'));
  socket.on('close', () => console.log('close event, added after'));
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise job'));
  process.nextTick(() => console.log('tick queued after close'));
  console.log('after close');
  try { socket.close(); } catch (err) { console.log('close again', err.code, err.message); }
});
const early = dgram.createSocket('udp4');
early.on('listening', () => console.log('early listening'));
early.bind(0, '127.0.0.1');
early.close(() => console.log('early closed'));
const queued = dgram.createSocket('udp4');
queued.send('lost', 9, '127.0.0.1', (err, n) => console.log('queued send callback', err, n));
queued.close(() => console.log('queued closed'));
queued.on('listening', () => console.log('queued listening'));
console.log('end of script');
