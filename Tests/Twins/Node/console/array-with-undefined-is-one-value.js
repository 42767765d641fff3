// An array holding undefined is still one value: it prints as one bracketed array, with
// undefined among its elements.
console.log([1, 'two', true, undefined]);
console.log(['only', undefined], 'after');
