// An unref'd timeout still runs when a ref'd timeout keeps the run alive past its expiry.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('unref timeout, 10 ms'), 10).unref();
setTimeout(() => console.log('ref timeout, 40 ms'), 40);
