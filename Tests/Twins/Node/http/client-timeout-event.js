// timeout: the request emits 'timeout' when the socket idles that long; destroying it then
// gives socket hang up.
const http = require('http');
const server = http.createServer(() => console.log('server never answers'));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, timeout: 30 });
  req.on('timeout', () => {
    console.log('timeout');
    req.destroy();
  });
  req.on('error', (error) => console.log('error', error.code, error.message));
  req.on('close', () => {
    console.log('close');
    server.closeAllConnections();
    server.close();
  });
});
