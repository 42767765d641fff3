// Node 20 decides what an IP address looks like with its own rules (two regular expressions in
// its `net` internals), not with `inet_pton`; they are stricter in places (no leading zeros in
// an IPv4 part) and looser in others (an IPv6 address may end in a zone id). This file states
// those rules as a small parser over the text's bytes:
//
// - IPv4: four decimal parts joined by dots, each 0 to 255, written without leading zeros
//   (`0` alone is fine, `01` is not).
// - IPv6: groups of one to four hex digits joined by colons. Without `::` there are exactly
//   eight groups; with one `::` (never two) at most seven. A dotted IPv4 address may take the
//   place of the last two groups (`::ffff:127.0.0.1`), never before a `::`. After the address
//   may come a zone id: `%` and one or more letters, digits, `-`, `.` or `:` (`fe80::1%eth0`).
// - Nothing else: no spaces, brackets, ports or prefix lengths; ASCII only.

extension Net {
    /// 4 if `input` is an IPv4 address, 6 if it is an IPv6 address, 0 otherwise (Node's
    /// `net.isIP`).
    ///
    /// ```swift
    /// net.isIP("127.0.0.1")     // 4
    /// net.isIP("fe80::1%eth0")  // 6
    /// net.isIP("01.2.3.4")      // 0: a part with a leading zero
    /// ```
    public func isIP(_ input: String) -> Int {
        IPAddressSyntax.family(of: input)
    }

    /// Whether `input` is an IPv4 address in dotted decimal form, without leading zeros
    /// (Node's `net.isIPv4`).
    public func isIPv4(_ input: String) -> Bool {
        IPAddressSyntax.isIPv4(input.utf8[...])
    }

    /// Whether `input` is an IPv6 address, with an optional zone id (Node's `net.isIPv6`).
    public func isIPv6(_ input: String) -> Bool {
        IPAddressSyntax.isIPv6(input.utf8[...])
    }
}

/// Node's rules for the text of an IP address, shared by `net.isIP` and `dns.lookup` (which
/// answers an address without asking the resolver).
enum IPAddressSyntax {
    /// 4, 6 or 0, as `net.isIP` answers.
    static func family(of text: String) -> Int {
        let bytes = text.utf8[...]
        if isIPv4(bytes) { return 4 }
        if isIPv6(bytes) { return 6 }
        return 0
    }

    static func isIPv4(_ text: Substring.UTF8View) -> Bool {
        let parts = text.split(separator: dot, omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy(isDecimalPart)
    }

    static func isIPv6(_ text: Substring.UTF8View) -> Bool {
        var address = text
        if let percent = text.firstIndex(of: UInt8(ascii: "%")) {
            let zone = text[text.index(after: percent)...]
            guard !zone.isEmpty, zone.allSatisfy(isZoneByte) else { return false }
            address = text[..<percent]
        }
        guard let gap = firstDoubleColon(in: address) else {
            return groupCount(address, mayEndInIPv4: true) == 8
        }
        let head = address[..<gap]
        let tail = address[address.index(gap, offsetBy: 2)...]
        guard firstDoubleColon(in: tail) == nil,
              let headGroups = groupCount(head, mayEndInIPv4: false),
              let tailGroups = groupCount(tail, mayEndInIPv4: true)
        else { return false }
        return headGroups + tailGroups <= 7
    }

    // MARK: - Parts

    private static let dot = UInt8(ascii: ".")
    private static let colon = UInt8(ascii: ":")

    /// `0` to `255` in decimal, without a leading zero.
    private static func isDecimalPart(_ part: Substring.UTF8View) -> Bool {
        guard (1...3).contains(part.count), part.allSatisfy(isDigit) else { return false }
        if part.count > 1 && part.first == UInt8(ascii: "0") { return false }
        return part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
    }

    /// How many 16-bit groups the colon-separated `text` holds (a final IPv4 address counts
    /// two), or nil if a group is empty or malformed. Empty text holds none.
    private static func groupCount(_ text: Substring.UTF8View, mayEndInIPv4: Bool) -> Int? {
        if text.isEmpty { return 0 }
        let groups = text.split(separator: colon, omittingEmptySubsequences: false)
        var count = 0
        for (index, group) in groups.enumerated() {
            if (1...4).contains(group.count) && group.allSatisfy(isHexDigit) {
                count += 1
            } else if mayEndInIPv4 && index == groups.count - 1 && isIPv4(group) {
                count += 2
            } else {
                return nil
            }
        }
        return count
    }

    /// Where the first `::` starts.
    private static func firstDoubleColon(in text: Substring.UTF8View) -> Substring.UTF8View.Index? {
        var previous: Substring.UTF8View.Index?
        for index in text.indices {
            if text[index] == colon {
                if let previous { return previous }
                previous = index
            } else {
                previous = nil
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isZoneByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLetter(byte) || byte == UInt8(ascii: "-") || byte == dot || byte == colon
    }
}
