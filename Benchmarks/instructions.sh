#!/usr/bin/env bash
# Instructions per operation of one workload under valgrind's callgrind: a count that, unlike
# time, does not move when other processes load the machine. docs/performance.md uses it to
# measure each optimisation.
#
#     Benchmarks/instructions.sh <binary> <workload>
#     Benchmarks/instructions.sh Benchmarks/.build/release/nodeloop-bench promise-chain
#
# The workload runs twice, at a tenth and at a twentieth of its size (each with its warm-up);
# the difference of the two counts, divided by the difference of the operations, cancels the
# start-up and leaves the cost of one operation.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 <binary> <workload>" >&2
    exit 2
fi
binary=$1
workload=$2

instructions() {
    NODELOOP_BENCH_SCALE=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$workload" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
operations() {
    NODELOOP_BENCH_SCALE=$1 "$binary" "$workload" | sed -n 's/.* ops=\([0-9]*\).*/\1/p'
}

large=$(instructions 10)
small=$(instructions 20)
# Each run also does a warm-up of a tenth of its operations.
ops_large=$(operations 10)
ops_small=$(operations 20)
python3 -c "print('$workload: %.0f instructions per operation' % (($large - $small) / (($ops_large - $ops_small) * 1.1)))"
