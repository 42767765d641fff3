// The os module describes the machine: at least one CPU to run on, memory with less free than
// total, three load averages, the platform's names, and the temp directory from TMPDIR, TMP or
// TEMP without a trailing slash (printed as relations, so that the case holds on any machine).
const os = require('os');
const cpus = os.cpus();
console.log('availableParallelism >= 1:', os.availableParallelism() >= 1);
console.log('cpus:', cpus.length >= 1, cpus.every((cpu) => typeof cpu.model === 'string' && cpu.speed >= 0 && cpu.times.user >= 0 && cpu.times.idle >= 0));
console.log('memory:', os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
const load = os.loadavg();
console.log('loadavg:', load.length, load.every((value) => value >= 0));
console.log('uptime > 0:', os.uptime() > 0);
console.log('names:', os.platform(), os.type(), os.EOL === '\n', os.endianness());
console.log('hostname and home:', os.hostname().length > 0, os.homedir().startsWith('/'));
process.env.TMPDIR = '/var/tmp/';
console.log('tmpdir:', os.tmpdir());
process.env.TMPDIR = '';
process.env.TMP = '/scratch';
console.log('tmpdir:', os.tmpdir());
delete process.env.TMP;
delete process.env.TEMP;
console.log('tmpdir:', os.tmpdir());
