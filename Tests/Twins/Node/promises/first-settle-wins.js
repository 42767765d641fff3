// Only the first call to resolve or reject counts; later calls, of either function, do nothing.
new Promise((resolve, reject) => {
  resolve(1);
  reject(new Error('ignored'));
  resolve(2);
}).then((value) => console.log('fulfilled', value), (error) => console.log('rejected', error.message));
new Promise((resolve, reject) => {
  reject(new Error('first'));
  resolve(3);
  reject(new Error('second'));
}).then((value) => console.log('fulfilled', value), (error) => console.log('rejected', error.message));
