import Testing
@testable import NodeLoop

/// `dns.lookup` beyond what its twins print: what the request keeps alive, the deprecated empty
/// name, a name with a NUL byte, and the `order` option (this machine's `localhost` has one
/// family only, so the twins cannot show two). Every expectation about output is what node
/// v20 gives for the same call; each test ends by closing its loop (nothing leaked).
@Suite struct LookupTests {
    final class Token {}

    @Test(arguments: ["localhost", "127.0.0.1", "nosuch..invalid"])
    func aLookupDropsItsCallbackOnceItHasRun(hostname: String) throws {
        weak var captured: Token?
        var calls = 0
        try runOnFreshLoop {
            let token = Token()
            captured = token
            try dns.lookup(hostname) { _, _, _ in
                withExtendedLifetime(token) { calls += 1 }
            }
            try dns.lookup(hostname, all: true) { _, _ in
                withExtendedLifetime(token) { calls += 1 }
            }
            _ = try dns.promises.lookup(hostname).then({ _ in
                withExtendedLifetime(token) { calls += 1 }
            }, { _ in
                withExtendedLifetime(token) { calls += 1 }
            })
        }
        #expect(calls == 3)
        #expect(captured == nil)
    }

    @Test func anEmptyNameGetsNoAddressAndTheFamilyAskedFor() throws {
        var answers: [String] = []
        try runOnFreshLoop {
            try dns.lookup("") { error, address, family in
                answers.append("\(error == nil) \(address ?? "null") \(family ?? 0)")
            }
            try dns.lookup("", family: 6) { _, address, family in
                answers.append("\(address ?? "null") \(family ?? 0)")
            }
            try dns.lookup("", all: true) { _, addresses in
                answers.append("all \(addresses?.count ?? -1)")
            }
        }
        #expect(answers == ["true null 4", "null 6", "all 0"])
    }

    @Test func theResolverReadsANameUpToANulByteAndErrorsNameAllOfIt() throws {
        var answers: [String] = []
        var failure: NodeError?
        try runOnFreshLoop {
            try dns.lookup("localhost\0junk", family: 4) { error, address, family in
                answers.append("\(error == nil) \(address ?? "null") \(family ?? 0)")
                try dns.lookup("nosuch..invalid\0x") { error, _, _ in failure = error }
            }
        }
        #expect(answers == ["true 127.0.0.1 4"])
        #expect(failure?.code == "ENOTFOUND")
        #expect(failure?.errno == -3008)
        #expect(failure?.hostname == "nosuch..invalid\0x")
    }

    @Test func orderPutsTheAskedFamilyFirstAndKeepsEachFamilysOrder() {
        let found = [
            LookupAddress(address: "::1", family: 6), LookupAddress(address: "127.0.0.1", family: 4),
            LookupAddress(address: "::2", family: 6), LookupAddress(address: "127.0.0.2", family: 4),
        ]
        #expect(LookupOrder.verbatim.arrange(found).map(\.address) == ["::1", "127.0.0.1", "::2", "127.0.0.2"])
        #expect(LookupOrder.ipv4first.arrange(found).map(\.address) == ["127.0.0.1", "127.0.0.2", "::1", "::2"])
        #expect(LookupOrder.ipv6first.arrange(found).map(\.address) == ["::1", "::2", "127.0.0.1", "127.0.0.2"])
    }

    @Test func anAddressPrintsAsNodePrintsTheObject() {
        #expect(LookupAddress(address: "127.0.0.1", family: 4).description == "{ address: '127.0.0.1', family: 4 }")
    }
}
