import NodeLoop
#if canImport(Glibc)
import Glibc
#endif

let machineFacts = Twin("os/machine-facts") {
    let cpus = os.cpus()
    console.log("availableParallelism >= 1:", os.availableParallelism() >= 1)
    console.log("cpus:", cpus.count >= 1, cpus.allSatisfy { $0.speed >= 0 && $0.times.user >= 0 && $0.times.idle >= 0 })
    console.log("memory:", os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem())
    let load = os.loadavg()
    console.log("loadavg:", load.count, load.allSatisfy { $0 >= 0 })
    console.log("uptime > 0:", os.uptime() > 0)
    console.log("names:", os.platform(), os.type(), os.EOL == "\n", os.endianness())
    console.log("hostname and home:", !os.hostname().isEmpty, os.homedir().hasPrefix("/"))
    // process.env.NAME = value
    setenv("TMPDIR", "/var/tmp/", 1)
    console.log("tmpdir:", os.tmpdir())
    setenv("TMPDIR", "", 1)
    setenv("TMP", "/scratch", 1)
    console.log("tmpdir:", os.tmpdir())
    unsetenv("TMP")
    unsetenv("TEMP")
    console.log("tmpdir:", os.tmpdir())
}
