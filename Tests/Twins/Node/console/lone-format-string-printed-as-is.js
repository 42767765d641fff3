// A format string with no other argument is printed exactly as written: `%%` is not reduced to
// `%` and `%s` stays, because formatting only starts when there are arguments to format.
console.log('100%% sure');
console.log('%s alone');
console.log('100%% sure', 'and more');
