import NodeLoop

let enotfoundForInvalidName = Twin("dns/enotfound-for-invalid-name") {
    try dns.lookup("nosuch..invalid") { error, address, family in
        console.log("callback:", error?.message, address, family)
        console.log(error?.name, error?.code, error?.errno, error?.syscall, error?.hostname)
        console.log("%j", error)
        try dns.lookup("nosuch..invalid", all: true, family: 4) { error, addresses in
            console.log("all:", error?.message, addresses)
            try dns.promises.lookup("nosuch..invalid").catch { error -> Void in
                let error = error as? NodeError
                console.log("promise:", error?.message, error?.code, error?.hostname)
            }
        }
    }
}
