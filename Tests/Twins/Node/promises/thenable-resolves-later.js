// A thenable may settle the adopting promise later, from a timer; the promise stays pending
// until then.
const slow = { then(resolve, reject) { console.log('then called'); setTimeout(() => resolve('from timer'), 40); } };
new Promise((resolve) => resolve(slow)).then((value) => console.log('fulfilled', value));
setTimeout(() => console.log('earlier timer'), 1);
console.log('sync');
