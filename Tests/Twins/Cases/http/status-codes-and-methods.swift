import NodeLoop

let statusCodesAndMethods = Twin("http/status-codes-and-methods") {
    console.log(http.METHODS.count, http.METHODS.joined(separator: " "))
    for code in [100, 200, 201, 204, 301, 304, 400, 404, 418, 431, 500, 503, 599] {
        console.log(code, http.STATUS_CODES[code])
    }
    console.log("maxHeaderSize", http.maxHeaderSize)
}
