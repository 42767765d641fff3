// dns.lookup resolves localhost as the machine does (/etc/hosts): with family 4 it is 127.0.0.1;
// with all: true the list holds it (any IPv6 entry the machine adds is left out here); the
// family may be named 'IPv4' in the callback form, and order: 'ipv4first' keeps it first.
const dns = require('dns');
dns.lookup('localhost', { family: 4 }, (error, address, family) => {
  console.log('family 4:', error?.code, address, family);
  dns.lookup('localhost', { all: true }, (error, addresses) => {
    console.log('all:', error?.code, addresses.filter((entry) => entry.family === 4));
    dns.lookup('localhost', { family: 'IPv4', all: true, order: 'ipv4first' }, (error, addresses) => {
      console.log('IPv4, all, ipv4first:', addresses);
      dns.lookup('localhost', { family: 4, hints: dns.V4MAPPED }, (error, address, family) => {
        console.log('hints:', address, family);
      });
    });
  });
});
