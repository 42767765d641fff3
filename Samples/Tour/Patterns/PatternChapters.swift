/// The patterns tour (`make patterns`): the concurrency patterns Node programs build, each
/// chapter beside its JS twin in `Node/patterns/`, written here without npm packages.
let patternChapters: [Chapter] = [
    limitDownloads,
    mapLimitRetries,
    rateLimitWindows,
    mapReduceWordCount,
    pipelineStages,
    queuePriorities,
    forkJoinTimeout,
]
