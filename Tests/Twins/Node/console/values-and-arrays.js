// Values print as util.inspect shows them: booleans, undefined, strings bare at the top level
// but quoted inside arrays and objects, nested arrays, empty arrays and one-key objects.
// twin: stderr
console.log(true, false, undefined);
console.log('text', ['text']);
console.log([1, 'two', true]);
console.log([[1, 2], ['a', ['b']]]);
console.log([], [[]]);
console.log({ answer: 42 }, { name: 'Ada' });
console.error('to stderr', [1]);
console.info('info goes to stdout');
console.warn('warn goes to stderr');
