'use strict';
// The conformance cases: raw bytes sent to node's own HTTP server (requests) or read by node's
// own HTTP client (responses). Only the inputs are written here; what Node does with each is
// recorded by record.js into node-recording.json, never written by hand.
//
// Fields: name; kind ('request' | 'response'); input (a string, one character per byte);
// method (responses: the client's request method, default GET); noUpgradeListener (requests:
// the server has no 'upgrade' listener, as a default server).

const { METHODS } = require('http');

const H = 'Host: a\r\n';
const chunked = 'Transfer-Encoding: chunked\r\n';
const post = (headers, body = '') => `POST / HTTP/1.1\r\n${H}${headers}\r\n${body}`;
const get = (headers = '') => `GET / HTTP/1.1\r\n${H}${headers}\r\n`;
const chunkedPost = (body) => post(chunked, body);
const status = (line, rest = 'Content-Length: 0\r\n\r\n') => `${line}\r\n${rest}`;

// The head bytes Node counts against maxHeaderSize (16384): URL, names and values. `/`, `Host`,
// `a`, `X-Pad` count 11, so a value of `n - 11` bytes makes a head of n counted bytes.
const sizedHead = (counted) => get(`X-Pad: ${'p'.repeat(counted - 11)}\r\n`);

const requests = [
    // Request smuggling: framing headers that disagree or hide.
    ['cl-and-te', post(`Content-Length: 3\r\n${chunked}`, '0\r\n\r\n')],
    ['te-and-cl', post(`${chunked}Content-Length: 3\r\n`, '0\r\n\r\n')],
    ['cl-duplicate-same', post('Content-Length: 3\r\nContent-Length: 3\r\n', 'abc')],
    ['cl-duplicate-different', post('Content-Length: 3\r\nContent-Length: 4\r\n', 'abcd')],
    ['cl-list', post('Content-Length: 3, 3\r\n', 'abc')],
    ['te-chunked-not-last', post('Transfer-Encoding: chunked, gzip\r\n', '0\r\n\r\n')],
    ['te-gzip-then-chunked', post('Transfer-Encoding: gzip, chunked\r\n', '3\r\nabc\r\n0\r\n\r\n')],
    ['te-xchunked', post('Transfer-Encoding: xchunked\r\n', '0\r\n\r\n')],
    ['te-chunked-uppercase', post('Transfer-Encoding: CHUNKED\r\n', '3\r\nabc\r\n0\r\n\r\n')],
    ['te-chunked-trailing-space', post('Transfer-Encoding: chunked \r\n', '3\r\nabc\r\n0\r\n\r\n')],
    ['te-chunked-trailing-tab', post('Transfer-Encoding: chunked\t\r\n', '0\r\n\r\n')],
    ['te-chunked-leading-tab', post('Transfer-Encoding:\tchunked\r\n', '3\r\nabc\r\n0\r\n\r\n')],
    ['te-obs-fold-empty', post('Transfer-Encoding:\r\n chunked\r\n', '0\r\n\r\n')],
    ['te-obs-fold-value', post('Transfer-Encoding: gzip\r\n chunked\r\n', '0\r\n\r\n')],
    ['te-two-headers', post('Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n', '3\r\nabc\r\n0\r\n\r\n')],
    ['te-chunked-twice', post(`${chunked}${chunked}`, '0\r\n\r\n')],
    ['te-chunked-comma-chunked', post('Transfer-Encoding: chunked, chunked\r\n', '0\r\n\r\n')],
    ['te-identity', post('Transfer-Encoding: identity\r\n', 'abc')],
    ['te-empty', post('Transfer-Encoding:\r\n', '')],
    ['te-space-before-colon', post('Transfer-Encoding : chunked\r\n', '0\r\n\r\n')],
    ['space-before-colon', `GET / HTTP/1.1\r\nHost : a\r\n\r\n`],
    ['tab-before-colon', `GET / HTTP/1.1\r\nHost\t: a\r\n\r\n`],
    ['cl-space-before-colon', post('Content-Length : 3\r\n', 'abc')],
    ['leading-space-header', `GET / HTTP/1.1\r\n Host: a\r\n\r\n`],
    ['obs-fold', get('X-A: b\r\n c\r\n')],
    ['bare-cr-in-value', get('X-A: b\rc\r\n')],
    ['bare-cr-line-end', get('X-A: b\r\r\n')],
    ['lf-only-request-line', 'GET / HTTP/1.1\nHost: a\n\n'],
    ['lf-only-header-line', 'GET / HTTP/1.1\r\nHost: a\n\r\n'],
    ['lf-only-blank-line', 'GET / HTTP/1.1\r\nHost: a\r\n\n'],
    ['cr-only-blank-line', 'GET / HTTP/1.1\r\nHost: a\r\n\rX'],
    ['nul-in-name', get('X-\0A: b\r\n')],
    ['ctl-in-name', get('X-\x01A: b\r\n')],
    ['nul-in-value', get('X-A: b\0c\r\n')],
    ['del-in-value', get('X-A: b\x7fc\r\n')],
    ['obs-text-in-value', get('X-A: caf\xe9 \xff\r\n')],
    ['value-trailing-whitespace', get('X-A: b \t \r\nX-B:\t c\r\n')],
    ['empty-value', get('X-A:\r\nX-B: \r\n')],
    ['colon-first', `GET / HTTP/1.1\r\n: b\r\n\r\n`],
    ['utf8-name', get('X-\xc3\xa9: b\r\n')],
    ['nul-in-url', 'GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['ctl-in-url', 'GET /a\x01b HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['tab-in-url', 'GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['utf8-in-url', 'GET /caf\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['del-in-url', 'GET /a\x7fb HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['tab-before-url', 'GET \t/ HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['tab-after-url', 'GET / \tHTTP/1.1\r\nHost: a\r\n\r\n'],
    ['formfeed-in-query', 'GET /?a\fb HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['tab-after-http09-line', 'GET /\r\n\tHost: a\r\n\r\n'],

    // Chunked bodies.
    ['chunked-two-chunks', chunkedPost('3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n')],
    ['chunk-size-uppercase-hex', chunkedPost('A\r\n0123456789\r\n0\r\n\r\n')],
    ['chunk-size-leading-zeros', chunkedPost('0003\r\nabc\r\n0000\r\n\r\n')],
    ['chunk-size-invalid', chunkedPost('zz\r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-overflow', chunkedPost('10000000000000000\r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-largest-then-eof', chunkedPost('ffffffffffffffff\r\nabc')],
    ['chunk-size-negative', chunkedPost('-3\r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-0x', chunkedPost('0x3\r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-space-before-crlf', chunkedPost('3 \r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-leading-space', chunkedPost(' 3\r\nabc\r\n0\r\n\r\n')],
    ['chunk-size-lf-only', chunkedPost('3\nabc\r\n0\r\n\r\n')],
    ['chunk-data-too-long', chunkedPost('3\r\nabcd\r\n0\r\n\r\n')],
    ['chunk-data-lf-only', chunkedPost('3\r\nabc\n0\r\n\r\n')],
    ['chunk-data-cr-only', chunkedPost('3\r\nabc\r0\r\n\r\n')],
    ['chunk-last-missing-crlf', chunkedPost('3\r\nabc\r\n0\r\n')],
    ['chunk-ext-token', chunkedPost('3;foo=bar;baz\r\nabc\r\n0;last\r\n\r\n')],
    ['chunk-ext-quoted', chunkedPost('3;foo="b \\"a; r"\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-control-char', chunkedPost('3;\x01\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-space-after-semicolon', chunkedPost('3; foo\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-space-in-value', chunkedPost('3;foo=b r\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-del-in-quoted', chunkedPost('3;foo="a\x7fb"\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-obs-text-in-quoted', chunkedPost('3;foo="caf\xe9"\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-bad-quoted-pair', chunkedPost('3;foo="\\\x01"\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-after-quote', chunkedPost('3;foo="bar"x\r\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-lf-only', chunkedPost('3;foo\nabc\r\n0\r\n\r\n')],
    ['chunk-ext-16384', chunkedPost(`1;${'e'.repeat(16384)}\r\nx\r\n0\r\n\r\n`)],
    ['chunk-ext-16385', chunkedPost(`1;${'e'.repeat(16385)}\r\nx\r\n0\r\n\r\n`)],
    ['chunk-ext-name-and-value-over', chunkedPost(`1;${'n'.repeat(8000)}=${'v'.repeat(8385)}\r\nx\r\n0\r\n\r\n`)],

    // Content-Length values.
    ['cl-negative', post('Content-Length: -1\r\n', '')],
    ['cl-plus', post('Content-Length: +3\r\n', 'abc')],
    ['cl-hex', post('Content-Length: 0x3\r\n', 'abc')],
    ['cl-space-inside', post('Content-Length: 1 2\r\n', 'abc')],
    ['cl-trailing-space', post('Content-Length: 3  \r\n', 'abc')],
    ['cl-trailing-tab', post('Content-Length: 3\t\r\n', 'abc')],
    ['cl-empty', post('Content-Length:\r\n', '')],
    ['cl-leading-zeros', post('Content-Length: 003\r\n', 'abc')],
    ['cl-overflow', post('Content-Length: 18446744073709551616\r\n', 'abc')],
    ['cl-largest-then-eof', post('Content-Length: 18446744073709551615\r\n', 'abc')],
    ['cl-body-short-then-eof', post('Content-Length: 5\r\n', 'ab')],
    ['cl-zero', post('Content-Length: 0\r\n', '')],

    // Methods.
    ['every-http-method-pipelined', METHODS.filter((m) => m !== 'CONNECT')
        .map((m) => `${m} /${m.toLowerCase()} HTTP/1.1\r\n${H}\r\n`).join('')],
    ['method-unknown', `FOO / HTTP/1.1\r\n${H}\r\n`],
    ['method-lowercase', `get / HTTP/1.1\r\n${H}\r\n`],
    ['method-prefix-of-another', `GET_X / HTTP/1.1\r\n${H}\r\n`],
    ['method-no-space', `GET/ HTTP/1.1\r\n${H}\r\n`],
    ['method-two-spaces', `GET  / HTTP/1.1\r\n${H}\r\n`],
    ['method-rtsp-with-http', `DESCRIBE / HTTP/1.1\r\n${H}\r\n`],
    ['method-rtsp-protocol', `DESCRIBE / RTSP/1.0\r\n${H}\r\n`],
    ['method-http-with-rtsp', `PUT / RTSP/1.0\r\n${H}\r\n`],
    ['method-source-ice', `SOURCE /stream ICE/1.0\r\n${H}\r\n`],
    ['method-get-ice', `GET / ICE/1.0\r\n${H}\r\n`],
    ['method-pri-preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    ['method-pri-http11', `PRI * HTTP/1.1\r\n${H}\r\n`],
    ['method-msearch', `M-SEARCH * HTTP/1.1\r\n${H}\r\n`],
    ['method-query-with-body', `QUERY /q HTTP/1.1\r\n${H}Content-Length: 2\r\n\r\nq=`],

    // Versions.
    ['version-1.0', `GET / HTTP/1.0\r\n${H}\r\n`],
    ['version-0.9-explicit', `GET / HTTP/0.9\r\n${H}\r\n`],
    ['version-2.0', `GET / HTTP/2.0\r\n${H}\r\n`],
    ['version-1.2', `GET / HTTP/1.2\r\n${H}\r\n`],
    ['version-9.1', `GET / HTTP/9.1\r\n${H}\r\n`],
    ['version-1.10', `GET / HTTP/1.10\r\n${H}\r\n`],
    ['version-no-minor', `GET / HTTP/1\r\n${H}\r\n`],
    ['version-lowercase', `GET / http/1.1\r\n${H}\r\n`],
    ['version-missing', `GET /\r\n${H}\r\n`],
    ['version-missing-lf-only', `GET /\n${H}\r\n`],
    ['version-trailing-space', `GET / HTTP/1.1 \r\n${H}\r\n`],
    ['version-space-before', `GET /  HTTP/1.1\r\n${H}\r\n`],
    ['url-then-cr-only', `GET /\rX`],

    // Request targets.
    ['url-absolute', `GET http://example.com:8080/p/a?q=1&r=2#frag HTTP/1.1\r\n${H}\r\n`],
    ['url-absolute-userinfo', `GET http://user:pa%20ss@example.com/ HTTP/1.1\r\n${H}\r\n`],
    ['url-absolute-double-at', `GET http://a@@b/ HTTP/1.1\r\n${H}\r\n`],
    ['url-absolute-ipv6', `GET http://[::1]:80/x HTTP/1.1\r\n${H}\r\n`],
    ['url-absolute-no-path', `GET http://example.com HTTP/1.1\r\n${H}\r\n`],
    ['url-absolute-query-only', `GET http://example.com?x HTTP/1.1\r\n${H}\r\n`],
    ['url-scheme-one-slash', `GET http:/example.com/ HTTP/1.1\r\n${H}\r\n`],
    ['url-scheme-digit', `GET h2tp://example.com/ HTTP/1.1\r\n${H}\r\n`],
    ['url-asterisk', `OPTIONS * HTTP/1.1\r\n${H}\r\n`],
    ['url-punctuation', `GET /a"b<c>d\\e^f\`g{h|i}j~k?l?m#n#o?p HTTP/1.1\r\n${H}\r\n`],
    ['url-percent-invalid', `GET /%zz%%/ HTTP/1.1\r\n${H}\r\n`],
    ['url-starts-with-digit', `GET 1/ HTTP/1.1\r\n${H}\r\n`],
    ['url-hash-in-query', `GET /?a#b HTTP/1.1\r\n${H}\r\n`],
    ['url-space-in-path', `GET /a b HTTP/1.1\r\n${H}\r\n`],
    ['connect-authority', `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhello`],
    ['connect-path', `CONNECT /x HTTP/1.1\r\n${H}\r\n`],
    ['connect-bad-authority', `CONNECT exa{mple:443 HTTP/1.1\r\n${H}\r\n`],

    // The 16 KiB head limit, counted as Node counts it.
    ['head-16383-counted-bytes', sizedHead(16383)],
    ['head-16384-counted-bytes', sizedHead(16384)],
    ['head-16385-counted-bytes', sizedHead(16385)],
    ['url-16383-bytes', `GET /${'u'.repeat(16382)} HTTP/1.1\r\n\r\n`],
    ['url-16384-bytes', `GET /${'u'.repeat(16383)} HTTP/1.1\r\n\r\n`],
    ['head-many-small-headers', get(Array.from({ length: 300 }, (_, i) => `X-${i}: ${i}\r\n`).join(''))],
    ['head-overflow-in-bad-name', get(`X-${'n'.repeat(17000)}\x01: b\r\n`)],
    ['head-overflow-before-bad-value', get(`X-A: ${'v'.repeat(16400)}\x01\r\n`)],
    ['trailers-16384-counted-bytes', chunkedPost(`0\r\nX-T: ${'t'.repeat(16384 - 3)}\r\n\r\n`)],

    // Several messages on one connection; keep-alive by version and Connection.
    ['pipelined-three-gets', get() + get('X-N: 2\r\n') + get('X-N: 3\r\n')],
    ['pipelined-get-post-get', get() + post('Content-Length: 3\r\n', 'abc') + get()],
    ['pipelined-chunked-then-get', chunkedPost('3\r\nabc\r\n0\r\n\r\n') + get()],
    ['pipelined-blank-lines-between', `\r\n\r\n${get()}\r\n\r\n${get()}`],
    ['pipelined-then-garbage', get() + 'garbage\r\n\r\n'],
    ['http10-closes-after-first', `GET / HTTP/1.0\r\n${H}\r\n` + get()],
    ['http10-keep-alive', `GET / HTTP/1.0\r\n${H}Connection: keep-alive\r\n\r\n` + get()],
    ['http11-close-then-more', get('Connection: close\r\n') + get()],
    ['http11-close-then-blank-lines', get('Connection: close\r\n') + '\r\n\r\n'],
    ['connection-list', get('Connection: keep-alive, close\r\n')],
    ['connection-uppercase-close', get('Connection: CLOSE\r\n') + get()],
    ['connection-close-with-tab', get('Connection: close\t\r\n') + get()],
    ['connection-closed-token', get('Connection: closed\r\n') + get()],
    ['proxy-connection-close', get('Proxy-Connection: close\r\n') + get()],
    ['http09-then-more', `GET /\r\n\r\nGET /\r\n\r\n`],

    // Leaving HTTP: Upgrade and CONNECT.
    ['upgrade-websocket', get('Connection: Upgrade\r\nUpgrade: websocket\r\n') + '\x81\x05hello'],
    ['upgrade-without-connection-upgrade', get('Upgrade: websocket\r\n') + get()],
    ['upgrade-with-body', post('Connection: upgrade\r\nUpgrade: foo\r\nContent-Length: 3\r\n', 'abcREST')],
    ['upgrade-no-listener', get('Connection: Upgrade\r\nUpgrade: websocket\r\n') + get(), { noUpgradeListener: true }],
    ['upgrade-no-listener-with-body',
        post('Connection: Upgrade\r\nUpgrade: foo\r\nContent-Length: 3\r\n', 'abc') + get(), { noUpgradeListener: true }],
    ['upgrade-no-listener-chunk-error-unreported',
        post(`Connection: Upgrade\r\nUpgrade: foo\r\n${chunked}`, 'zz\r\n'), { noUpgradeListener: true }],
    ['connect-with-payload', `CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n\x16\x03\x01payload`],

    // Trailers.
    ['trailers', chunkedPost('3\r\nabc\r\n0\r\nX-T: 1 \r\nX-U: two\r\n\r\n')],
    ['trailer-content-length', chunkedPost('3\r\nabc\r\n0\r\nContent-Length: 3\r\n\r\n')],
    ['trailer-obs-fold', chunkedPost('0\r\nX-T: 1\r\n 2\r\n\r\n')],
    ['trailer-bad-name', chunkedPost('0\r\nX T: 1\r\n\r\n')],
    ['trailer-lf-only-end', chunkedPost('0\r\nX-T: 1\r\n\n')],

    // Truncated messages (the client ends the stream).
    ['truncated-request-line', 'GET / HT'],
    ['truncated-headers', 'GET / HTTP/1.1\r\nHost: a\r\n'],
    ['truncated-chunked', chunkedPost('3\r\nab')],
    ['empty-lines-only', '\r\n\r\n'],
];

const responses = [
    ['res-content-length', status('HTTP/1.1 200 OK', 'Content-Length: 5\r\n\r\nhello')],
    ['res-no-reason', status('HTTP/1.1 200', 'Content-Length: 2\r\n\r\nok')],
    ['res-empty-reason', status('HTTP/1.1 200 ', 'Content-Length: 2\r\n\r\nok')],
    ['res-reason-two-spaces', status('HTTP/1.1 200  Very OK')],
    ['res-reason-control-chars', status('HTTP/1.1 200 O\x01K\x7f\xe9')],
    ['res-body-until-close', status('HTTP/1.1 200 OK', 'X-A: b\r\n\r\nbody until close')],
    ['res-http10-body-until-close', status('HTTP/1.0 200 OK', '\r\nold body')],
    ['res-chunked-trailers', status('HTTP/1.1 200 OK', `${chunked}\r\n5\r\nhello\r\n0\r\nX-T: t\r\n\r\n`)],
    ['res-204', status('HTTP/1.1 204 No Content', '\r\n')],
    ['res-304-with-length', status('HTTP/1.1 304 Not Modified', 'Content-Length: 10\r\n\r\n')],
    ['res-head-with-length', status('HTTP/1.1 200 OK', 'Content-Length: 10\r\n\r\n'), { method: 'HEAD' }],
    ['res-head-chunked', status('HTTP/1.1 200 OK', `${chunked}\r\n`), { method: 'HEAD' }],
    ['res-100-then-200', status('HTTP/1.1 100 Continue', '\r\n') + status('HTTP/1.1 200 OK', 'Content-Length: 2\r\n\r\nok')],
    ['res-103-then-200', status('HTTP/1.1 103 Early Hints', 'Link: </s.css>\r\n\r\n')
        + status('HTTP/1.1 200 OK', 'Content-Length: 2\r\n\r\nok')],
    ['res-101-upgrade', status('HTTP/1.1 101 Switching Protocols', 'Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x00')],
    ['res-connect-200', status('HTTP/1.1 200 Connection Established', '\r\ntunnel'), { method: 'CONNECT' }],
    ['res-te-gzip-until-close', status('HTTP/1.1 200 OK', 'Transfer-Encoding: gzip\r\n\r\nzipped')],
    ['res-te-chunked-then-gzip', status('HTTP/1.1 200 OK', 'Transfer-Encoding: chunked, gzip\r\n\r\nraw')],
    ['res-te-chunked-twice', status('HTTP/1.1 200 OK', `${chunked}${chunked}\r\n2\r\nok\r\n0\r\n\r\n`)],
    ['res-cl-and-te', status('HTTP/1.1 200 OK', `Content-Length: 2\r\n${chunked}\r\nok`)],
    ['res-cl-duplicate', status('HTTP/1.1 200 OK', 'Content-Length: 2\r\nContent-Length: 2\r\n\r\nok')],
    ['res-status-four-digits', status('HTTP/1.1 2000 OK')],
    ['res-status-letters', status('HTTP/1.1 abc OK')],
    ['res-status-line-lf-only', 'HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n'],
    ['res-status-line-cr-cr', 'HTTP/1.1 200 OK\r\rContent-Length: 0\r\n\r\n'],
    ['res-no-space-after-version', status('HTTP/1.1200 OK')],
    ['res-version-invalid', status('HTTP/1.5 200 OK')],
    ['res-protocol-lowercase', status('http/1.1 200 OK')],
    ['res-rtsp', status('RTSP/1.0 200 OK')],
    ['res-ice', status('ICE/1.0 200 OK')],
    ['res-space-after-status-line', status('HTTP/1.1 200 OK', ' X: a\r\nContent-Length: 0\r\n\r\n')],
    ['res-header-overflow', status('HTTP/1.1 200 OK', `X-Big: ${'b'.repeat(17000)}\r\nContent-Length: 0\r\n\r\n`)],
    ['res-reason-16384', status(`HTTP/1.1 200 ${'r'.repeat(16384)}`)],
    ['res-truncated-body', status('HTTP/1.1 200 OK', 'Content-Length: 10\r\n\r\nhalf')],
    ['res-keep-alive-http10', status('HTTP/1.0 200 OK', 'Connection: keep-alive\r\nContent-Length: 2\r\n\r\nok')],
];

const make = (kind) => ([name, input, options = {}]) => ({ name, kind, input, ...options });
module.exports = [...requests.map(make('request')), ...responses.map(make('response'))];
