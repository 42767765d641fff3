// A server can listen on a Unix-domain socket path; clients connect by path, and echo works as
// over TCP. The server reports the path as its address.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-net-'));
const socketPath = path.join(dir, 'echo.sock');
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(socketPath, () => {
  console.log('listening on the path', server.address() === socketPath);
  const client = net.connect(socketPath, () => console.log('client: connect', client.remoteAddress));
  client.on('data', (chunk) => console.log('client: data', chunk.toString()));
  client.on('close', () => {
    server.close(() => {
      console.log('server: closed, socket file removed', !fs.existsSync(socketPath));
      fs.rmdirSync(dir);
    });
  });
  client.end('over a pipe');
});
