// process.kill: a name that is no signal is ERR_UNKNOWN_SIGNAL (names are taken as written), a
// number that is no signal is the system's EINVAL, signal 0 only tests that a process exists,
// and a pid no process has is an ESRCH system error from the `kill` call.
const missingPid = 2147483647; // above any pid_max
const attempts = [
  ['unknown name', () => process.kill(process.pid, 'SIGFOO')],
  ['lower-case name', () => process.kill(process.pid, 'sigterm')],
  ['unknown number', () => process.kill(process.pid, 12345)],
  ['signal 0 to self', () => process.kill(process.pid, 0)],
  ['missing pid', () => process.kill(missingPid, 'SIGTERM')],
  ['missing pid, signal 0', () => process.kill(missingPid, 0)],
];
for (const [label, attempt] of attempts) {
  try {
    console.log(label, 'returned', attempt());
  } catch (error) {
    console.log(label, 'threw', error.name, error.code, error.message, error.errno, error.syscall);
  }
}
