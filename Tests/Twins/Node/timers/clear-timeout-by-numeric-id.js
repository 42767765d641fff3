// clearTimeout accepts the timeout's numeric id (its primitive value); unknown ids are ignored.
const cleared = setTimeout(() => console.log('cleared by id (should not run)'), 10);
const kept = setTimeout(() => console.log('kept'), 10);
const id = +cleared;
clearTimeout(id);
clearTimeout(+kept + 1000);
console.log('cleared');
