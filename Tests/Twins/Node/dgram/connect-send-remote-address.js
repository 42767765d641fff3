// A connected socket sends without an address and names its peer in remoteAddress(); the
// connect callback runs before other 'connect' listeners; connecting twice, or giving a port
// to a connected socket's send, is ERR_SOCKET_DGRAM_IS_CONNECTED; after disconnect()
// remoteAddress() is ERR_SOCKET_DGRAM_NOT_CONNECTED again.
const dgram = require('dgram');
const attempt = (label, f) => {
  try { f(); console.log(label, 'no error'); } catch (err) { console.log(label, err.name, err.code, err.message); }
};
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.port === client.address().port);
  if (msg.toString() !== 'second') return;
  client.disconnect();
  attempt('remoteAddress after disconnect', () => client.remoteAddress());
  attempt('disconnect again', () => client.disconnect());
  client.close();
  server.close();
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  attempt('remoteAddress before connect', () => client.remoteAddress());
  client.connect(port, '127.0.0.1', (err) => {
    console.log('connect callback', err === undefined);
    const remote = client.remoteAddress();
    console.log('remote', remote.address, remote.family, remote.port === port);
    attempt('connect again', () => client.connect(port, '127.0.0.1'));
    attempt('send with a port', () => client.send(Buffer.from('x'), 0, 1, port, '127.0.0.1'));
    client.send('first', (err, n) => console.log('sent', err === null, n));
    client.send(Buffer.from('second'));
  });
  client.on('connect', () => console.log('connect event'));
  attempt('connect while connecting', () => client.connect(port, '127.0.0.1'));
});
