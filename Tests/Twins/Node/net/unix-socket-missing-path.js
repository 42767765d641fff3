// Connecting to a Unix-domain socket path that does not exist fails with ENOENT, naming the
// path as the address; listening under a missing directory fails with EACCES.
const net = require('net');
const client = net.connect('/nonexistent-nodeloop/x.sock');
client.on('error', (err) => console.log('connect error', err.code, err.syscall, err.address, err.message));
client.on('close', (hadError) => {
  console.log('connect close', hadError);
  const server = net.createServer();
  server.on('error', (err) => console.log('listen error', err.code, err.syscall, err.address, err.port, err.message));
  server.listen('/nonexistent-nodeloop/dir/x.sock');
});
