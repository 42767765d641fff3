// getConnections reports, on a later tick, how many accepted sockets are open; a destroyed
// socket no longer counts.
const net = require('net');
const server = net.createServer((socket) => {
  server.getConnections((err, count) => {
    console.log('connections', err !== null, count);
    if (count === 2) socket.destroy();
  });
  socket.on('close', () => {
    server.getConnections((err, count) => {
      console.log('after a close', err !== null, count);
      if (count === 0) server.close();
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('close', () => first.destroy());
    second.resume();
  });
  first.resume();
});
