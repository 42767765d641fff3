import CLibUV

/// One entry of a directory listing made with `withFileTypes: true`: Node's `fs.Dirent`.
///
/// The kind comes from the listing itself (the directory entry's type), so a symbolic link is a
/// link here, never its target: `isDirectory()` is false for a link to a directory.
///
/// ```swift
/// for entry in try fs.readdirSync("src", withFileTypes: true) where entry.isFile() {
///     console.log(entry.parentPath + "/" + entry.name)
/// }
/// ```
public struct Dirent: Sendable, Equatable, CustomStringConvertible {
    /// The entry's file name.
    public let name: String
    /// The directory the entry is in, spelled as Node spells it: the path given to `readdir` for
    /// its own entries; for nested entries of a recursive listing, Node's `path.join` of the
    /// parent's `parentPath` and name (`a/b`, never `./a/b`).
    public let parentPath: String
    let kind: Kind

    /// The same value as ``parentPath``: Node 20 sets both (and documents `path` as deprecated
    /// since 20.12).
    public var path: String { parentPath }

    /// The types libuv reports for directory entries, numbered as libuv numbers them
    /// (`UV_DIRENT_*`), which is the number Node shows as the Dirent's `[Symbol(type)]`.
    enum Kind: Int, Sendable {
        case unknown, file, directory, symbolicLink, fifo, socket, characterDevice, blockDevice

        init(_ type: uv_dirent_type_t) {
            switch type {
            case UV_DIRENT_FILE: self = .file
            case UV_DIRENT_DIR: self = .directory
            case UV_DIRENT_LINK: self = .symbolicLink
            case UV_DIRENT_FIFO: self = .fifo
            case UV_DIRENT_SOCKET: self = .socket
            case UV_DIRENT_CHAR: self = .characterDevice
            case UV_DIRENT_BLOCK: self = .blockDevice
            default: self = .unknown
            }
        }

        /// The kind `lstat` gives, for the file systems that report no type in listings (Node
        /// asks `lstat` then too).
        init(_ stats: Stats) {
            if stats.isFile() { self = .file }
            else if stats.isDirectory() { self = .directory }
            else if stats.isSymbolicLink() { self = .symbolicLink }
            else if stats.isFIFO() { self = .fifo }
            else if stats.isSocket() { self = .socket }
            else if stats.isCharacterDevice() { self = .characterDevice }
            else if stats.isBlockDevice() { self = .blockDevice }
            else { self = .unknown }
        }
    }

    init(name: String, parentPath: String, kind: Kind) {
        self.name = name
        self.parentPath = parentPath
        self.kind = kind
    }

    /// Whether the entry is a regular file.
    public func isFile() -> Bool { kind == .file }
    /// Whether the entry is a directory.
    public func isDirectory() -> Bool { kind == .directory }
    /// Whether the entry is a symbolic link (not followed).
    public func isSymbolicLink() -> Bool { kind == .symbolicLink }
    /// Whether the entry is a named pipe.
    public func isFIFO() -> Bool { kind == .fifo }
    /// Whether the entry is a Unix socket.
    public func isSocket() -> Bool { kind == .socket }
    /// Whether the entry is a character device.
    public func isCharacterDevice() -> Bool { kind == .characterDevice }
    /// Whether the entry is a block device.
    public func isBlockDevice() -> Bool { kind == .blockDevice }

    /// As `console.log` shows a Dirent in Node:
    /// `Dirent { name: 'a.txt', parentPath: '.', path: '.', [Symbol(type)]: 1 }`.
    public var description: String {
        let parent = inspect(parentPath, topLevel: false)
        return "Dirent { name: \(inspect(name, topLevel: false)), parentPath: \(parent), path: \(parent), [Symbol(type)]: \(kind.rawValue) }"
    }
}
