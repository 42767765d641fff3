// http.STATUS_CODES and http.METHODS, and the reason phrase each status gets by default.
const http = require('http');
console.log(http.METHODS.length, http.METHODS.join(' '));
for (const code of [100, 200, 201, 204, 301, 304, 400, 404, 418, 431, 500, 503, 599]) {
  console.log(code, http.STATUS_CODES[code]);
}
console.log('maxHeaderSize', http.maxHeaderSize);
