'use strict';
// Runs inputs through node's own HTTP parser binding (the `HTTPParser` its server and client
// use, with their default limits) and prints, per input, what the parser reported: the
// differential test (HTTPParserDifferentialTests) feeds thousands of mutated inputs to it and
// to NodeLoop's parser and compares the transcripts. Run with --no-deprecation.
//
//     node --no-deprecation parse-with-node.js inputs.json
//
// inputs.json: [{ "kind": "request" | "response", "chunks": ["...", ...], "maxHeaderSize": n }],
// one character per byte (maxHeaderSize 0: node's default). The answer to each head is that of a server with an 'upgrade' listener (requests) or of
// a client that sent GET (responses). Each transcript is a list of events, each a list of
// strings: begin | head method url version status reason upgrade keepAlive ...rawHeaders |
// body text | complete ...trailers | stop offset (the parser stopped for an upgrade or a 101) |
// error code reason offset | finish-error code reason. Offsets count from the input's start.

const fs = require('fs');
const { HTTPParser } = require('_http_common');
const { allMethods } = process.binding('http_parser');

function transcript({ kind, chunks, maxHeaderSize }) {
    const events = [];
    const parser = new HTTPParser();
    const isRequest = kind === 'request';
    parser.initialize(isRequest ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {}, maxHeaderSize, 0);
    let inHead = false;
    let pending = { headers: [], url: '' };
    let trailers = [];
    let leaving = false;
    parser[HTTPParser.kOnMessageBegin] = () => {
        events.push(['begin']);
        inHead = true;
        pending = { headers: [], url: '' };
    };
    parser[HTTPParser.kOnHeaders] = (headers, url) => {
        if (inHead) {
            pending.headers.push(...headers);
            pending.url += url;
        } else {
            trailers.push(...headers);
        }
    };
    parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status, reason, upgrade, keepAlive) => {
        inHead = false;
        const raw = headers === undefined ? pending.headers : headers;
        const target = url === undefined ? pending.url : url;
        events.push(['head', isRequest ? allMethods[method] : 'null', isRequest ? target : 'null', `${major}.${minor}`,
            String(status ?? null), String(reason ?? null), String(upgrade), String(keepAlive), ...raw]);
        if (upgrade || status === 101) leaving = true;
        if (upgrade) return 2;
        if (!isRequest && ((status >= 100 && status < 200 && status !== 101) || status === 304)) return 1;
        return 0;
    };
    parser[HTTPParser.kOnBody] = (chunk) => {
        const last = events[events.length - 1];
        if (last[0] === 'body') last[1] += chunk.toString('latin1');
        else events.push(['body', chunk.toString('latin1')]);
    };
    parser[HTTPParser.kOnMessageComplete] = () => {
        events.push(['complete', ...trailers]);
        trailers = [];
    };
    let offset = 0;
    for (const chunk of chunks) {
        const buffer = Buffer.from(chunk, 'latin1');
        const parsed = parser.execute(buffer);
        if (parsed instanceof Error) {
            events.push(['error', parsed.code, parsed.reason, String(offset + parsed.bytesParsed)]);
            return events;
        }
        if (leaving) {
            // The parser stopped after the head; the rest of the connection is not HTTP.
            events.push(['stop', String(offset + parsed)]);
            return events;
        }
        offset += buffer.length;
    }
    const finished = parser.finish();
    if (finished instanceof Error) events.push(['finish-error', finished.code, finished.reason]);
    return events;
}

const inputs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(inputs.map(transcript)));
