// The other way round: the server ends first; the client (allowHalfOpen) reads 'end' and still
// writes before ending; the server (not half-open) hears it after its own end.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  socket.end('bye');
  socket.on('data', (chunk) => console.log('server: data', chunk.toString()));
  socket.on('end', () => console.log('server: end'));
  socket.on('close', () => { console.log('server: close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  client.on('data', (chunk) => console.log('client: data', chunk.toString()));
  client.on('end', () => {
    console.log('client: end, writable', client.writable);
    client.end('last words');
  });
  client.on('close', () => console.log('client: close'));
});
