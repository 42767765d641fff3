// Three then-chains on resolved promises take turns: each round runs one link of every chain,
// in the order the chains were started.
Promise.resolve().then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
Promise.resolve().then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));
Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3'));
console.log('sync');
