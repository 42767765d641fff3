// Promise.resolve(p) returns a native promise p itself; new Promise resolved with p is a new
// promise.
const p = Promise.resolve(1);
console.log('Promise.resolve(p) === p', Promise.resolve(p) === p);
console.log('new Promise(r => r(p)) === p', new Promise((resolve) => resolve(p)) === p);
