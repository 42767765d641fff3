import NodeLoop

let infoResourceFigures = Twin("process/info-resource-figures") {
    let first = process.cpuUsage()
    console.log("cpuUsage:", jsTypeof(first.user), jsTypeof(first.system), first.user >= 0, first.system >= 0)
    var spin = 0
    for i in 0..<1_000_000 { spin &+= i }
    let diff = process.cpuUsage(first)
    console.log("cpuUsage diff:", diff.user >= 0, diff.system >= 0, spin > 0)
    let memory = process.memoryUsage()
    console.log("memoryUsage:", propertyNames(memory).joined(separator: ","), memory.rss > 0, process.memoryUsage.rss() > 0)
    console.log("uptime:", jsTypeof(process.uptime()), process.uptime() >= 0)
    let usage = process.resourceUsage()
    console.log("resourceUsage:", propertyNames(usage).sorted().joined(separator: ","))
    console.log("resourceUsage figures:", usage.maxRSS > 0, usage.userCPUTime >= 0)
}
