import NodeLoop

let arrayWithUndefinedIsOneValue = Twin("console/array-with-undefined-is-one-value") {
    console.log([1, "two", true, nil] as [Any?])
    console.log(["only", nil] as [Any?], "after")
}
