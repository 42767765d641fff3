import NodeLoop

let formatSpecifiersConvertAsNode = Twin("console/format-specifiers-convert-as-node") {
    console.log("%d %d %d %d %d", "", " 12 ", "0x10", true, nil)
    console.log("%d %d %d %d", [Any](), [5], ["a", "b"], "1e3")
    console.log("%i %i %i %i %i", "12abc", 1e21, 5e-7, true, "-0")
    console.log("%i %i", "0x1f", "  -42.9")
    console.log("%f %f %f %f %f", "1.5abc", "0x10", [1, nil] as [Any?], ".5e1x", "-Infinityx")
    console.log("%s | %s", ["a": ["b": 1]], [[1, [2]] as [Any]])
    console.log("%o", ["a": [1, 2], "b": ["c": "x"]] as [String: Any])
    console.log("%o", [[1, [2, [3, [4, [5]] as [Any]] as [Any]] as [Any]] as [Any]])
    console.log("%o", Array(1...26))
    console.log("%c%s%c", "color: red", "styled", "color: blue")
    console.log("%O", [[1, [2, [3, [4]] as [Any]] as [Any]] as [Any]])
}
