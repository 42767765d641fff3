// The callback for an IP address runs on the next tick, in order with the other ticks, before
// promise jobs; the promise form is already fulfilled, so its then runs with the promise jobs;
// a real lookup's callback comes from the poll phase, after every tick and job.
const dns = require('dns');
console.log('start');
dns.lookup('127.0.0.1', (error, address) => console.log('callback', address));
process.nextTick(() => console.log('nextTick'));
dns.promises.lookup('::1').then((found) => console.log('promise', found.address));
Promise.resolve().then(() => console.log('microtask'));
dns.lookup('::2', { all: true }, (error, addresses) => console.log('callback all', addresses.length));
dns.lookup('localhost', { family: 4 }, () => {
  console.log('resolved localhost');
  setImmediate(() => console.log('immediate after lookup'));
  process.nextTick(() => console.log('tick after lookup'));
});
console.log('end');
