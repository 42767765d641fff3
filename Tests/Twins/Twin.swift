import NodeLoop

/// The Swift half of a twin case: a script that reads line for line like the JS program at
/// `Tests/Twins/Node/<name>.js`, whose recorded output it must reproduce.
struct Twin: Sendable {
    /// `<group>/<case>`, the path of the JS twin without its extension.
    let name: String
    let script: @Sendable () throws -> Void

    init(_ name: String, _ script: @escaping @Sendable () throws -> Void) {
        self.name = name
        self.script = script
    }
}
