import NodeLoop

// Workloads of TCP: a server and its clients in one process, on 127.0.0.1 at a port the system
// picks, through `net`'s public API only.

/// Listens on 127.0.0.1 at a port the system picks; `listening` gets the port once it listens.
func listenOnLoopback(_ server: Server, _ listening: @escaping (_ port: Int) throws -> Void) {
    do {
        try server.listen(0, "127.0.0.1") {
            guard let port = server.address()?.port else { fail("listen: the server has no address") }
            try listening(port)
        }
    } catch {
        fail("listen: \(error)")
    }
}

/// The message every echo round trip sends and gets back.
let echoMessage = Buffer([UInt8](repeating: UInt8(ascii: "x"), count: 64))

/// 20,000 round trips of a 64-byte message over one connection.
let tcpEcho1 = Workload(name: "tcp-echo-1", ops: 20_000, metric: .wall) { ops, stopwatch in
    echoRoundTrips(ops, connections: 1, stopwatch: stopwatch)
}

/// 50,000 round trips of a 64-byte message in all, over 64 connections at once.
let tcpEcho64 = Workload(name: "tcp-echo-64", ops: 50_000, metric: .wall) { ops, stopwatch in
    echoRoundTrips(ops, connections: 64, stopwatch: stopwatch)
}

/// Each client sends the message, waits for all of it to come back, and sends the next while
/// fewer than `ops` have been sent; the connections' set-up is not counted.
func echoRoundTrips(_ ops: Int, connections: Int, stopwatch: Stopwatch) {
    let server = net.createServer()
    server.on(.connection) { socket in
        socket.on(.data) { chunk in socket.write(chunk) }
    }
    listenOnLoopback(server) { port in
        var clients: [Socket] = []
        var connected = 0
        var issued = 0
        var completed = 0
        func issue(_ client: Socket) {
            issued += 1
            client.write(echoMessage)
        }
        for _ in 0..<connections {
            let client = try net.connect(port: port, host: "127.0.0.1")
            client.on(.connect) {
                connected += 1
                guard connected == connections else { return }
                stopwatch.restart()
                for each in clients where issued < ops { issue(each) }
            }
            var received = 0
            client.on(.data) { chunk in
                received += chunk.count
                guard received >= echoMessage.count else { return }
                received -= echoMessage.count
                completed += 1
                if completed == ops {
                    stopwatch.stop()
                    for each in clients { each.end() }
                    server.close()
                } else if issued < ops {
                    issue(client)
                }
            }
            clients.append(client)
        }
    }
}

/// The buffer every bulk write sends.
let bulkChunk = Buffer([UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024))

/// 256 MiB from the client to the server in 64 KiB writes, waiting for `drain` whenever
/// `write` returns false; one operation is one MiB.
let tcpBulk = Workload(name: "tcp-bulk", ops: 256, metric: .wall) { ops, stopwatch in
    let total = ops * 1024 * 1024
    let server = net.createServer()
    server.on(.connection) { socket in
        var received = 0
        socket.on(.data) { chunk in
            received += chunk.count
            if received == total {
                stopwatch.stop()
                server.close()
            }
        }
    }
    listenOnLoopback(server) { port in
        let client = try net.connect(port: port, host: "127.0.0.1")
        var sent = 0
        func send() {
            while sent < total {
                sent += bulkChunk.count
                if !client.write(bulkChunk) { return }
            }
            client.end()
        }
        client.on(.drain) { send() }
        client.on(.connect) {
            stopwatch.restart()
            send()
        }
    }
}
