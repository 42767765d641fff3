// timeout.close() cancels the timeout like clearTimeout; other timeouts are untouched.
const closed = setTimeout(() => console.log('closed (should not run)'), 10);
setTimeout(() => console.log('kept'), 10);
closed.close();
console.log('closed');
