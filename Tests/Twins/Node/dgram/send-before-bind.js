// A send on an unbound socket binds it to a free port of 0.0.0.0 first: the send waits in a
// queue (a 'listening' listener), 'listening' comes, then the datagram goes out.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
receiver.bind(0, '127.0.0.1', () => {
  const sender = dgram.createSocket('udp4');
  sender.on('listening', () => {
    const { address, family, port } = sender.address();
    console.log('sender listening', address, family, port > 0);
  });
  sender.send('hello', receiver.address().port, '127.0.0.1', (err, n) => console.log('sent', err === null, n));
  console.log('listening listeners while binding', sender.listenerCount('listening'));
  receiver.on('message', (msg, rinfo) => {
    console.log('got', msg.toString(), rinfo.port === sender.address().port);
    sender.close();
    receiver.close();
  });
});
