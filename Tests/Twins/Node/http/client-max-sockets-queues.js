// maxSockets: 1 queues requests on one connection; each goes once the one before it is done.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server', req.url);
  setTimeout(() => res.end(`answer ${req.url}`), 10);
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = 3;
  for (const path of ['/a', '/b', '/c']) {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        console.log('client', path, body, 'reused', req.reusedSocket);
        left -= 1;
        if (left === 0) { agent.destroy(); server.close(); }
      });
    });
  }
  const name = Object.keys(agent.requests)[0];
  console.log('queued', agent.requests[name].length, 'sockets', agent.sockets[name].length);
});
