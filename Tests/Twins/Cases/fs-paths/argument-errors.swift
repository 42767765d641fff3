import NodeLoop

let pathArgumentErrors = Twin("fs-paths/argument-errors") {
    let show = { (label: String, call: () throws -> Void) in
        do {
            try call()
            console.log(label, "passed")
        } catch {
            console.log(label, error.name, (error as? NodeError)?.code)
            console.log(" ", error.message)
        }
    }
    show("unlink") { try fs.unlinkSync("a\0") }
    show("rename old") { try fs.renameSync("a\0", "b") }
    show("rename new") { try fs.renameSync("a", "b\0") }
    show("copyFile src") { try fs.copyFileSync("a\0", "b") }
    show("copyFile dest") { try fs.copyFileSync("a", "b\0") }
    show("copyFile mode") { try fs.copyFileSync("a", "b", 8) }
    show("access mode") { try fs.accessSync("a", -1) }
    show("symlink target") { try fs.symlinkSync("a\0", "b") }
    show("symlink path") { try fs.symlinkSync("a", "b\0") }
    show("symlink type") { try fs.symlinkSync("a", "b", "folder") }
    show("readlink") { _ = try fs.readlinkSync("a\0") }
    show("link existing") { try fs.linkSync("a\0", "b") }
    show("link new") { try fs.linkSync("a", "b\0") }
    show("realpath") { _ = try fs.realpathSync("a\0") }
    show("chmod string") { try fs.chmodSync("a", "9") }
    show("chmod range") { try fs.chmodSync("a", -1) }
    show("fchmod fd") { try fs.fchmodSync(-1, 0o644) }
    show("chown uid") { try fs.chownSync("a", -2, 0) }
    show("lchown gid") { try fs.lchownSync("a", 0, 4294967296) }
    show("utimes") { try fs.utimesSync("a", .nan, 0) }
    show("futimes") { try fs.futimesSync(0, 0, .infinity) }
}
