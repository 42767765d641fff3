// Chapter 1: synchronous code runs top to bottom on one call stack; a function call finishes
// before the next line runs.
function makeTea(step) {
  console.log(`  ${step}: boil water`);
  console.log(`  ${step}: steep the leaves`);
}
console.log('step 1: take a cup');
makeTea('step 2');
console.log('step 3: drink');
