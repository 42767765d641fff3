import NodeLoop

/// The lines of a raw HTTP answer, without the `Date` line (it changes every second): what the
/// JS twins print with `answer.split('\r\n').filter((line) => !line.startsWith('Date: '))`.
func answerLines(_ answer: String) -> [String] {
    answer.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.hasPrefix("Date: ") }
}
