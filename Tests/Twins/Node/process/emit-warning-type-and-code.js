// process.emitWarning with a type and a code prints "(node:PID) [code] Type: message" on stderr
// and reaches `warning` listeners on a later tick, with name, message and code.
// twin: stderr
process.on('warning', (warning) => console.log('warning listener', warning.name, warning.message, warning.code));
process.emitWarning('something odd happened', 'CustomWarning', 'X1');
console.log('after emitWarning');
