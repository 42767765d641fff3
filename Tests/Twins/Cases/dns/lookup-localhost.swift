import NodeLoop

let lookupLocalhost = Twin("dns/lookup-localhost") {
    try dns.lookup("localhost", family: 4) { error, address, family in
        console.log("family 4:", error?.code, address, family)
        try dns.lookup("localhost", all: true) { error, addresses in
            console.log("all:", error?.code, addresses?.filter { $0.family == 4 })
            try dns.lookup("localhost", all: true, family: "IPv4", order: .ipv4first) { error, addresses in
                console.log("IPv4, all, ipv4first:", addresses)
                try dns.lookup("localhost", family: 4, hints: dns.V4MAPPED) { error, address, family in
                    console.log("hints:", address, family)
                }
            }
        }
    }
}
