// An async function runs synchronously up to its first await; each await of a settled promise
// resumes one job later, interleaving with a then-chain; its promise settles one job after return.
async function f() {
  console.log('f start');
  await Promise.resolve();
  console.log('f after await 1');
  await Promise.resolve(5);
  console.log('f after await 2');
  return 'done';
}
f().then((v) => console.log('f resolved', v));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5'));
console.log('sync');
