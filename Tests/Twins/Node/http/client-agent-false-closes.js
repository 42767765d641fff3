// agent: false makes a connection for the one request and closes it after the response.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server sees connection:', req.headers.connection);
  res.end('once');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
    console.log('response connection:', res.headers.connection);
    res.resume();
    res.on('end', () => console.log('response end'));
  });
  req.on('socket', (socket) => socket.on('close', () => {
    console.log('socket closed');
    server.close();
  }));
  req.on('close', () => console.log('request close'));
});
