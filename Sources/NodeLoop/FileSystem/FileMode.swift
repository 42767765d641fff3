/// File permission bits: a number (`0o644`) or, as Node also accepts, a string of octal digits
/// (`"644"`).
///
/// A string with anything but octal digits, or a number outside 0...0xFFFFFFFF, is reported
/// when the call is made, with Node's error.
public struct FileMode: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, CustomStringConvertible {
    private enum Spelling: Sendable, Hashable {
        case number(Int64)
        case octal(String)
    }

    private let spelling: Spelling

    /// Permission bits as a number, `0o644`.
    public init(_ bits: Int64) {
        spelling = .number(bits)
    }

    /// Octal digits, as in `chmod 644`; checked when used.
    public init(octal digits: String) {
        spelling = .octal(digits)
    }

    /// Permission bits written as a literal number.
    public init(integerLiteral value: Int64) {
        self.init(value)
    }

    /// Octal digits written as a literal string, `"644"`.
    public init(stringLiteral value: String) {
        self.init(octal: value)
    }

    /// The mode as given: `0o644`, or the string of digits.
    public var description: String {
        switch spelling {
        case .number(let bits): return "0o" + String(bits, radix: 8)
        case .octal(let digits): return digits
        }
    }

    /// The mode bits, or Node's error (`ERR_INVALID_ARG_VALUE`, `ERR_OUT_OF_RANGE`).
    func resolved(argument name: String = "mode") throws -> Int32 {
        switch spelling {
        case .octal(let digits):
            guard !digits.isEmpty, digits.allSatisfy({ ("0"..."7").contains($0) }),
                  let bits = UInt32(digits, radix: 8)
            else {
                throw NodeError.invalidArgumentValue(name, digits, reason: "must be a 32-bit unsigned integer or an octal string")
            }
            return Int32(bitPattern: bits)
        case .number(let bits):
            guard let value = UInt32(exactly: bits) else {
                throw NodeError.outOfRange(name, mustBe: ">= 0 && <= 4294967295", received: bits)
            }
            return Int32(bitPattern: value)
        }
    }
}
