// A thenable whose then throws before settling rejects the adopting promise; one that throws
// after resolving leaves it fulfilled.
const throwing = { then(resolve, reject) { throw new Error('then threw'); } };
const resolvesThenThrows = { then(resolve, reject) { resolve('resolved first'); throw new Error('ignored'); } };
Promise.resolve(throwing).then((value) => console.log('fulfilled', value), (error) => console.log('rejected', error.message));
Promise.resolve(resolvesThenThrows).then((value) => console.log('fulfilled', value), (error) => console.log('rejected', error.message));
