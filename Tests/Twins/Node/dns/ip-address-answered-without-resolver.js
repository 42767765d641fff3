// An IP address is its own answer, with the family its text shows, even when the options ask
// for the other family; dotted forms that net.isIP refuses (127.1) go to the resolver, which
// reads them as numbers.
const dns = require('dns');
dns.lookup('127.0.0.1', { family: 6 }, (error, address, family) => {
  console.log('127.0.0.1 as family 6:', error?.code, address, family);
});
dns.lookup('::1', (error, address, family) => {
  console.log('::1:', address, family);
});
dns.lookup('fe80::1%lo', { all: true }, (error, addresses) => {
  console.log('zone id, all:', addresses);
});
dns.lookup('::ffff:10.0.0.1', { all: true, family: 4 }, (error, addresses) => {
  console.log('mapped, all:', addresses);
});
dns.lookup('127.1', (error, address, family) => {
  console.log('127.1:', error?.code, address, family);
});
