// Connecting to a port nobody listens on fails with ECONNREFUSED: 'error' (code, syscall,
// address, port) then 'close' with hadError true. The port is one just closed.
const net = require('net');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const client = net.connect(port, '127.0.0.1', () => console.log('connected?!'));
    client.on('error', (err) => {
      console.log('error', err.code, err.syscall, err.address, err.port === port, err.errno < 0);
      console.log(err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    client.on('close', (hadError) => console.log('close', hadError, client.destroyed));
  });
});
