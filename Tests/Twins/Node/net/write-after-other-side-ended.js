// A socket without allowHalfOpen ends its side when the other side ends; writing after that
// fails with EPIPE 'This socket has been ended by the other party'.
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('end', () => {
    setImmediate(() => {
      console.log('server: writableEnded', socket.writableEnded);
      socket.write('too late', (err) => console.log('server: write callback', err.code, err.message));
    });
  });
  socket.on('error', (err) => console.log('server: error', err.code));
  socket.on('close', (hadError) => { console.log('server: close', hadError); server.close(); });
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => client.end());
  client.resume();
});
