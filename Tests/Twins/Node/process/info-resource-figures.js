// cpuUsage, memoryUsage, uptime and resourceUsage give numbers under Node's names.
const first = process.cpuUsage();
console.log('cpuUsage:', typeof first.user, typeof first.system, first.user >= 0, first.system >= 0);
let spin = 0;
for (let i = 0; i < 1e6; i++) spin += i;
const diff = process.cpuUsage(first);
console.log('cpuUsage diff:', diff.user >= 0, diff.system >= 0, spin > 0);
const memory = process.memoryUsage();
console.log('memoryUsage:', Object.keys(memory).join(','), memory.rss > 0, process.memoryUsage.rss() > 0);
console.log('uptime:', typeof process.uptime(), process.uptime() >= 0);
const usage = process.resourceUsage();
console.log('resourceUsage:', Object.keys(usage).sort().join(','));
console.log('resourceUsage figures:', usage.maxRSS > 0, usage.userCPUTime >= 0);
