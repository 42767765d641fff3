// Binding a port another socket holds fails with EADDRINUSE, emitted as 'error' with syscall
// 'bind', the address and the port; a bind callback listens for that error too, so a failed
// bind with a callback reports nothing. Two sockets with reuseAddr share a port.
const dgram = require('dgram');
const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = dgram.createSocket('udp4');
  second.on('error', (err) => {
    console.log('error', err.code, err.errno < 0, err.syscall, err.address, err.port === port);
    console.log(err.message === `bind EADDRINUSE 127.0.0.1:${port}`);
    const quiet = dgram.createSocket('udp4');
    quiet.bind(port, '127.0.0.1', () => console.log('never'));
    console.log('error listeners with a bind callback', quiet.listenerCount('error'));
    setImmediate(() => {
      console.log('after the failed bind', quiet.listenerCount('error'), quiet.listenerCount('listening'));
      quiet.close();
      second.close();
      first.close();
      const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      a.bind(0, '127.0.0.1', () => {
        b.bind(a.address().port, '127.0.0.1', () => {
          console.log('both bound', a.address().port === b.address().port);
          a.close();
          b.close();
        });
      });
    });
  });
  second.bind(port, '127.0.0.1');
});
