// With several addresses for a name (from a lookup function, so that the test does not depend
// on the machine's resolver), a socket tries them in turn: each failure is reported with
// 'connectionAttemptFailed' and the next is tried, until one connects. When all fail, the
// socket is destroyed with an AggregateError of every attempt's error, coded as the first.
const net = require('net');
const server = net.createServer((socket) => socket.end('hi'));
const show = (value) => (typeof value === 'number' && value > 1000 ? 'PORT' : value);
function twoAddresses(first, second) {
  return (host, options, callback) => {
    console.log('lookup called', host, options.family || 0, options.hints, options.all === true);
    callback(null, [{ address: first, family: 4 }, { address: second, family: 4 }]);
  };
}
function watch(socket) {
  socket.on('connectionAttempt', (address, port, family) => console.log('attempt', address, show(port), family));
  socket.on('connectionAttemptFailed', (address, port, family, err) => console.log('failed', address, show(port), family, err.code));
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect({ port, host: 'two.example', lookup: twoAddresses('127.0.0.2', '127.0.0.1') });
  console.log('tried so far', client.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(/:\d+$/, '')));
  watch(client);
  client.on('connect', () => console.log('connect', client.remoteAddress));
  client.on('data', (chunk) => console.log('data', chunk.toString()));
  client.on('close', () => {
    console.log('tried', client.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(/:\d+$/, '')));
    const failing = net.connect({ port, host: 'two.example', lookup: twoAddresses('127.0.0.3', '127.0.0.2') });
    watch(failing);
    failing.on('error', (err) => {
      console.log('error', err.name, err.code, JSON.stringify(err.message), err instanceof AggregateError);
      console.log('errors', err.errors.map((e) => `${e.code} ${e.address}`));
    });
    failing.on('close', (hadError) => {
      console.log('close', hadError);
      server.close();
    });
  });
});
