// bind(0, '127.0.0.1', cb): the address is looked up first, so 'listening' (and then the
// callback) comes a tick after the call, before later ticks; until then address() fails with
// EBADF. Without an address a udp4 socket binds 0.0.0.0.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.on('listening', () => console.log('listening event'));
socket.bind(0, '127.0.0.1', () => {
  const { address, family, port } = socket.address();
  console.log('bound', address, family, port > 0);
  socket.close();
  const any = dgram.createSocket('udp4');
  any.bind(() => {
    console.log('bound without an address', any.address().address, any.address().family);
    any.close();
  });
});
process.nextTick(() => console.log('next tick'));
console.log('after bind');
try {
  socket.address();
} catch (err) {
  console.log('address while binding', err.code, err.syscall, err.message);
}
