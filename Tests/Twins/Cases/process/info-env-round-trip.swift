import NodeLoop

let infoEnvRoundTrip = Twin("process/info-env-round-trip") {
    let name = "NODELOOP_TWIN_ENV_ROUND_TRIP"
    console.log("before:", process.env[name], process.env.keys.contains(name))
    process.env[name] = String(42)
    console.log("after set:", process.env[name], process.env.keys.contains(name))
    process.env[name] = "changed"
    console.log("after change:", process.env[name])
    process.env[name] = nil
    console.log("after delete:", process.env[name], process.env.keys.contains(name))
    console.log("PATH is set:", process.env["PATH"] != nil)
}
