// With allowHalfOpen the server's socket stays writable after the client ended: it reads
// 'end', then still writes its reply, and ends itself.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  let request = '';
  socket.on('data', (chunk) => { request += chunk; });
  socket.on('end', () => {
    console.log('server: end, writable', socket.writable);
    socket.end('reply to ' + request);
  });
  socket.on('finish', () => console.log('server: finish'));
  socket.on('close', () => { console.log('server: close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  client.on('data', (chunk) => console.log('client: data', chunk.toString()));
  client.on('finish', () => console.log('client: finish'));
  client.on('end', () => { console.log('client: end'); client.end(); });
  client.on('close', () => console.log('client: close'));
  client.end('ping');
});
