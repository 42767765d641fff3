// The executor runs synchronously inside new Promise, before the next statement; only the then
// handler waits for a job.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor');
  resolve('value');
  console.log('executor after resolve');
});
p.then((value) => console.log('then', value));
console.log('after');
