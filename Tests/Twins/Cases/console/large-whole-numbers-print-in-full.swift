import NodeLoop

let largeWholeNumbersPrintInFull = Twin("console/large-whole-numbers-print-in-full") {
    console.log(1e20, -1e20)
    console.log(18446744073709551616.0, 999999999999999900000.0)
    console.log(1e21)
}
