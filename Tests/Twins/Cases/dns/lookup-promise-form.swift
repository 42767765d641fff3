import NodeLoop

let lookupPromiseForm = Twin("dns/lookup-promise-form") {
    try dns.promises.lookup("localhost", family: 4).then { found in
        console.log("first:", found, found.address, found.family)
        return try dns.promises.lookup("localhost", all: true, family: 4)
    }.then { found in
        console.log("all:", found)
        return try dns.promises.lookup("::1", all: true)
    }.then { found in
        console.log("literal, all:", found)
        return Promise { () async throws in
            let awaited = try await dns.promises.lookup("10.1.2.3", family: 6).value
            console.log("awaited literal:", awaited)
        }
    }
}
