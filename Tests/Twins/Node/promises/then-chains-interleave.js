// Two then-chains on resolved promises interleave one job at a time; adopting a promise costs
// two extra jobs, and finally on a resolved promise four in all.
const a = Promise.resolve();
a.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3')).then(() => console.log('a4')).then(() => console.log('a5'));
new Promise((resolve) => resolve(Promise.resolve())).then(() => console.log('adopted'));
Promise.resolve().finally(() => console.log('finally')).then(() => console.log('after finally'));
Promise.all([Promise.resolve(1)]).then((values) => console.log('all', values));
console.log('sync');
