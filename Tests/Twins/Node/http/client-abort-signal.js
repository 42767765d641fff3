// An AbortSignal destroys the request with an AbortError; so does an already aborted one.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server got', req.url);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const controller = new AbortController();
  const req = http.get({ host: '127.0.0.1', port, path: '/slow', signal: controller.signal }, () => console.log('no response'));
  req.on('error', (error) => console.log('error', error.name, error.code, error.message));
  req.on('close', () => {
    console.log('close', req.destroyed);
    const early = http.get({ host: '127.0.0.1', port, path: '/never', signal: AbortSignal.abort() });
    early.on('error', (error) => console.log('early error', error.name, error.code));
    early.on('close', () => {
      console.log('early close');
      server.closeAllConnections();
      server.close();
    });
  });
  setTimeout(() => controller.abort(), 20);
});
