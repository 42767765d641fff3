// Bad options throw at the call with Node's codes and messages, in the callback form and in the
// promise form alike (which does not reject); the promise form knows no family names.
const dns = require('dns');
const show = (label, call) => {
  try {
    call();
    console.log(label, 'passed');
  } catch (error) {
    console.log(label, error.name, error.code);
    console.log(' ', error.message);
  }
};
show('family 5', () => dns.lookup('localhost', { family: 5 }, () => {}));
show('family IPv7', () => dns.lookup('localhost', { family: 'IPv7' }, () => {}));
show('family -4', () => dns.lookup('localhost', { family: -4, all: true }, () => {}));
show('hints', () => dns.lookup('localhost', { hints: 12345 }, () => {}));
show('hints before family', () => dns.lookup('localhost', { hints: 1, family: 5 }, () => {}));
show('promise family 7', () => dns.promises.lookup('localhost', { family: 7 }));
show('promise family IPv6', () => dns.promises.lookup('localhost', { family: 'IPv6' }));
show('promise hints', () => dns.promises.lookup('localhost', { hints: 64, all: true }));
show('IPv6 by name', () => dns.lookup('::1', { family: 'IPv6' }, () => {}));
