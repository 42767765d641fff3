// Writing to a peer that has closed its socket fails with an 'error' (EPIPE or ECONNRESET,
// whichever the kernel reports first), and the process goes on: Node ignores SIGPIPE, which
// would otherwise end it. The writer keeps writing until the error comes.
const net = require('net');
const server = net.createServer((socket) => socket.destroy());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const block = Buffer.alloc(64 * 1024, 1);
  let writes = 0;
  function writeMore() {
    while (writes < 4096 && !client.destroyed) {
      writes += 1;
      if (!client.write(block)) return client.once('drain', writeMore);
    }
  }
  client.on('connect', writeMore);
  client.on('error', (err) => console.log('error', err.code === 'EPIPE' || err.code === 'ECONNRESET', err.syscall === 'write' || err.syscall === 'read'));
  client.on('close', (hadError) => {
    console.log('close', hadError);
    server.close(() => console.log('still running'));
  });
});
