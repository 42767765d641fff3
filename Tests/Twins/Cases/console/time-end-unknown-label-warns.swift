import NodeLoop

let timeEndUnknownLabelWarns = Twin("console/time-end-unknown-label-warns") {
    console.timeEnd("missing")
    console.timeLog("also missing")
    console.log("still running")
}
