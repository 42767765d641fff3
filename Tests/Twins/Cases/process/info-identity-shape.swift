import NodeLoop

let infoIdentityShape = Twin("process/info-identity-shape") {
    let argv = process.argv
    console.log("argv:", true, argv.count >= 2, argv.first == process.execPath)
    console.log("argv0:", jsTypeof(process.argv0), !process.argv0.isEmpty)
    console.log("execPath absolute:", process.execPath.hasPrefix("/"))
    console.log("platform and arch:", process.platform, ["x64", "arm64"].contains(process.arch))
    console.log("ppid:", jsTypeof(process.ppid), process.ppid > 0, process.ppid != process.pid)
    console.log("title:", jsTypeof(process.title), !process.title.isEmpty)
    let uv = process.versions.uv.split(separator: ".", omittingEmptySubsequences: false)
    console.log("uv version:", uv.count == 3 && uv.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
}
