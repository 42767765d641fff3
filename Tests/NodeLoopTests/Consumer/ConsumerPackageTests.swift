import Foundation
import Testing
import TwinSupport

/// The README's dependency snippet and first program, made into a package of their own that
/// depends on this checkout, built and run: the snippet a new user copies cannot rot.
///
/// The package sits in `.build-consumer/Hello` and keeps its build there, so that later runs
/// rebuild only what changed (a fresh clone builds NodeLoop once more, about 20 s of CPU). Its
/// dependency is `.package(path: "../NodeLoop")`, a symlink to the checkout: a path dependency's
/// identity is its folder's name, and the checkout's own folder may have any name.
@Suite struct ConsumerPackageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func readmeSnippetBuildsAndRunsAsADependency() throws {
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let manifest = try #require(Self.block(named: "Package.swift", in: readme))
        let program = try #require(Self.block(named: "Sources/Hello/main.swift", in: readme))
        let expectedOutput = try #require(Self.block(named: "output", in: readme))

        // The README's URL line, pointed at this checkout instead.
        let urlLine = try #require(manifest.split(separator: "\n").first { $0.contains(".package(url:") })
        let localManifest = manifest.replacingOccurrences(
            of: String(urlLine), with: #"        .package(path: "../NodeLoop"),"#
        )

        let consumer = Self.packageRoot.appendingPathComponent(".build-consumer")
        let hello = consumer.appendingPathComponent("Hello")
        let files = FileManager.default
        try files.createDirectory(at: hello.appendingPathComponent("Sources/Hello"), withIntermediateDirectories: true)
        let link = consumer.appendingPathComponent("NodeLoop")
        if (try? files.destinationOfSymbolicLink(atPath: link.path)) != Self.packageRoot.path {
            try? files.removeItem(at: link)
            try files.createSymbolicLink(atPath: link.path, withDestinationPath: Self.packageRoot.path)
        }
        try Self.write(localManifest, to: hello.appendingPathComponent("Package.swift"))
        try Self.write(program, to: hello.appendingPathComponent("Sources/Hello/main.swift"))

        // One job: the build runs beside the rest of the suite and should not crowd it out.
        // Without the build manifest cache, which keeps the dependency's list of source files
        // from the last build and would miss a file added to NodeLoop since.
        let build = try Subprocess.run([
            "/usr/bin/env", "swift", "build", "--package-path", hello.path, "-j", "1", "--disable-build-manifest-caching",
        ])
        #expect(build.exitCode == 0, "the README's package did not build:\n\(build.stdout)\(build.stderr)")
        guard build.exitCode == 0 else { return }
        let binPath = try Subprocess.run(["/usr/bin/env", "swift", "build", "--package-path", hello.path, "--show-bin-path"])
        let executable = binPath.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + "/Hello"
        let run = try Subprocess.run(["/bin/sh", "-c", "cd \"$1\" && exec \"$2\"", "sh", hello.path, executable])
        #expect(run.exitCode == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == expectedOutput)
    }

    /// The fenced block that follows `<!-- consumer-check: name -->` in `markdown`.
    static func block(named name: String, in markdown: String) -> String? {
        guard let marker = markdown.range(of: "<!-- consumer-check: \(name) -->") else { return nil }
        let rest = markdown[marker.upperBound...]
        guard let open = rest.range(of: "```"), let lineEnd = rest[open.upperBound...].firstIndex(of: "\n"),
              let close = rest[lineEnd...].range(of: "\n```") else { return nil }
        return String(rest[rest.index(after: lineEnd)..<close.lowerBound]) + "\n"
    }

    /// Writes `text` unless the file already holds it, so that an unchanged file keeps its date
    /// and is not rebuilt.
    static func write(_ text: String, to url: URL) throws {
        if (try? String(contentsOf: url, encoding: .utf8)) == text { return }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
