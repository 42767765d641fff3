import NodeLoop

let ipAddressAnsweredWithoutResolver = Twin("dns/ip-address-answered-without-resolver") {
    try dns.lookup("127.0.0.1", family: 6) { error, address, family in
        console.log("127.0.0.1 as family 6:", error?.code, address, family)
    }
    try dns.lookup("::1") { error, address, family in
        console.log("::1:", address, family)
    }
    try dns.lookup("fe80::1%lo", all: true) { error, addresses in
        console.log("zone id, all:", addresses)
    }
    try dns.lookup("::ffff:10.0.0.1", all: true, family: 4) { error, addresses in
        console.log("mapped, all:", addresses)
    }
    try dns.lookup("127.1") { error, address, family in
        console.log("127.1:", error?.code, address, family)
    }
}
