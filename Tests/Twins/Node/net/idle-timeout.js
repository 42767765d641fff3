// setTimeout(ms) emits 'timeout' once the socket has been idle that long; it does not close
// the socket, and 'timeout' keeps its value.
const net = require('net');
const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  console.log('timeout before', client.timeout);
  client.setTimeout(30, () => {
    console.log('timeout callback, destroyed', client.destroyed, 'timeout', client.timeout);
    client.destroy();
  });
  client.on('timeout', () => console.log('timeout event'));
  client.on('close', () => { console.log('close'); server.close(); });
});
