// A paused socket emits no 'data'; what arrives meanwhile waits in its buffer and comes out,
// in order, after resume().
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  console.log('server: paused', socket.isPaused());
  let received = '';
  socket.on('data', (chunk) => { received += chunk; });
  setTimeout(() => {
    console.log('server: before resume', '[' + received + ']');
    socket.resume();
  }, 30);
  socket.on('end', () => {
    console.log('server: after resume', '[' + received + ']');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('one ');
  client.write('two ');
  client.end('three');
});
