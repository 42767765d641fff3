import NodeLoop

let microtasksBetweenTimers = Chapter(
    "5-microtasks-between-timers",
    title: "Microtasks run between timers",
    lesson: "After every single timer callback the nextTick queue and then the promise jobs drain, before the next timer runs."
) {
    for name in ["A", "B"] {
        setTimeout(10) {
            console.log("timer \(name)")
            process.nextTick { console.log("  nextTick from \(name)") }
            queueMicrotask { console.log("  microtask from \(name)") }
        }
    }
}
