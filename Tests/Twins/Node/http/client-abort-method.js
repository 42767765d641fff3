// req.abort(): 'abort' on the next tick; aborted before its socket came, the request only
// closes; aborted while connected, the socket's close is a hang up.
const http = require('http');
const server = http.createServer(() => console.log('server got a request'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const connected = http.get({ host: '127.0.0.1', port, path: '/connected' });
  connected.on('abort', () => console.log('abort', connected.aborted, connected.destroyed));
  connected.on('error', (error) => console.log('error', error.code, error.message));
  connected.on('close', () => {
    console.log('close');
    server.closeAllConnections();
    server.close();
  });
  connected.on('socket', (socket) => socket.on('connect', () => setTimeout(() => connected.abort(), 10)));
  const early = http.get({ host: '127.0.0.1', port, path: '/early' });
  early.on('abort', () => console.log('early abort'));
  early.on('error', (error) => console.log('early error', error.message));
  early.on('close', () => console.log('early close'));
  early.abort();
});
