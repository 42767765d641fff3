// Two sockets on 127.0.0.1 trade a datagram each way. rinfo names the sender, its family and
// the datagram's size; the send callback gets the byte count on the tick after the send.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.size, rinfo.family, rinfo.address, rinfo.port === client.address().port);
  server.send(Buffer.from('pong!'), rinfo.port, rinfo.address);
});
client.on('message', (msg, rinfo) => {
  console.log('client got', msg.toString(), rinfo.size, rinfo.family, rinfo.port === server.address().port);
  client.close();
  server.close();
});
server.on('close', () => console.log('server closed'));
client.on('close', () => console.log('client closed'));
server.bind(0, '127.0.0.1', () => {
  client.bind(0, '127.0.0.1', () => {
    client.send('ping', server.address().port, '127.0.0.1', (err, bytes) => console.log('sent', err === null, bytes));
  });
});
