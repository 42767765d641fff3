// fetch to a port nobody listens on rejects with TypeError: fetch failed, caused by
// ECONNREFUSED; an aborted signal rejects with an AbortError.
const http = require('http');
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  server.close(async () => {
    try {
      await fetch(url);
    } catch (error) {
      console.log(error.name, error.message, error.cause.code);
    }
    try {
      await fetch(url, { signal: AbortSignal.abort() });
    } catch (error) {
      console.log(error.name, error.message);
    }
  });
});
