import Foundation
import NodeLoop
import Testing

/// With Foundation imported too, `FileHandle` is ambiguous; the module-qualified names the README
/// and the docs give compile and name NodeLoop's types.
@Suite struct NameClashTests {
    @Test func moduleQualifiedNamesReachNodeLoopsTypesBesideFoundation() throws {
        let loop = NodeLoop.EventLoop()
        var opened: NodeLoop.FileHandle?
        let code = loop.run {
            fs.promises.open(#filePath).then { (handle: NodeLoop.FileHandle) -> Promise<Void> in
                opened = handle
                return handle.close()
            }
        }
        try loop.close()
        #expect(code == 0)
        #expect(opened != nil)
        #expect(Foundation.FileHandle.standardOutput.fileDescriptor == 1)
    }
}
