import NodeLoop

let startEndTimer = Chapter(
    "2-start-end-timer",
    title: "Start / End / Timer finished",
    lesson: "A callback waits for the call stack to empty: the script ends before any timer runs, even setTimeout(0)."
) {
    console.log("Start")
    setTimeout(0) { console.log("Timer finished") }
    console.log("End")
}
