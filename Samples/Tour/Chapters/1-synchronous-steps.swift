import NodeLoop

let synchronousSteps = Chapter(
    "1-synchronous-steps",
    title: "Synchronous steps run in order",
    lesson: "One call stack: each line, and each function it calls, finishes before the next line starts."
) {
    func makeTea(_ step: String) {
        console.log("  \(step): boil water")
        console.log("  \(step): steep the leaves")
    }
    console.log("step 1: take a cup")
    makeTea("step 2")
    console.log("step 3: drink")
}
