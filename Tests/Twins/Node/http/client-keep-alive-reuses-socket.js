// An agent with keepAlive hands the free socket to the next request: reusedSocket is true, and
// the server sees one connection.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(`answer to ${req.url}`));
server.on('connection', () => { connections += 1; });
const agent = new http.Agent({ keepAlive: true });
function get(port, path, done) {
  const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      console.log(path, res.headers.connection, body, 'reused', req.reusedSocket);
      setImmediate(done);
    });
  });
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  get(port, '/one', () => {
    const name = Object.keys(agent.freeSockets);
    console.log('free sockets', name.length, agent.freeSockets[name[0]].length);
    get(port, '/two', () => {
      get(port, '/three', () => {
        console.log('connections', connections);
        agent.destroy();
        server.close();
      });
    });
  });
});
