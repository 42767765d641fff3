// A combinator still settles when one of its inputs is pending and never referenced again: an
// unreachable promise changes nothing a program can observe.
function never() {
  return new Promise(() => {});
}
Promise.race([Promise.resolve(1), never()]).then((v) => console.log('race', v), (e) => console.log('race!', e.message));
Promise.all([Promise.reject(new Error('no')), never()]).then((v) => console.log('all', v), (e) => console.log('all!', e.message));
Promise.any([never(), Promise.resolve(3)]).then((v) => console.log('any', v));
Promise.allSettled([never()]).then(() => console.log('allSettled never settles'));
setImmediate(() => {
  Promise.race([never(), Promise.resolve(4)]).then((v) => console.log('race in immediate', v));
});
setTimeout(() => {
  const later = new Promise((resolve) => setTimeout(() => resolve(5), 1));
  Promise.race([never(), later]).then((v) => console.log('race of a later input', v));
}, 1);
