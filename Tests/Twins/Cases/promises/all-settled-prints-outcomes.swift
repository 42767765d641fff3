import NodeLoop

let allSettledPrintsOutcomes = Twin("promises/all-settled-prints-outcomes") {
    Promise.allSettled([Promise.resolve("yes"), Promise<String>.reject(ThrownValue("no"))]).then { results in
        console.log(results.count)
        for result in results { console.log(result.status, result) }
    }
}
