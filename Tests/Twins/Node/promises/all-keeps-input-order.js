// Combinator results keep input order, not settle order: inputs settled by timers in reverse
// order still come out first to last.
const after = (ms, value) => new Promise((resolve) => setTimeout(() => { console.log('settled', value); resolve(value); }, ms));
Promise.all([after(30, 'a'), after(20, 'b'), after(10, 'c')]).then((values) => console.log('all', values));
