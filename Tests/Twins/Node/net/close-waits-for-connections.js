// server.close() stops listening at once, but 'close' waits until every accepted connection
// is gone; a connection attempt after close() is refused.
const net = require('net');
const server = net.createServer((socket) => {
  server.close(() => console.log('server: close callback, listening', server.listening));
  console.log('server: closing, listening', server.listening);
  setTimeout(() => {
    console.log('server: ending its socket');
    socket.end();
  }, 20);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  client.resume();
  client.on('end', () => console.log('client: end'));
  client.on('close', () => console.log('client: close'));
});
