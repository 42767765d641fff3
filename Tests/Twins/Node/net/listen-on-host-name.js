// server.listen with a host name looks it up first and listens on its first address; a name
// that cannot be found is the server's 'error' (ENOTFOUND), and the server is not listening.
// Which family localhost gives first depends on the machine, so only the facts that do not
// are printed.
const net = require('net');
const server = net.createServer((socket) => socket.end('from localhost'));
server.listen(0, 'localhost', () => {
  const { address, port } = server.address();
  console.log('listening', net.isIP(address) !== 0, address === '127.0.0.1' || address === '::1');
  const client = net.connect(port, 'localhost');
  client.on('data', (chunk) => console.log('data', chunk.toString()));
  client.on('close', () => server.close(() => {
    const lost = net.createServer();
    lost.on('error', (err) => console.log('error', err.code, err.syscall, err.hostname, lost.listening));
    lost.on('listening', () => console.log('listening?!'));
    lost.listen(0, 'nosuch..invalid');
  }));
});
