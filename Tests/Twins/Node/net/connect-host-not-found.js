// A name the resolver cannot find: 'lookup' with the error, then 'error' (ENOTFOUND, syscall
// getaddrinfo, hostname) on the next tick, then 'close' with hadError. The name has an empty
// label, which the resolver refuses without asking any server. The same with autoSelectFamily
// off (one look-up for one address) and with family 4.
const net = require('net');
const cases = [{}, { autoSelectFamily: false }, { family: 4 }];
function next(i) {
  if (i === cases.length) return;
  const socket = net.connect({ port: 80, host: 'nosuch..invalid', ...cases[i] });
  console.log('connecting', socket.connecting);
  socket.on('lookup', (err, address, family, host) => console.log('lookup', err.code, address, family, host));
  socket.on('connectionAttempt', () => console.log('attempt?!'));
  socket.on('error', (err) => console.log('error', err.code, err.syscall, err.hostname, err.message, Object.keys(err).sort().join()));
  socket.on('close', (hadError) => {
    console.log('close', hadError, socket.connecting);
    next(i + 1);
  });
}
next(0);
