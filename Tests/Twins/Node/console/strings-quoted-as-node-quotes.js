// Strings inside arrays and objects are quoted with single quotes, or with double quotes or
// backticks when that avoids escaping a single quote; control characters and the backslash are
// escaped; property names that are not identifiers are quoted.
console.log(['plain', "it's", 'say "hi"', 'it\'s "both"', 'it\'s "all" `three`']);
console.log(['tab\there', 'line\nbreak', 'back\\slash', '\x01\x1b\x7f']);
console.log({ '3e': 4, _d3: 'x', 'a-b': 1, c: 2 });
