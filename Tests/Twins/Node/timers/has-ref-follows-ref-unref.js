// hasRef() is true for a new timeout and follows unref() and ref(); the chaining calls return
// the same timeout.
const timeout = setTimeout(() => console.log('timeout'), 10);
console.log('new', timeout.hasRef());
timeout.unref();
console.log('after unref', timeout.hasRef());
timeout.ref();
console.log('after ref', timeout.hasRef());
console.log('unref chain', timeout.unref().hasRef());
console.log('ref chain', timeout.ref().hasRef());
