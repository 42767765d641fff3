// The server drops the connection before answering: socket hang up, ECONNRESET.
const http = require('http');
const server = http.createServer((req) => {
  console.log('server destroys the socket');
  req.socket.destroy();
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, () => console.log('no response'));
  req.on('error', (error) => console.log('error', error.name, error.code, error.message));
  req.on('close', () => {
    console.log('close');
    server.close();
  });
});
