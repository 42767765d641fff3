// Without allowHalfOpen (the default), a socket whose other side ended ends its own side:
// 'end', then 'finish', then 'close', with no call to end().
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('end', () => console.log('server: end'));
  socket.on('finish', () => console.log('server: finish'));
  socket.on('close', (hadError) => { console.log('server: close', hadError); server.close(); });
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
  client.on('finish', () => console.log('client: finish'));
  client.on('end', () => console.log('client: end'));
  client.on('close', () => console.log('client: close'));
  client.resume();
});
