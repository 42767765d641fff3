// Resolving a promise with itself rejects it with a TypeError.
let resolveSelf;
const p = new Promise((resolve) => { resolveSelf = resolve; });
resolveSelf(p);
p.catch((error) => console.log(error.name, error.message));
