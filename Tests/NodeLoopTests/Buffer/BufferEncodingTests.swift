import Testing
@testable import NodeLoop

/// Encoding names resolve as Node's `Buffer.isEncoding` and `normalizeEncoding` resolve them, and
/// an unknown name throws the error Node throws where it is used.
@Suite struct BufferEncodingTests {
    // node: for (const n of [...]) console.log(n, Buffer.isEncoding(n))
    @Test(arguments: [
        ("utf8", true), ("UTF-8", true), ("Utf8", true), ("utf-8", true),
        ("ucs2", true), ("UCS-2", true), ("ucs-2", true), ("utf16le", true), ("UTF-16LE", true), ("Utf-16le", true),
        ("latin1", true), ("BINARY", true), ("binary", true), ("ascii", true), ("Ascii", true),
        ("base64", true), ("BASE64", true), ("base64url", true), ("Base64Url", true), ("hex", true), ("Hex", true),
        ("", false), ("utf16", false), ("utf-16", false), ("buffer", false), ("utf 8", false), (" utf8", false),
        ("latin-1", false), ("b64", false),
    ])
    func namesAreRecognizedInAnyCaseWithNodesAliases(_ name: String, _ known: Bool) {
        #expect(Buffer.isEncoding(name) == known)
        #expect((BufferEncoding(name).resolved() != nil) == known)
    }

    // node: const probe = '\u00e9\u{1F600}-_+/4142'; for (const [alias, name] of pairs)
    //   console.log(Buffer.from(probe, alias).equals(Buffer.from(probe, name))) -> true for each
    @Test(arguments: [
        ("UTF-8", BufferEncoding.Kind.utf8), ("ucs-2", .utf16le), ("Utf-16LE", .utf16le), ("binary", .latin1),
        ("ASCII", .ascii), ("Base64", .base64), ("BASE64URL", .base64url), ("hEx", .hex),
    ])
    func aliasesResolveToTheirCanonicalEncoding(_ name: String, _ kind: BufferEncoding.Kind) {
        #expect(BufferEncoding(name).resolved() == kind)
    }

    // NodeLoop's own: Node compares names as strings; a Swift value compares what it means.
    @Test func encodingsAreEqualWhenTheyNameTheSameEncoding() {
        #expect(BufferEncoding("UTF-8") == .utf8)
        #expect(BufferEncoding("binary") == .latin1)
        #expect(BufferEncoding("ucs2").hashValue == BufferEncoding.utf16le.hashValue)
        #expect(BufferEncoding("bogus") == BufferEncoding("bogus"))
        #expect(BufferEncoding("bogus") != BufferEncoding("BOGUS"))
        #expect(BufferEncoding("bogus") != .utf8)
        let literal: BufferEncoding = "Latin1"
        #expect(literal.description == "Latin1")
    }

    // node -e "try{Buffer.from('x','bogus')}catch(e){console.log(e.name,'|',e.code,'|',e.message)}"
    // -> TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: bogus
    @Test func unknownEncodingThrowsBuffersUnknownEncodingError() throws {
        let error = try #require(throws: NodeError.self) { try Buffer.from("x", "bogus") }
        #expect(error.name == "TypeError")
        #expect(error.code == "ERR_UNKNOWN_ENCODING")
        #expect(error.message == "Unknown encoding: bogus")
        #expect(error.description == "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: bogus")
        #expect(throws: error) { try BufferEncoding("bogus").validatedForBuffer() }
    }

    // node -e "try{require('fs').readFileSync('/etc/hosts','bogus')}catch(e){console.log(e.name,'|',e.code,'|',e.message)}"
    // -> TypeError | ERR_INVALID_ARG_VALUE | The argument 'encoding' is invalid encoding. Received 'bogus'
    @Test func unknownEncodingThrowsFileSystemsInvalidArgumentError() throws {
        let error = try #require(throws: NodeError.self) { try BufferEncoding("bogus").validatedForFileSystem() }
        #expect(error.name == "TypeError")
        #expect(error.code == "ERR_INVALID_ARG_VALUE")
        #expect(error.message == "The argument 'encoding' is invalid encoding. Received 'bogus'")
    }

    // node: fs.readFileSync('/etc/hosts', name) for each name, printing JSON.stringify(e.message)
    @Test(arguments: [
        ("it's \"q\"", "The argument 'encoding' is invalid encoding. Received `it's \"q\"`"),
        ("tab\there", "The argument 'encoding' is invalid encoding. Received 'tab\\there'"),
        ("\u{FC}n\u{EF}", "The argument 'encoding' is invalid encoding. Received '\u{FC}n\u{EF}'"),
        (String(repeating: "x", count: 200),
         "The argument 'encoding' is invalid encoding. Received '" + String(repeating: "x", count: 127) + "..."),
        ("a\nb" + String(repeating: "c", count: 100),
         "The argument 'encoding' is invalid encoding. Received 'a\\n' +\n  'b" + String(repeating: "c", count: 100) + "'"),
    ])
    func fileSystemErrorShowsTheNameAsNodeInspectsIt(_ name: String, _ message: String) throws {
        let error = try #require(throws: NodeError.self) { try BufferEncoding(name).validatedForFileSystem() }
        #expect(error.message == message)
    }

    // node: fs.readFileSync('/etc/hosts', 'UTF8') and (..., '') do not throw.
    @Test func fileSystemAcceptsKnownNamesAndTheEmptyName() throws {
        #expect(try BufferEncoding("UTF8").validatedForFileSystem() == .utf8)
        #expect(try BufferEncoding("Utf-16LE").validatedForFileSystem() == .utf16le)
        #expect(try BufferEncoding("").validatedForFileSystem() == .utf8)
    }
}
