// The client's 'connect' and 'ready' and the server's 'connection' all come after 'listening';
// both ends see each other's loopback address, and close ends with hadError false.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: connection', socket.remoteAddress, socket.remoteFamily);
  socket.on('end', () => console.log('server: end'));
  socket.on('close', (hadError) => {
    console.log('server: close', hadError);
    server.close(() => console.log('server: closed'));
  });
});
server.on('listening', () => console.log('server: listening', server.listening, server.address().family));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => console.log('client: connect callback'));
  client.on('connect', () => console.log('client: connect', client.remoteAddress, client.remotePort === server.address().port));
  client.on('ready', () => {
    console.log('client: ready');
    client.end();
  });
  client.on('close', (hadError) => console.log('client: close', hadError));
  console.log('client: connecting', client.connecting, client.pending);
});
console.log('listening right after listen():', server.listening);
