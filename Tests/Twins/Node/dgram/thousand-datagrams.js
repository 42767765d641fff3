// A thousand datagrams on the loopback, in windows of 50 so that no receive buffer overflows
// (UDP drops what does not fit): every one arrives, in order, and the sizes add up.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
const total = 1000;
const window = 50;
let next = 0;
let received = 0;
let bytes = 0;
let inOrder = true;
const sendWindow = () => {
  for (let i = 0; i < window; i++, next++) {
    const datagram = Buffer.alloc(1 + (next % 100), next % 256);
    sender.send(datagram, receiver.address().port, '127.0.0.1');
  }
};
receiver.on('message', (msg, rinfo) => {
  if (msg.length !== 1 + (received % 100) || msg[0] !== received % 256) inOrder = false;
  received++;
  bytes += rinfo.size;
  if (received === total) {
    console.log('received', received, 'bytes', bytes, 'in order', inOrder);
    receiver.close();
    sender.close();
  } else if (received % window === 0) {
    receiver.send('more', rinfo.port, rinfo.address);
  }
});
sender.on('message', () => sendWindow());
receiver.bind(0, '127.0.0.1', () => {
  sender.bind(0, '127.0.0.1', sendWindow);
});
