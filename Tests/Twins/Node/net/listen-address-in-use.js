// A second server on a port in use gets EADDRINUSE as an 'error' event on the next tick,
// with syscall 'listen', the address and the port; the first server is unaffected.
const net = require('net');
const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer();
  second.on('error', (err) => {
    console.log('error', err.code, err.syscall, err.address, err.port === port, second.listening);
    console.log(err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    first.close(() => console.log('first closed'));
  });
  second.listen(port, '127.0.0.1');
  console.log('after listen', second.listening);
});
