// In the callback form a failed system call reaches the callback as an error with Node's code,
// syscall and message, while a bad argument is thrown at the call itself.
const fs = require('fs');
fs.open('./no-such-file', 'r', (error, fd) => {
  console.log('open:', error.code, error.errno, error.syscall, error.path, error.message, fd);
  fs.close(12345, (error) => console.log('close:', error.code, error.syscall, error.message));
});
try { fs.open('bad\0path', 'r', () => console.log('never')); } catch (error) { console.log('thrown:', error.name, error.code); }
try { fs.open('./no-such-file', 'rw', () => console.log('never')); } catch (error) { console.log('thrown:', error.code, error.message); }
try { fs.close(-1, () => console.log('never')); } catch (error) { console.log('thrown:', error.name, error.code); }
