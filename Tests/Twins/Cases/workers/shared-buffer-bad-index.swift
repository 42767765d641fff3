import NodeLoop

let sharedBufferBadIndex = Twin("workers/shared-buffer-bad-index") {
    let cells = try SharedBuffer(count: 4)
    for index in [4, -1] {
        do { _ = try cells.load(index) } catch { console.log("load", index, error.name, (error as? NodeError)?.code, error.message) }
        do { try cells.store(index, 1) } catch { console.log("store", index, error.name, (error as? NodeError)?.code, error.message) }
        do { try cells.add(index, 1) } catch { console.log("add", index, error.name, (error as? NodeError)?.code, error.message) }
        do { try cells.compareExchange(index, 0, 1) } catch { console.log("compareExchange", index, error.name, error.message) }
        do { _ = try cells.wait(index, 0, timeout: 0) } catch { console.log("wait", index, error.name, error.message) }
        do { try cells.notify(index, count: 1) } catch { console.log("notify", index, error.name, error.message) }
    }
    console.log("in range", try cells.add(3, 5), try cells.load(3))
    do { _ = try SharedBuffer(count: -1) } catch { console.log("count -1", error.name, (error as? NodeError)?.code, error.message) }
    console.log("count 0", try SharedBuffer(count: 0).count)
}
