// A bound socket keeps the run alive; unref'd, it does not: 'exit' comes with the socket
// still bound. ref() on another socket keeps the run going until that one closes.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  console.log('listening');
  socket.unref();
  const kept = dgram.createSocket('udp4');
  kept.unref();
  kept.ref();
  kept.bind(0, '127.0.0.1', () => {
    console.log('kept listening');
    setTimeout(() => {
      console.log('closing kept');
      kept.close();
    }, 5);
  });
});
process.on('exit', () => console.log('exit, address family', socket.address().family));
