// process.argv starts with the executable and the script, argv0 and execPath name the program,
// and platform, arch, ppid, title and the libuv version have Node's types and names.
console.log('argv:', Array.isArray(process.argv), process.argv.length >= 2, process.argv[0] === process.execPath);
console.log('argv0:', typeof process.argv0, process.argv0.length > 0);
console.log('execPath absolute:', process.execPath.startsWith('/'));
console.log('platform and arch:', process.platform, ['x64', 'arm64'].includes(process.arch));
console.log('ppid:', typeof process.ppid, process.ppid > 0, process.ppid !== process.pid);
console.log('title:', typeof process.title, process.title.length > 0);
console.log('uv version:', /^\d+\.\d+\.\d+$/.test(process.versions.uv));
