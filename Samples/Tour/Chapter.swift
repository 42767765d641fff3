/// One chapter of the ordering tour: a script that has a JS twin in `Node/<name>.js`, and what
/// it teaches.
struct Chapter: Sendable {
    let name: String
    let title: String
    let lesson: String
    let script: @Sendable () throws -> Void

    init(_ name: String, title: String, lesson: String, _ script: @escaping @Sendable () throws -> Void) {
        self.name = name
        self.title = title
        self.lesson = lesson
        self.script = script
    }
}

let chapters: [Chapter] = [
    synchronousSteps,
    startEndTimer,
    ioPuzzle,
    sequentialVersusParallel,
    microtasksBetweenTimers,
]
