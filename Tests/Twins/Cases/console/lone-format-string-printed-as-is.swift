import NodeLoop

let loneFormatStringPrintedAsIs = Twin("console/lone-format-string-printed-as-is") {
    console.log("100%% sure")
    console.log("%s alone")
    console.log("100%% sure", "and more")
}
