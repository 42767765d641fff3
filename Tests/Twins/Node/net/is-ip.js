// net.isIP, isIPv4 and isIPv6 follow Node's own rules, not inet_pton's: no leading zeros in an
// IPv4 part, at most one '::', an IPv4 tail in an IPv6 address, and a zone id after '%'.
const net = require('net');
const inputs = [
  '127.0.0.1', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.04', '0.0.0.0', ' 1.2.3.4',
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '1:2:3:4:5:6:7::8',
  '1::2::3', ':1::2', '1:::2', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%eth0/1', '::ffff:127.0.0.1',
  '::ffff:127.0.0.01', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '1.2.3.4::', '12345::', 'ABCD:ef01::',
  '1.2.3.4%eth0', '[::1]', 'localhost', '',
];
for (const input of inputs) {
  console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
