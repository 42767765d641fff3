// An array of buffers goes out as one datagram, its parts in order; offset and length cut a
// datagram out of a buffer; an empty array sends an empty datagram. The sender is unbound, so
// the three sends wait for its implicit bind and go out in order.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
let received = 0;
receiver.on('message', (msg, rinfo) => {
  console.log('got', `[${msg.toString()}]`, rinfo.size);
  if (++received === 3) {
    sender.close();
    receiver.close();
  }
});
receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  sender.send([Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')], port, '127.0.0.1', (err, n) => console.log('list sent', err === null, n));
  sender.send(Buffer.from('hello world'), 6, 5, port, '127.0.0.1', (err, n) => console.log('slice sent', err === null, n));
  sender.send([], port, '127.0.0.1', (err, n) => console.log('empty sent', err === null, n));
});
