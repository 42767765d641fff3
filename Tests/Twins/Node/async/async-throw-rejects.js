// A throw inside an async function rejects its promise; awaiting a timer-backed promise resumes
// after the timer, as a microtask of the timer's callback.
function delay(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
async function job(name) {
  console.log(name, 'start');
  const value = await delay(10, name + ' value');
  console.log(name, 'got', value);
  if (name === 'b') throw new Error(name + ' failed');
  return value.length;
}
job('a').then((length) => console.log('a length', length));
job('b').catch((error) => console.log('b rejected', error.message));
setTimeout(() => console.log('timer after'), 10);
