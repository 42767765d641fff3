import NodeLoop

let stringsQuotedAsNodeQuotes = Twin("console/strings-quoted-as-node-quotes") {
    console.log(["plain", "it's", "say \"hi\"", "it's \"both\"", "it's \"all\" `three`"])
    console.log(["tab\there", "line\nbreak", "back\\slash", "\u{01}\u{1b}\u{7f}"])
    console.log(["_d3": "x", "a-b": 1, "c": 2, "3e": 4] as [String: Any])
}
