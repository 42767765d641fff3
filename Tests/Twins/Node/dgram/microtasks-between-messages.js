// Each datagram is a callback of its own: the ticks and promise jobs one 'message' listener
// queues run before the next datagram's 'message', even when both were read at once.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
let received = 0;
receiver.on('message', (msg) => {
  const text = msg.toString();
  console.log('message', text);
  Promise.resolve().then(() => console.log('promise job after', text));
  process.nextTick(() => console.log('tick after', text));
  if (++received === 3) {
    receiver.close();
    sender.close();
  }
});
receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  sender.send('one', port, '127.0.0.1');
  sender.send('two', port, '127.0.0.1');
  sender.send('three', port, '127.0.0.1');
});
