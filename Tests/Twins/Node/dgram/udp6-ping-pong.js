// The same trade over IPv6 on ::1; a udp6 socket bound without an address binds '::'.
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
const client = dgram.createSocket('udp6');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.size, rinfo.family, rinfo.address);
  server.send('pong', rinfo.port, rinfo.address);
});
client.on('message', (msg, rinfo) => {
  console.log('client got', msg.toString(), rinfo.size, rinfo.family, rinfo.address);
  client.close();
  server.close();
});
server.bind(0, '::1', () => {
  const { address, family } = server.address();
  console.log('server bound', address, family);
  client.bind(() => {
    console.log('client bound', client.address().address, client.address().family);
    client.send('ping', server.address().port, '::1');
  });
});
