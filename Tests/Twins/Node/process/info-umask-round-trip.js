// process.umask(mask) returns the mask it replaces and process.umask() reads it; a mask out of
// range is a RangeError.
const saved = process.umask(0o027);
console.log('read:', process.umask().toString(8));
console.log('replaced:', process.umask(0o1777).toString(8));
console.log('kept bits:', process.umask().toString(8));
process.umask(saved);
console.log('restored:', process.umask() === saved);
try {
  process.umask(-1);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
