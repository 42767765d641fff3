// Past maxConnections a new connection is closed at once and the server emits 'drop'; the
// dropped client sees the end of its stream.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: connection');
  socket.resume();
});
server.maxConnections = 1;
server.on('drop', (info) => console.log('server: drop', info.localAddress, info.remoteFamily));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', () => {
    console.log('first: connect');
    const second = net.connect(port, '127.0.0.1', () => console.log('second: connect'));
    second.on('error', (err) => console.log('second: error', err.code));
    second.resume();
    second.on('close', () => {
      console.log('second: close');
      first.end();
    });
  });
  first.resume();
  first.on('close', () => {
    console.log('first: close');
    server.close();
  });
});
