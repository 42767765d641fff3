// When every input of Promise.any rejects, its AggregateError lists the reasons in input order,
// not rejection order.
const failAfter = (ms, message) => new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.any([failAfter(30, 'a'), failAfter(10, 'b'), failAfter(20, 'c')]).catch((error) => {
  console.log(error.name, error.message);
  console.log(error.errors.map((reason) => reason.message));
});
