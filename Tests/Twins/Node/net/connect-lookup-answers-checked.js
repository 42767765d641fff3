// What a lookup function answers is checked: a text that is not an IP address is
// ERR_INVALID_IP_ADDRESS, a family other than 4 or 6 is ERR_INVALID_ADDRESS_FAMILY, and an
// error it gives is the socket's error. With autoSelectFamily off the function is asked for
// one address. A bad attempt timeout throws at the call.
const net = require('net');
const cases = [
  ['not an address', { lookup: (h, o, cb) => cb(null, [{ address: 'nonsense', family: 4 }]) }],
  ['family 5', { lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.1', family: 5 }]) }],
  ['an error', { lookup: (h, o, cb) => cb(Object.assign(new Error('no such name'), { code: 'EAI_TEST' }), []) }],
  ['one address', { autoSelectFamily: false, lookup: (h, o, cb) => {
    console.log('asked', o.family || 0, o.hints, o.all === true);
    cb(Object.assign(new Error('refused by the test'), { code: 'ETEST' }));
  } }],
];
function next(i) {
  if (i === cases.length) {
    try {
      net.connect({ port: 80, host: 'x.example', autoSelectFamilyAttemptTimeout: 0 });
    } catch (err) {
      console.log('throws', err.code, err.message);
    }
    return;
  }
  const [name, options] = cases[i];
  const socket = net.connect({ port: 80, host: 'x.example', ...options });
  socket.on('lookup', (err) => console.log(name, 'lookup', err ? err.code : null));
  socket.on('error', (err) => console.log(name, 'error', err.name, err.code, err.message));
  socket.on('close', () => next(i + 1));
}
next(0);
