// allSettled lists outcomes in input order whatever order the inputs settle in, and prints each
// as Node prints the outcome objects.
const after = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failAfter = (ms, reason) => new Promise((resolve, reject) => setTimeout(() => reject(reason), ms));
Promise.allSettled([after(20, 1), failAfter(10, 42), after(5, 3)]).then((results) => {
  console.log(results);
  console.log(results.map((result) => result.status));
});
