import Testing
@testable import NodeLoop

/// The parser's fast paths (a header value read eight bytes at a time, `GET`, `HTTP/1.x` and
/// the usual `Connection` tokens taken whole) report what the byte-by-byte states report: an
/// input fed one byte at a time never takes them, since no piece holds a whole word.
@Suite("HTTP parser fast paths")
struct HTTPParserFastPathTests {
    /// Bytes on either side of the edges of a header value's byte class.
    static let valueEdgeBytes: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xFF]

    /// One byte of each kind at each place in a 28-byte value: in one of its three whole words,
    /// or in the four bytes after them.
    @Test func valueBytesReadByWordsGiveWhatByteByByteGives() {
        for byte in Self.valueEdgeBytes {
            for position in 0..<28 {
                var value = Array("abcdefghijklmnopqrstuvwxyz01".utf8)
                value[position] = byte
                let input = Array("GET / HTTP/1.1\r\nX-Value: ".utf8) + value + Array("\r\n\r\n".utf8)
                Self.expectSameInOnePieceAndByteByByte(input, kind: .request)
            }
        }
    }

    /// The words the fast paths take, whole, in other cases, cut short, and misspelt.
    @Test func wholeWordsGiveWhatByteByByteGives() {
        let requestLines = [
            "GET / HTTP/1.1", "GET / HTTP/1.0", "GET / HTTP/1.2", "GET / HTTP/2.0", "GET / HTTP/1.1 ", "GET / HTTP/1.1\n",
            "GET_PARAMETER / RTSP/1.0", "GET_PARAMETER / HTTP/1.1", "GETX / HTTP/1.1", "GET  / HTTP/1.1", "PRI * HTTP/1.1",
            "SOURCE / HTTP/1.1", "DESCRIBE / HTTP/1.1", "GET / HTTP/1.", "GET / HTTP/1.1\r",
        ]
        let connections = ["keep-alive", "Keep-Alive", "KEEP-ALIVE", "close", "CLOSE", "keep-alivex", "closed", "keep-aliv",
                           "close, upgrade", "keep-alive, close", " close", "clos", "upgrade"]
        for line in requestLines {
            for connection in connections {
                let head = "\(line)\r\nConnection: \(connection)\r\nUpgrade: websocket\r\nContent-Length: 0\r\n\r\n"
                Self.expectSameInOnePieceAndByteByByte(Array(head.utf8), kind: .request)
                Self.expectSameInOnePieceAndByteByByte(Array((head + head).utf8), kind: .request)
            }
        }
        let statusLines = ["HTTP/1.1 200 OK", "HTTP/1.0 200 OK", "HTTP/1.1 101 Switching Protocols"]
        for line in statusLines {
            for connection in connections {
                let head = "\(line)\r\nConnection: \(connection)\r\nContent-Length: 2\r\n\r\nok"
                Self.expectSameInOnePieceAndByteByByte(Array(head.utf8), kind: .response)
            }
        }
    }

    private static func expectSameInOnePieceAndByteByByte(_ input: [UInt8], kind: HTTPParser.Kind) {
        let whole = HTTPParserTranscript.of([input], kind: kind)
        let byteByByte = HTTPParserTranscript.of(input.map { [$0] }, kind: kind)
        #expect(whole == byteByByte, "\(String(decoding: input, asLatin1: ()).debugDescription)")
    }
}
