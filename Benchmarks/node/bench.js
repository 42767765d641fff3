// node bench.js <workload>: runs one workload on Node (a warm-up with a tenth of the
// operations, then the measured run) and prints one result line for ../run.py. The same
// workloads as the Swift (../Sources/NodeLoopBench) and C (../c/bench.c) programs.
'use strict';
const fs = require('fs');
const net = require('net');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  // worker-pingpong's worker: echoes every message.
  parentPort.on('message', (message) => parentPort.postMessage(message));
  return;
}

const dataDirectory = process.env.NODELOOP_BENCH_DATA || '/tmp/nodeloop-bench';
// make bench-quick runs smaller workloads: each count divided by this, at least one.
const scale = Math.max(1, Number(process.env.NODELOOP_BENCH_SCALE) || 1);

// Peak resident set size in KiB: Linux's VmHWM, since maxRSS keeps the parent's figure across
// fork and exec (a Python runner's 16 MiB would show).
function peakResidentKiB() {
  try {
    const match = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}

// Times one run; metric is 'wall', 'cpu' or a number of ms to take off the wall time.
class Stopwatch {
  constructor(metric, ops, report) {
    this.metric = metric;
    this.ops = ops;
    this.report = report;
    this.restart();
  }
  restart() {
    this.wallStart = process.hrtime.bigint();
    this.cpuStart = process.cpuUsage();
  }
  stop() {
    let elapsed;
    if (this.metric === 'cpu') {
      const used = process.cpuUsage(this.cpuStart);
      elapsed = (used.user + used.system) * 1e3;
    } else {
      elapsed = Number(process.hrtime.bigint() - this.wallStart);
      if (typeof this.metric === 'number') elapsed -= this.metric * 1e6;
    }
    this.report(elapsed / this.ops);
  }
}

// Runs ops operations with at most limit in flight; the last completion stops the watch.
function keepInFlight(ops, limit, stopwatch, issue) {
  let issued = 0;
  let completed = 0;
  const next = () => {
    const index = issued++;
    issue(index, () => {
      completed++;
      if (completed === ops) stopwatch.stop();
      else if (issued < ops) next();
    });
  };
  for (let i = 0; i < Math.min(limit, ops); i++) next();
}

function check(error) {
  if (error) {
    console.log(`bench.js: ${error.message}`);
    process.exit(1);
  }
}

// The generator the three implementations share, so they draw the same delays.
function xorshift32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return state;
  };
}

// Listens on 127.0.0.1 at a port the system picks; listening(port) runs once it listens.
function listenOnLoopback(server, listening) {
  server.listen(0, '127.0.0.1', () => listening(server.address().port));
}

// tcp-echo-1 and tcp-echo-64: each client sends a 64-byte message, waits for all of it to come
// back, and sends the next while fewer than ops have been sent; the connections' set-up is not
// counted.
const echoMessage = Buffer.alloc(64, 'x');
function echoRoundTrips(ops, connections, stopwatch) {
  const server = net.createServer((socket) => socket.on('data', (chunk) => socket.write(chunk)));
  listenOnLoopback(server, (port) => {
    const clients = [];
    let connected = 0;
    let issued = 0;
    let completed = 0;
    const issue = (client) => { issued++; client.write(echoMessage); };
    for (let i = 0; i < connections; i++) {
      const client = net.connect(port, '127.0.0.1', () => {
        if (++connected < connections) return;
        stopwatch.restart();
        for (const each of clients) if (issued < ops) issue(each);
      });
      let received = 0;
      client.on('data', (chunk) => {
        received += chunk.length;
        if (received < echoMessage.length) return;
        received -= echoMessage.length;
        if (++completed === ops) {
          stopwatch.stop();
          for (const each of clients) each.end();
          server.close();
        } else if (issued < ops) {
          issue(client);
        }
      });
      clients.push(client);
    }
  });
}

// tcp-bulk: ops MiB from the client to the server in 64 KiB writes of one buffer, waiting for
// 'drain' whenever write() returns false; one operation is one MiB.
const bulkChunk = Buffer.alloc(64 * 1024, 'x');
function bulkTransfer(ops, stopwatch) {
  const total = ops * 1024 * 1024;
  const server = net.createServer((socket) => {
    let received = 0;
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received === total) {
        stopwatch.stop();
        server.close();
      }
    });
  });
  listenOnLoopback(server, (port) => {
    const client = net.connect(port, '127.0.0.1', () => {
      stopwatch.restart();
      let sent = 0;
      const send = () => {
        while (sent < total) {
          sent += bulkChunk.length;
          if (!client.write(bulkChunk)) return;
        }
        client.end();
      };
      client.on('drain', send);
      send();
    });
  });
}

// http-parse-pipelined and http-parse-pieces: node's own HTTP parser (the binding its server
// reads requests with, reached through the internal module _http_common), reading a keep-alive
// connection's stream of pipelined requests; the head's callback counts its header fields, as
// the Swift and C twins do.
const typicalRequest = Buffer.from(
  'GET /products/item/12345?ref=homepage&utm_source=newsletter HTTP/1.1\r\n' +
  'Host: www.example.com\r\n' +
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n' +
  'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n' +
  'Accept-Language: en-US,en;q=0.5\r\n' +
  'Accept-Encoding: gzip, deflate, br\r\n' +
  'Connection: keep-alive\r\n' +
  'Cookie: session=4f8a9c2e7b1d3f6a; theme=dark\r\n' +
  'Upgrade-Insecure-Requests: 1\r\n' +
  '\r\n', 'latin1');
const requestsPerBuffer = 100;

function parseRequestStream(ops, pieceSize, stopwatch) {
  const { HTTPParser } = require('_http_common');
  const stream = Buffer.concat(Array(requestsPerBuffer).fill(typicalRequest));
  // The pieces of every buffer size the run uses, cut before the clock starts.
  const piecesOf = (requests) => {
    const bytes = stream.subarray(0, requests * typicalRequest.length);
    const pieces = [];
    for (let start = 0; start < bytes.length; start += pieceSize) pieces.push(bytes.subarray(start, start + pieceSize));
    return pieces;
  };
  const full = piecesOf(requestsPerBuffer);
  const last = piecesOf(ops % requestsPerBuffer || requestsPerBuffer);
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.REQUEST, {}, 0, 0);
  let completed = 0;
  let fields = 0;
  parser[HTTPParser.kOnHeaders] = (headers) => { fields += headers.length / 2; };
  parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers) => { if (headers) fields += headers.length / 2; return 0; };
  parser[HTTPParser.kOnMessageComplete] = () => { completed++; };
  stopwatch.restart();
  for (let left = ops; left > 0; left -= requestsPerBuffer) {
    for (const piece of left >= requestsPerBuffer ? full : last) {
      const result = parser.execute(piece);
      if (result instanceof Error) throw result;
    }
  }
  if (completed !== ops) throw new Error(`http-parse: ${completed} of ${ops} requests completed`);
  stopwatch.stop();
}

const workloads = {
  'immediate-breadth': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    let count = 0;
    const f = () => { if (++count === ops) stopwatch.stop(); };
    for (let i = 0; i < ops; i++) setImmediate(f);
  } },
  'immediate-depth': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    let count = 0;
    const step = () => { if (++count < ops) setImmediate(step); else stopwatch.stop(); };
    setImmediate(step);
  } },
  'nexttick-depth': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    let count = 0;
    const step = () => { if (++count < ops) process.nextTick(step); else stopwatch.stop(); };
    process.nextTick(step);
  } },
  'promise-chain': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    let promise = Promise.resolve(0);
    for (let i = 0; i < ops; i++) promise = promise.then((v) => v + 1);
    promise.then(() => stopwatch.stop());
  } },
  'promise-breadth': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    let count = 0;
    const f = () => { if (++count === ops) stopwatch.stop(); };
    for (let i = 0; i < ops; i++) Promise.resolve().then(f);
  } },
  'promise-all': { ops: 100_000, metric: 'wall', start(ops, stopwatch) {
    const promises = [];
    for (let i = 0; i < ops; i++) promises.push(Promise.resolve(i));
    Promise.all(promises).then(() => stopwatch.stop());
  } },
  'timers-breadth': { ops: 500_000, metric: 1, start(ops, stopwatch) {
    let count = 0;
    const f = () => { if (++count === ops) stopwatch.stop(); };
    for (let i = 0; i < ops; i++) setTimeout(f, 1);
  } },
  'timers-random': { ops: 200_000, metric: 'cpu', start(ops, stopwatch) {
    let count = 0;
    const random = xorshift32(42);
    const f = () => { if (++count === ops) stopwatch.stop(); };
    for (let i = 0; i < ops; i++) setTimeout(f, 1 + (random() % 100));
  } },
  'threadpool-stat': { ops: 100_000, metric: 'wall', start(ops, stopwatch) {
    const path = `${dataDirectory}/stat-target`;
    keepInFlight(ops, 64, stopwatch, (index, completed) => {
      fs.stat(path, (error) => { check(error); completed(); });
    });
  } },
  'readfile-small': { ops: 1_000, metric: 'wall', start(ops, stopwatch) {
    keepInFlight(ops, 64, stopwatch, (index, completed) => {
      fs.readFile(`${dataDirectory}/small/${index % 1000}`, (error) => { check(error); completed(); });
    });
  } },
  'readfile-big': { ops: 1, metric: 'wall', start(ops, stopwatch) {
    fs.readFile(`${dataDirectory}/big`, (error) => { check(error); stopwatch.stop(); });
  } },
  'worker-pingpong': { ops: 10_000, metric: 'wall', start(ops, stopwatch) {
    const worker = new Worker(__filename);
    let received = -1;
    worker.on('message', () => {
      received++;
      if (received === 0) stopwatch.restart();
      if (received < ops) {
        worker.postMessage(received);
      } else {
        stopwatch.stop();
        worker.terminate();
      }
    });
    worker.postMessage(-1);
  } },
  'await-loop': { ops: 1_000_000, metric: 'wall', start(ops, stopwatch) {
    (async () => {
      for (let i = 0; i < ops; i++) await Promise.resolve(i);
    })().then(() => stopwatch.stop());
  } },
  'tcp-echo-1': { ops: 20_000, metric: 'wall', start(ops, stopwatch) { echoRoundTrips(ops, 1, stopwatch); } },
  'tcp-echo-64': { ops: 50_000, metric: 'wall', start(ops, stopwatch) { echoRoundTrips(ops, 64, stopwatch); } },
  'tcp-bulk': { ops: 256, metric: 'wall', start(ops, stopwatch) { bulkTransfer(ops, stopwatch); } },
  'http-parse-pipelined': { ops: 500_000, metric: 'wall', start(ops, stopwatch) { parseRequestStream(ops, Infinity, stopwatch); } },
  'http-parse-pieces': { ops: 500_000, metric: 'wall', start(ops, stopwatch) { parseRequestStream(ops, 24, stopwatch); } },
};

const name = process.argv[2];
const workload = workloads[name];
if (!workload) {
  console.log(`usage: node bench.js <workload>; workloads: ${Object.keys(workloads).join(' ')}`);
  process.exit(2);
}

const ops = Math.max(1, Math.floor(workload.ops / scale));
const warmUpOps = Math.max(1, Math.floor(ops / 10));
workload.start(warmUpOps, new Stopwatch(workload.metric, warmUpOps, () => {
  setImmediate(() => {
    workload.start(ops, new Stopwatch(workload.metric, ops, (perOp) => {
      const peak = peakResidentKiB();
      console.log(`bench impl=node workload=${name} ns_per_op=${perOp.toFixed(2)} ops=${ops} peak_rss_kib=${peak}`);
    }));
  });
}));
