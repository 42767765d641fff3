// A failed send goes to its callback, on the tick after the look-up, with syscall 'send',
// the address and the port: EMSGSIZE past 65,507 bytes on IPv4, EINVAL for an IPv6 address
// on a udp4 socket. Without a callback, Node reports nothing. 65,507 bytes go through.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  const port = socket.address().port;
  const show = (label) => (err, n) => {
    if (err) console.log(label, err.code, err.errno < 0, err.syscall, err.address, err.port === port, n);
    else console.log(label, 'sent', n);
  };
  socket.send(Buffer.alloc(65508), port, '127.0.0.1', show('too big'));
  socket.send(Buffer.alloc(65508), port, '127.0.0.1');
  socket.send('x', port, '::1', show('other family'));
  socket.send(Buffer.alloc(65507, 1), port, '127.0.0.1', show('largest'));
  socket.on('message', (msg, rinfo) => {
    console.log('received', msg.length, rinfo.size);
    socket.close();
  });
  console.log('sends made');
});
