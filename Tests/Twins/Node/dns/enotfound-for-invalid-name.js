// A name with an empty label never resolves, and the resolver library refuses it before any
// query leaves the machine: every form fails with Node's ENOTFOUND error, whose
// message names the call and the host and whose own properties are errno, code, syscall and
// hostname, in that order.
const dns = require('dns');
dns.lookup('nosuch..invalid', (error, address, family) => {
  console.log('callback:', error.message, address, family);
  console.log(error.name, error.code, error.errno, error.syscall, error.hostname);
  console.log('%j', error);
  dns.lookup('nosuch..invalid', { all: true, family: 4 }, (error, addresses) => {
    console.log('all:', error.message, addresses);
    dns.promises.lookup('nosuch..invalid').catch((error) => {
      console.log('promise:', error.message, error.code, error.hostname);
    });
  });
});
