import Testing
@testable import NodeLoop

/// `console.log` shows a buffer as Node does: its first 50 bytes in hex and a count of the rest.
@Suite struct BufferInspectTests {
    // node: console.log(Buffer.from('hello')); console.log(Buffer.alloc(0))
    @Test func shortBufferPrintsEveryByteInHex() throws {
        #expect(inspect(try Buffer.from("hello")) == "<Buffer 68 65 6c 6c 6f>")
        #expect(inspect(Buffer([0x00, 0x0F, 0xFF])) == "<Buffer 00 0f ff>")
        #expect(inspect(try Buffer.alloc(0)) == "<Buffer >")
    }

    // node: console.log(Buffer.alloc(50)); console.log(Buffer.alloc(51)); console.log(Buffer.alloc(60))
    @Test(arguments: [
        (50, ""), (51, " ... 1 more byte"), (60, " ... 10 more bytes"),
    ])
    func longBufferPrintsFiftyBytesThenCountsTheRest(_ size: Int, _ suffix: String) throws {
        let fifty = Array(repeating: "00", count: 50).joined(separator: " ")
        #expect(inspect(try Buffer.alloc(size)) == "<Buffer \(fifty)\(suffix)>")
    }

    // node: console.log([Buffer.from('hi'), Buffer.alloc(0)]); console.log({ a: Buffer.from('hi') });
    // console.log([[[Buffer.from('hi')]]])
    @Test func bufferInsideArraysAndObjectsPrintsTheSame() throws {
        let hi = try Buffer.from("hi")
        #expect(inspect([hi, try Buffer.alloc(0)]) == "[ <Buffer 68 69>, <Buffer > ]")
        #expect(inspect(["a": hi]) == "{ a: <Buffer 68 69> }")
        #expect(inspect([[[hi]]]) == "[ [ [ <Buffer 68 69> ] ] ]")
        #expect(hi.description == "<Buffer 68 69>")
    }
}
