#!/usr/bin/env python3
"""make bench / make bench-quick: builds NodeLoop's benchmark (Swift, release), Node's twin and
the C floor over libuv, runs every workload alternately (NodeLoop, node, C, NodeLoop, ...) after
one uncounted warm-up round, and prints a table of medians and ratios with peak memory. The full
run also writes the table into docs/benchmarks.md.

    python3 Benchmarks/run.py [--quick] [--rounds N] [--no-write] [workload ...]
"""
import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys
import time

from benchdoc import cpu_name, first_line, write_between_markers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SWIFT_BINARY = os.path.join(HERE, ".build", "release", "nodeloop-bench")
C_BINARY = os.path.join(HERE, ".build", "bench-c")
NODE_SCRIPT = os.path.join(HERE, "node", "bench.js")
DATA = os.environ.get("NODELOOP_BENCH_DATA", "/tmp/nodeloop-bench")
# The quick run's files: readfile-big reads a file a tenth of the size, since one read cannot
# be divided like the other workloads' operations.
QUICK_DATA = DATA + "-quick"

# Workload, and its target from PERF-BASELINES: (what NodeLoop is compared with, at most this ratio).
WORKLOADS = [
    ("immediate-breadth", ("c", 2.0)),
    ("immediate-depth", ("c", 1.2)),
    ("nexttick-depth", ("c", 5.0)),
    ("promise-chain", ("node", 0.6)),
    ("promise-breadth", ("node", 0.6)),
    ("promise-all", ("node", 0.6)),
    ("timers-breadth", ("c", 3.0)),
    ("timers-random", ("c", 2.0)),
    ("threadpool-stat", ("c", 1.2)),
    ("threadpool-work", ("c", 1.2)),
    ("readfile-small", ("c", 1.5)),
    ("readfile-big", ("c", 1.1)),
    ("worker-pingpong", ("c", 1.1)),
    ("await-loop", ("c", 1.3)),  # the C column of await-loop is Swift's floor, measured by NodeLoop's run
    ("tcp-echo-1", ("c", 1.2)),
    ("tcp-echo-64", ("c", 1.2)),
    ("tcp-bulk", ("c", 1.2)),
    # The C column of these two is http_parser (libhttp-parser-dev), not libuv.
    ("http-parse-pipelined", ("c", 1.5)),
    ("http-parse-pieces", ("c", 1.5)),
]
NO_NODE_TWIN = {"threadpool-work"}
NO_C_TWIN = {"await-loop"}
RESULTS_START = "<!-- results:start -->"
RESULTS_END = "<!-- results:end -->"


def run(command, **kwargs):
    return subprocess.run(command, check=True, text=True, **kwargs)




def build():
    print("Building the Swift benchmark (release) ...", flush=True)
    # Without the manifest cache: SwiftPM keeps the file list of the `..` dependency from the
    # last build, and a source file added to NodeLoop since would be missing from it.
    run(["swift", "build", "-c", "release", "--disable-build-manifest-caching", "--package-path", HERE])
    print("Building the C benchmark (gcc -O2) ...", flush=True)
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libuv"], capture_output=True, text=True, check=True).stdout.split()
    # The http-parse workloads' C twin needs http_parser (Debian's libhttp-parser-dev); without
    # it they fail in C and their C column stays empty.
    if os.path.exists("/usr/include/http_parser.h"):
        flags += ["-DHAVE_HTTP_PARSER", "-lhttp_parser"]
    else:
        print("  (no /usr/include/http_parser.h: the http-parse workloads get no C column)", flush=True)
    run(["gcc", "-O2", "-Wall", "-Wextra", "-Wno-unused-parameter", "-o", C_BINARY, os.path.join(HERE, "c", "bench.c")] + flags + ["-lpthread"])


def make_data(big_size):
    """The files the fs workloads read: one small file to stat, 1,000 files of 4 KiB, one big one."""
    os.makedirs(os.path.join(DATA, "small"), exist_ok=True)
    wanted = [(os.path.join(DATA, "stat-target"), 100), (os.path.join(DATA, "big"), big_size)]
    wanted += [(os.path.join(DATA, "small", str(i)), 4096) for i in range(1000)]
    for path, size in wanted:
        if not os.path.exists(path) or os.path.getsize(path) != size:
            with open(path, "wb") as f:
                f.write(os.urandom(size))


def command_for(impl, workload):
    return {"nodeloop": [SWIFT_BINARY, workload], "node": ["node", NODE_SCRIPT, workload], "c": [C_BINARY, workload]}[impl]


def measure(impl, workload):
    """One process run: its result fields, or None (and a message) if it failed."""
    try:
        out = subprocess.run(command_for(impl, workload), capture_output=True, text=True, timeout=300,
                             env=dict(os.environ, NODELOOP_BENCH_DATA=DATA))
    except subprocess.TimeoutExpired:
        print(f"  {impl} {workload}: timed out", flush=True)
        return None
    for line in out.stdout.splitlines():
        if line.startswith("bench "):
            return dict(field.split("=", 1) for field in line.split()[1:])
    print(f"  {impl} {workload}: failed ({out.returncode}): {(out.stdout + out.stderr).strip()[-300:]}", flush=True)
    return None


def implementations(workload):
    return [impl for impl in ("nodeloop", "node", "c")
            if not (impl == "node" and workload in NO_NODE_TWIN) and not (impl == "c" and workload in NO_C_TWIN)]


def median_of(results, key):
    values = [float(r[key]) for r in results if r is not None and key in r]
    return statistics.median(values) if values else None


def format_time(ns):
    if ns is None:
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:.1f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.1f} us"
    return f"{ns:.3g}" if ns < 100 else f"{ns:.0f}"


def format_ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"


def format_mib(kib):
    return f"{kib / 1024:.1f}" if kib is not None else "-"


def bench(names, rounds):
    """Medians per workload: {workload: {impl: (ns_per_op, peak_kib)}, 'floor': ...}."""
    table = {}
    for name in names:
        impls = implementations(name)
        print(f"{name}: warm-up, then {rounds} rounds of {' '.join(impls)}", flush=True)
        for impl in impls:
            measure(impl, name)
        results = {impl: [] for impl in impls}
        for _ in range(rounds):
            for impl in impls:
                results[impl].append(measure(impl, name))
        row = {impl: (median_of(results[impl], "ns_per_op"), median_of(results[impl], "peak_rss_kib")) for impl in impls}
        if name in NO_C_TWIN:
            row["c"] = (median_of(results["nodeloop"], "floor_ns_per_op"), None)
        table[name] = row
        print("  " + "  ".join(f"{impl} {format_time(row[impl][0])}" for impl in row), flush=True)
    return table


def render(table):
    lines = [
        "| workload | NodeLoop ns/op | node ns/op | C libuv ns/op | NodeLoop/node | NodeLoop/C | target | met | peak MiB NodeLoop / node / C |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, (against, limit) in WORKLOADS:
        if name not in table:
            continue
        row = table[name]
        ours, _ = row.get("nodeloop", (None, None))
        node, _ = row.get("node", (None, None))
        c, _ = row.get("c", (None, None))
        base = node if against == "node" else c
        met = "-" if ours is None or not base else ("yes" if ours / base <= limit else "no")
        c_label = f"{format_time(c)} (Swift floor)" if name in NO_C_TWIN else format_time(c)
        node_label = "(no node twin)" if name in NO_NODE_TWIN else format_time(node)
        against_label = "the floor" if name in NO_C_TWIN else against
        memory = " / ".join(format_mib(row[impl][1]) if impl in row else "-" for impl in ("nodeloop", "node", "c"))
        lines.append(f"| {name} | {format_time(ours)} | {node_label} | {c_label} | {format_ratio(ours, node)} | "
                     f"{format_ratio(ours, c)} | <= {limit}x {against_label} | {met} | {memory} |")
    lines += ["", summary(table)]
    if "tcp-bulk" in table:
        lines += ["", throughput(table["tcp-bulk"])]
    return "\n".join(lines)


def throughput(row):
    """tcp-bulk's medians as a rate: one of its operations is one MiB."""
    def rate(impl, label):
        ns = row.get(impl, (None, None))[0]
        return f"{label} {(1 << 20) / ns * 1e3:.0f}" if ns else f"{label} -"
    rates = ", ".join(rate(impl, label) for impl, label in (("nodeloop", "NodeLoop"), ("node", "node"), ("c", "C")))
    return f"tcp-bulk throughput in MB/s (10^6 bytes a second): {rates}."


def summary(table):
    """The issue's two overall targets: ahead of node everywhere, at most half of node's memory."""
    with_node = [row for name, row in table.items() if name not in NO_NODE_TWIN and row.get("node", (None,))[0]]
    ahead = sum(1 for row in with_node if row["nodeloop"][0] is not None and row["nodeloop"][0] < row["node"][0])
    measured = [row for row in with_node if row["nodeloop"][1] is not None and row["node"][1] is not None]
    lean = sum(1 for row in measured if row["nodeloop"][1] <= row["node"][1] / 2)
    return (f"Ahead of node: {ahead} of {len(with_node)} workloads. "
            f"Peak memory at most half of node's: {lean} of {len(measured)}.")


def describe_machine(rounds, load_before, load_after, started, seconds):
    cpu = cpu_name()
    return "\n".join([
        f"Measured {started:%Y-%m-%d %H:%M} UTC in {seconds / 60:.1f} minutes: medians of {rounds} rounds "
        + (f"of workloads a {os.environ['NODELOOP_BENCH_SCALE']}th of their size " if os.environ.get("NODELOOP_BENCH_SCALE", "1") != "1" else "")
        +
        "(one process run each, alternating NodeLoop, node, C) after one uncounted warm-up round.",
        "",
        f"- Machine: {os.cpu_count()} CPUs, {cpu}; {platform.system()} {platform.release()}",
        f"- Load average (1 min) before / after: {load_before:.2f} / {load_after:.2f}",
        f"- {first_line(['swift', '--version'])}",
        f"- node {first_line(['node', '--version'])}, libuv {first_line(['pkg-config', '--modversion', 'libuv'])} (the C twin's), "
        f"{first_line(['gcc', '--version'])}",
    ])




def main():
    global DATA
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="workloads a tenth of their size (readfile-big: a 6.4 MiB file), three rounds, nothing written")
    parser.add_argument("--rounds", type=int, help="rounds after the warm-up (default 9, quick 3)")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("workloads", nargs="*", help="only these workloads")
    args = parser.parse_args()
    known = [name for name, _ in WORKLOADS]
    names = args.workloads or known
    unknown = [n for n in names if n not in known]
    if unknown:
        sys.exit(f"run.py: unknown workload(s) {' '.join(unknown)}; known: {' '.join(known)}")
    rounds = args.rounds or (3 if args.quick else 9)
    big_size = 64 << 20
    if args.quick:
        os.environ["NODELOOP_BENCH_SCALE"] = "10"
        DATA = QUICK_DATA
        big_size //= 10

    build()
    make_data(big_size)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()[0]
    clock = time.monotonic()
    table = bench(names, rounds)
    seconds = time.monotonic() - clock
    section = describe_machine(rounds, load_before, os.getloadavg()[0], started, seconds) + "\n\n" + render(table)
    print()
    print(section)
    if not args.quick and not args.no_write and not args.workloads:
        write_between_markers(RESULTS_START, RESULTS_END, section)


if __name__ == "__main__":
    main()
