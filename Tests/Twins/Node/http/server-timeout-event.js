// server.setTimeout: an idle connection fires the server's timeout with its socket; with a
// listener the program decides (here, destroying it).
const http = require('http');
const net = require('net');
const server = http.createServer(() => console.log('no request event'));
server.setTimeout(50, (socket) => {
  console.log('timeout, socket is a net.Socket:', socket instanceof net.Socket);
  socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('close', () => {
    console.log('client close');
    server.close(() => console.log('server close'));
  });
});
