// Awaiting a rejected promise throws at the await; a try/catch inside the async function catches
// it, and ticks queued before the await run first.
async function load() {
  process.nextTick(() => console.log('tick'));
  try {
    await Promise.reject(new Error('no data'));
    console.log('not reached');
  } catch (error) {
    console.log('caught', error.message);
  }
  return 'recovered';
}
load().then((value) => console.log('load', value));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
