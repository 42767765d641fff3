// dns.promises.lookup gives { address, family } (a list with all: true), printed as Node prints
// the object; an IP address fulfils the promise before it is returned, and awaiting works.
const dns = require('dns');
dns.promises.lookup('localhost', { family: 4 }).then((found) => {
  console.log('first:', found, found.address, found.family);
  return dns.promises.lookup('localhost', { all: true, family: 4 });
}).then((found) => {
  console.log('all:', found);
  return dns.promises.lookup('::1', { all: true });
}).then(async (found) => {
  console.log('literal, all:', found);
  const awaited = await dns.promises.lookup('10.1.2.3', { family: 6 });
  console.log('awaited literal:', awaited);
});
