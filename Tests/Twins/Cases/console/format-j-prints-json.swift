import NodeLoop

let formatJPrintsJson = Twin("console/format-j-prints-json") {
    console.log("%j", ["a", "b"])
    console.log("%j %j %j", "a\"b\n\u{1}\\", 42.5, -0.0)
    console.log("%j %j %j", Double.nan, Double.infinity, true)
    console.log("%j", nil)
    console.log("%j", [1, nil, Double.nan] as [Any?])
    console.log("%j", ["a": "x", "b": 1, "n": [1, ["c": 2]] as [Any], "u": nil] as [String: Any?])
    console.log("%j", try Buffer.from("hi"))
    console.log("%j", NodeError("boom"))
    do { _ = try fs.statSync("/no/such/path") } catch { console.log("%j", error) }
    console.log("%j|%j", [Any](), [String: Any]())
    console.log("%j %j", { 1 }, [{ 1 }] as [Any])
    console.log("%j", "only one", "then", ["inspected"])
}
