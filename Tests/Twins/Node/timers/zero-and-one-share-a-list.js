// setTimeout(0) is coerced to 1 ms and joins the 1 ms list, so creation order decides,
// not the delay that was written.
setTimeout(() => console.log('1 ms, created first'), 1);
setTimeout(() => console.log('0 ms, created second'), 0);
setTimeout(() => console.log('1 ms, created third'), 1);
setTimeout(() => console.log('0 ms, created fourth'), 0);
