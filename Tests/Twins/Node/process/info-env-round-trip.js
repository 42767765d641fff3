// process.env writes the real environment: a set variable reads back and is listed among the
// keys, and deleting it removes it.
const name = 'NODELOOP_TWIN_ENV_ROUND_TRIP';
console.log('before:', process.env[name], name in process.env);
process.env[name] = '42';
console.log('after set:', process.env[name], Object.keys(process.env).includes(name));
process.env[name] = 'changed';
console.log('after change:', process.env[name]);
delete process.env[name];
console.log('after delete:', process.env[name], Object.keys(process.env).includes(name));
console.log('PATH is set:', typeof process.env.PATH === 'string');
