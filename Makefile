# NodeLoop's commands. `make run` and `make test` work on a fresh Debian machine with only the
# Swift toolchain: both install libuv first when it is missing.

SWIFT ?= swift

.PHONY: run test build deps record tsan asan release-traps patterns primes file-batch worker-split worker-pool-queue clean fuzz docs
.PHONY: record-http tsan-http asan-http

## Builds and runs the ordering tour, each chapter beside Node's recorded output.
run: deps
	$(SWIFT) run nodeloop-tour

## Builds everything (failing on any compiler warning) and runs every test, then the tests of
## the integration packages (Integrations/: NodeLoop with other Swift packages).
test: deps
	bash scripts/build-without-warnings.sh
	$(SWIFT) test
	cd Integrations/HTTPTypes && $(SWIFT) test

build: deps
	bash scripts/build-without-warnings.sh

deps:
	@bash scripts/ensure-libuv.sh

## Re-records node's verdicts on the HTTP parser's conformance cases (Tests/HTTPConformance/
## cases.js into node-recording.json; needs node).
record-http:
	node Tests/HTTPConformance/record.js --write

## Builds the DocC documentation (Sources/NodeLoop/NodeLoop.docc and every doc comment) into
## .build-docs/NodeLoop.doccarchive, failing on any DocC warning. The swift-docc-plugin is a
## dependency only while NODELOOP_DOCS is set, in a build folder of its own, so the other
## commands and packages that depend on NodeLoop never resolve it.
docs: deps
	NODELOOP_DOCS=1 $(SWIFT) package --scratch-path .build-docs --allow-writing-to-directory .build-docs \
		generate-documentation --target NodeLoop --warnings-as-errors --output-path .build-docs/NodeLoop.doccarchive

## Re-records Node's output for every twin case and tour chapter (needs node);
## `make record TWINS=timers/` re-records the cases whose name starts with that prefix.
record: deps
	NODELOOP_RECORD=1 NODELOOP_TWINS="$(TWINS)" $(SWIFT) test --filter recordingIsCurrent

## The patterns tour: each concurrency pattern beside its JS twin's recorded output.
patterns: deps
	$(SWIFT) run nodeloop-tour --patterns

## CPU-bound work on the loop against the same work on the thread pool (release build).
primes: deps
	$(SWIFT) run -c release nodeloop-primes

## 20 files read, upper-cased and written one after another, then all at once with Promise.all.
file-batch: deps
	$(SWIFT) run nodeloop-file-batch

## The primes below 5,000,000 on one thread, then split among workers (`make worker-split WORKERS=8`).
worker-split: deps
	$(SWIFT) run -c release nodeloop-worker-split $(WORKERS)

## 40 prime-counting jobs through a WorkerPool of 4 threads, with progress and utilization figures.
worker-pool-queue: deps
	$(SWIFT) run -c release nodeloop-worker-pool-queue

## An echo server and three clients on 127.0.0.1, then the JS twin under node.
.PHONY: echo
echo: deps
	@echo "== NodeLoop (Samples/Echo/main.swift)"
	@$(SWIFT) run nodeloop-echo
	@if command -v node >/dev/null; then echo "== node (Samples/Echo/Node/echo.js)"; node Samples/Echo/Node/echo.js; fi

## A static file server on 127.0.0.1:8080 serving Samples/Serve/public (Ctrl-C stops).
.PHONY: serve serve-demo
serve: deps
	$(SWIFT) run nodeloop-serve

## The file server on a free port, asked for five paths by a client in the same program; then
## its JS twin under node, which prints the same lines.
serve-demo: deps
	@echo "== NodeLoop (Samples/Serve/main.swift)"
	@$(SWIFT) run nodeloop-serve --demo
	@if command -v node >/dev/null; then echo "== node (Samples/Serve/Node/serve.js)"; node Samples/Serve/Node/serve.js --demo; fi

## Three child processes that sleep, one after another and then all at once, with both timings.
.PHONY: three-processes
three-processes: deps
	$(SWIFT) run nodeloop-three-processes

## Every misuse of a loop-confined API from another thread, against an optimised build: each must
## still print its message naming the API and the fix (ThreadConfinementTests).
release-traps: deps
	$(SWIFT) build -c release --product nodeloop-misuse
	NODELOOP_MISUSE_BINARY="$$($(SWIFT) build -c release --show-bin-path)/nodeloop-misuse" $(SWIFT) test --filter ThreadConfinementTests

## The whole suite (unit tests, twin cases, tour chapters) under ThreadSanitizer: the twins'
## executables are TSan-built too, and a race reported in the test process or in any twin fails
## the run. Under both sanitizers an allocation too large to make returns NULL, as it does
## without them: `SharedBuffer` reports that as Node's "Array buffer allocation failed". Both
## skip the check that Node's recordings are current, which runs node and no NodeLoop code
## (`make test` runs it).
tsan: deps
	TSAN_OPTIONS="$${TSAN_OPTIONS:+$$TSAN_OPTIONS:}allocator_may_return_null=1" \
		$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip recordingIsCurrent $(if $(FILTER),--filter $(FILTER))

## The whole suite (unit tests, twin cases, tour chapters) under AddressSanitizer with
## LeakSanitizer on: the twins' executables are ASan-built too, and a memory error or a leak in
## the test process or in any twin fails the run. scripts/lsan.supp names the toolchain's own
## leaks, and nothing else. The sanitizer runtime ships with the Swift toolchain.
asan: deps
	ASAN_OPTIONS="$${ASAN_OPTIONS:+$$ASAN_OPTIONS:}detect_leaks=1:allocator_may_return_null=1" \
	LSAN_OPTIONS="$${LSAN_OPTIONS:+$$LSAN_OPTIONS:}suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0" \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan --skip recordingIsCurrent $(if $(FILTER),--filter $(FILTER))

## The HTTP parser's tests alone under each sanitizer (`make tsan FILTER=...` runs any subset).
tsan-http:
	$(MAKE) tsan FILTER=HTTP
asan-http:
	$(MAKE) asan FILTER=HTTP

## Differential fuzzing against Node (needs node): `make fuzz SEEDS=10000 FROM=1 JOBS=2`
## runs that many random scenarios through node and NodeLoop and prints the first divergence,
## minimised (docs/fuzzing.md).
SEEDS ?= 1000
FROM ?= 1
JOBS ?= 2
fuzz: deps
	$(SWIFT) build --product nodeloop-fuzz
	node Fuzz/JS/fuzz.js --swift "$$($(SWIFT) build --show-bin-path)/nodeloop-fuzz" --seeds $(SEEDS) --from $(FROM) --jobs $(JOBS)

clean:
	rm -rf .build .build-tsan .build-asan .build-docs .build-consumer

.PHONY: bench bench-quick
## Benchmarks against Node and C on libuv (Benchmarks/run.py): release build, every workload
## alternately on the three, medians and ratios; writes the table into docs/benchmarks.md.
bench: deps
	python3 Benchmarks/run.py

## The same, with workloads a tenth of their size and three rounds; prints only (under two minutes).
bench-quick: deps
	python3 Benchmarks/run.py --quick

.PHONY: bench-http bench-http-quick
## Hello-world HTTP servers under wrk with keep-alive, at 64 connections and at 1: NodeLoop,
## node, SwiftNIO, Hummingbird 2 and a C floor (libuv + http_parser), each pinned to CPU 0 and
## wrk to CPU 1 (Benchmarks/HTTP/run.py). Installs wrk and libhttp-parser-dev when missing,
## builds the servers in release, and writes the table into docs/benchmarks.md (about 6 minutes
## once built; a server that does not build is skipped).
bench-http: deps
	@bash Benchmarks/HTTP/ensure-tools.sh
	python3 Benchmarks/HTTP/run.py

## The same with two rounds of 2-second runs (about a minute once built); prints only.
bench-http-quick: deps
	@bash Benchmarks/HTTP/ensure-tools.sh
	python3 Benchmarks/HTTP/run.py --quick
