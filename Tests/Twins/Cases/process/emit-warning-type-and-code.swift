import NodeLoop

let emitWarningTypeAndCode = Twin("process/emit-warning-type-and-code") {
    process.on(.warning) { warning in console.log("warning listener", warning.name, warning.message, warning.code) }
    process.emitWarning("something odd happened", type: "CustomWarning", code: "X1")
    console.log("after emitWarning")
}
