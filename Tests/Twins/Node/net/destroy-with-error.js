// destroy(err) emits 'error' with err, then 'close' with hadError true; the other side just
// sees its stream end.
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('end', () => console.log('server: end'));
  socket.on('close', (hadError) => { console.log('server: close', hadError); server.close(); });
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.destroy(new Error('boom')));
  client.on('error', (err) => console.log('client: error', err.message, client.destroyed));
  client.on('close', (hadError) => console.log('client: close', hadError));
});
