// resetAndDestroy() closes with a TCP reset: the other side's read fails with ECONNRESET
// ('error' with syscall 'read', then 'close' with hadError true).
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('data', () => socket.resetAndDestroy());
  socket.on('close', (hadError) => console.log('server: close', hadError));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('hello'));
  client.on('error', (err) => console.log('client: error', err.code, err.syscall, err.message));
  client.on('close', (hadError) => { console.log('client: close', hadError); server.close(); });
});
