// Promise.race([]) never settles and holds nothing open: the run ends with it still pending.
let settled = false;
Promise.race([]).then(() => { settled = true; }, () => { settled = true; });
setTimeout(() => console.log('timer ran'), 10);
process.on('exit', (code) => console.log('exit', code, 'settled', settled));
