// The overflow warning reaches process.on('warning') after the script, with its name and
// message; the timeout itself runs after 1 ms.
process.on('warning', (warning) => console.log(warning.name, warning.message));
setTimeout(() => console.log('overflowed timeout ran'), 2 ** 31);
setTimeout(() => console.log('20 ms timeout'), 20);
console.log('scheduled');
