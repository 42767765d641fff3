'use strict';
// Records what node's own HTTP server and client make of each case in cases.js, into
// node-recording.json beside this file (`--write`) or on stdout. The Swift parser's tests
// (Tests/NodeLoopTests/HTTP) replay every case and must find the same; a test re-runs this
// recorder when node is present and checks the committed recording is still what node says.
//
//     node Tests/HTTPConformance/record.js --write     (or: make record-http)
//
// Requests are written raw, in one write followed by the end of the stream, to an
// http.createServer on 127.0.0.1 (requireHostHeader off, so that what is recorded is the
// parser's verdict, not the server's Host rule). Responses are written raw by a net server and
// read by http.request. Nothing recorded depends on ports, timing or the machine.

const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const cases = require('./cases.js');

const latin1 = (buffer) => buffer.toString('latin1');

const describeRequest = (req) => ({
    method: req.method, url: req.url, httpVersion: req.httpVersion, rawHeaders: req.rawHeaders,
});

const describeResponse = (res) => ({
    statusCode: res.statusCode, statusMessage: res.statusMessage, httpVersion: res.httpVersion, rawHeaders: res.rawHeaders,
});

const describeError = (err) => (err.code && err.code.startsWith('HPE_')
    ? { code: err.code, reason: err.reason, bytesParsed: err.bytesParsed }
    : { code: err.code, message: err.message });

/// A message's body and end: collected until 'end' (complete) or 'close' (cut short).
function follow(message, entry, onDone) {
    entry.body = '';
    entry.complete = false;
    message.on('data', (chunk) => { entry.body += latin1(chunk); });
    message.on('end', () => {
        entry.complete = true;
        entry.rawTrailers = message.rawTrailers;
    });
    message.on('error', () => {});
    message.on('close', onDone);
}

function recordRequest(testCase) {
    return new Promise((resolve) => {
        const result = { requests: [], error: null, upgrade: null };
        const server = http.createServer({ requireHostHeader: false });
        let pending = 1;
        const settle = () => { if (--pending === 0) server.close(() => resolve(result)); };
        server.on('request', (req, res) => {
            const entry = { ...describeRequest(req), shouldKeepAlive: res.shouldKeepAlive };
            result.requests.push(entry);
            pending += 1;
            follow(req, entry, settle);
            req.on('end', () => res.end());
        });
        const leave = (event) => (req, socket, head) => {
            result.upgrade = { event, request: describeRequest(req), head: latin1(head) };
            socket.destroy();
        };
        if (!testCase.noUpgradeListener) server.on('upgrade', leave('upgrade'));
        server.on('connect', leave('connect'));
        server.on('clientError', (err, socket) => {
            result.error = describeError(err);
            socket.destroy();
        });
        server.listen(0, '127.0.0.1', () => {
            const client = net.connect(server.address().port, '127.0.0.1', () => client.end(Buffer.from(testCase.input, 'latin1')));
            client.on('data', () => {});
            client.on('error', () => {});
            client.on('close', settle);
        });
    });
}

function recordResponse(testCase) {
    return new Promise((resolve) => {
        const result = { informational: [], responses: [], error: null, upgrade: null };
        const server = net.createServer((socket) => {
            socket.on('error', () => {});
            socket.on('data', () => {});
            socket.end(Buffer.from(testCase.input, 'latin1'));
        });
        let pending = 1;
        const settle = () => { if (--pending === 0) server.close(() => resolve(result)); };
        server.listen(0, '127.0.0.1', () => {
            const method = testCase.method || 'GET';
            const req = http.request({
                host: '127.0.0.1', port: server.address().port, method, agent: false,
                path: method === 'CONNECT' ? 'example.com:443' : '/',
            });
            req.on('information', (info) => result.informational.push(describeResponse(info)));
            req.on('response', (res) => {
                const entry = describeResponse(res);
                result.responses.push(entry);
                pending += 1;
                follow(res, entry, settle);
            });
            const leave = (event) => (res, socket, head) => {
                result.upgrade = { event, response: describeResponse(res), head: latin1(head) };
                socket.destroy();
            };
            req.on('upgrade', leave('upgrade'));
            req.on('connect', leave('connect'));
            req.on('error', (err) => { result.error = describeError(err); });
            req.on('close', settle);
            req.end();
        });
    });
}

async function main() {
    const recorded = [];
    for (const testCase of cases) {
        const result = await (testCase.kind === 'request' ? recordRequest(testCase) : recordResponse(testCase));
        recorded.push({ ...testCase, result });
    }
    const text = `${JSON.stringify({ node: process.version, llhttp: process.versions.llhttp, cases: recorded }, null, 1)}\n`;
    if (process.argv.includes('--write')) {
        fs.writeFileSync(path.join(__dirname, 'node-recording.json'), text);
    } else {
        process.stdout.write(text);
    }
}

main();
