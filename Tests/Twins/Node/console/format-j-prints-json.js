// %j prints JSON.stringify of its argument: arrays and objects without spaces, strings with
// JSON's quotes and escapes, NaN and Infinity as null, -0 as 0, undefined (and a function) as
// undefined, null in an array and left out of an object; a Buffer as its toJSON(), an error as
// its enumerable properties.
const fs = require('fs');
console.log('%j', ['a', 'b']);
console.log('%j %j %j', 'a"b\n\u0001\\', 42.5, -0);
console.log('%j %j %j', NaN, Infinity, true);
console.log('%j', undefined);
console.log('%j', [1, undefined, NaN]);
console.log('%j', { a: 'x', b: 1, n: [1, { c: 2 }], u: undefined });
console.log('%j', Buffer.from('hi'));
console.log('%j', new Error('boom'));
try { fs.statSync('/no/such/path'); } catch (error) { console.log('%j', error); }
console.log('%j|%j', [], {});
console.log('%j %j', () => 1, [() => 1]);
console.log('%j', 'only one', 'then', ['inspected']);
