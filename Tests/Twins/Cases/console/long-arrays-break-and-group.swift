import NodeLoop

let longArraysBreakAndGroup = Twin("console/long-arrays-break-and-group") {
    console.log([1, 2, 3, 4, 5, 6])
    console.log([1, 2, 3, 4, 5, 6, 7])
    console.log(["a", "b", "c", "d", "e", "f", "g"])
    console.log((0..<30).map { $0 * 100 })
    console.log([-1, 20, 300, -4000, 5, 6, 7])
    console.log([1, "a", 2, "b", 3, "c", 4] as [Any])
    console.log((0..<7).map { String(repeating: "x", count: $0 * 3) })
    console.log((0..<8).map { "item\($0)" })
    console.log([["status": "fulfilled", "value": 1], ["reason": 42, "status": "rejected"]] as [[String: Any]])
    console.log(["k": Array(0..<10)])
    console.log(["a": ["b": ["c": [String: Any]()]]], ["a": ["b": ["c": ["d": 1]]]])
    console.log([[[[Int]]]]([[[[]]]]), [[[[1]]]])
    console.log(Array(0..<120))
    console.log(["a\n" + String(repeating: "b", count: 90) + "\ncc"])
}
