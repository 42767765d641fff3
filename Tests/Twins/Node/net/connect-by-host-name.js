// A host name is looked up before connecting: 'lookup' (error, address, family, host), then
// 'connectionAttempt' (address, port, family), then 'connect'. Asking for family 4 makes the
// answer for localhost the same on every machine. An IP address is not looked up.
const net = require('net');
const server = net.createServer((socket) => socket.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const byName = net.connect({ port, host: 'localhost', family: 4 });
  byName.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  byName.on('connectionAttempt', (address, attemptPort, family) => console.log('attempt', address, attemptPort === port, family));
  byName.on('connect', () => console.log('connect', byName.remoteAddress, byName.remoteFamily, byName.remotePort === port));
  byName.on('data', (chunk) => console.log('data', chunk.toString()));
  byName.on('close', () => {
    const byAddress = net.connect(port, '127.0.0.1');
    byAddress.on('lookup', () => console.log('lookup for an address?!'));
    byAddress.on('connectionAttempt', (address, attemptPort, family) => console.log('attempt', address, family));
    byAddress.on('connect', () => console.log('connect', byAddress.autoSelectFamilyAttemptedAddresses));
    byAddress.resume();
    byAddress.on('close', () => server.close(() => console.log('server closed')));
  });
});
