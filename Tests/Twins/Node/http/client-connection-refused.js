// A request to a port nobody listens on fails with the socket's ECONNREFUSED, then closes.
const http = require('http');
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const req = http.get({ host: '127.0.0.1', port }, () => console.log('no response'));
    req.on('error', (error) => console.log('error', error.code, error.syscall, error.message.replace(String(port), 'PORT')));
    req.on('close', () => console.log('close'));
  });
});
