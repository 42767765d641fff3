import NodeLoop

let clearLaterImmediate = Twin("immediates/clear-later-immediate") {
    var second: Immediate?
    setImmediate {
        console.log("first, clearing second")
        clearImmediate(second)
    }
    second = setImmediate { console.log("second (should not run)") }
    setImmediate { console.log("third") }
}
