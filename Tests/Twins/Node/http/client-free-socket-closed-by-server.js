// A free socket the server closes leaves the agent's pool; the next request opens a new one.
const http = require('http');
const server = http.createServer((req, res) => res.end(`answer to ${req.url}`));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = http.get({ host: '127.0.0.1', port, path: '/first', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      first.socket.on('close', () => {
        console.log('free socket closed; pools:', Object.keys(agent.freeSockets).length, Object.keys(agent.sockets).length);
        const second = http.get({ host: '127.0.0.1', port, path: '/second', agent }, (res) => {
          let body = '';
          res.on('data', (chunk) => { body += chunk; });
          res.on('end', () => {
            console.log(body, 'reused', second.reusedSocket);
            agent.destroy();
            server.close();
          });
        });
      });
      setImmediate(() => {
        console.log('free sockets before', Object.keys(agent.freeSockets).length);
        server.closeIdleConnections();
      });
    });
  });
});
