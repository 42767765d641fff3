import NodeLoop

let timeoutHasRefFollowsRefUnref = Twin("timers/has-ref-follows-ref-unref") {
    let timeout = setTimeout(10) { console.log("timeout") }
    console.log("new", timeout.hasRef())
    timeout.unref()
    console.log("after unref", timeout.hasRef())
    timeout.ref()
    console.log("after ref", timeout.hasRef())
    console.log("unref chain", timeout.unref().hasRef())
    console.log("ref chain", timeout.ref().hasRef())
}
