// allSettled fulfils with one outcome object per input, status with value or reason, printed as
// Node prints plain objects.
Promise.allSettled([Promise.resolve('yes'), Promise.reject('no')]).then((results) => {
  console.log(results.length);
  for (const result of results) console.log(result.status, result);
});
