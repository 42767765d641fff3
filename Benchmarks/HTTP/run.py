#!/usr/bin/env python3
"""make bench-http / make bench-http-quick: five hello-world HTTP servers (NodeLoop, node, SwiftNIO,
Hummingbird 2 and a C floor on libuv + http_parser) under wrk with keep-alive, at 64 connections
and at 1, each server pinned to CPU 0 and wrk to CPU 1. Per connection count every server is
started once, warmed up by one uncounted wrk run, then measured for several rounds that
alternate servers. Prints medians of requests per second, p50 and p99 latency, the server's CPU
time per request and its peak RSS, with ratios against the C twin and against node. The full run
also writes the table into docs/benchmarks.md; a server that does not build is skipped.

    python3 Benchmarks/HTTP/run.py [--quick] [--rounds N] [--duration S] [--no-write] [server ...]

A list of servers (nodeloop node nio hummingbird c) measures only those and writes nothing.
"""
import argparse
import datetime
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from benchdoc import cpu_name, first_line, write_between_markers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RELEASE = os.path.join(HERE, ".build", "release")
C_BINARY = os.path.join(HERE, ".build", "hello-c")
RESULTS_START = "<!-- http-results:start -->"
RESULTS_END = "<!-- http-results:end -->"
SERVER_CPU, WRK_CPU = "0", "1"
CONNECTIONS = [64, 1]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
EXPECTED_BODY = b"hello world"

# Server key, column label, and how it is built: a SwiftPM product of this package, or a command.
SERVERS = [
    ("nodeloop", "NodeLoop", "nodeloop-http-hello"),
    ("node", "node", None),
    ("nio", "SwiftNIO", "nio-http-hello"),
    ("hummingbird", "Hummingbird", "hummingbird-http-hello"),
    ("c", "C twin", None),
]
LABELS = {key: label for key, label, _ in SERVERS}




def tail(text, lines=3):
    return " / ".join(line.strip() for line in text.strip().splitlines()[-lines:])


def first_error(log):
    """A failed build's first compiler error, as `file:line: message`, or the log's last lines."""
    for line in log.splitlines():
        found = re.match(r"^(/\S+?):(\d+):\d+: error: (.*)", line)
        if found:
            return f"{os.path.basename(found.group(1))}:{found.group(2)}: {found.group(3)}"
    return tail(log)


def build_server(key, product):
    """Builds one server: (its command, None), or (None, why it is skipped)."""
    if product is not None:
        print(f"Building {product} (release) ...", flush=True)
        # Without the manifest cache: SwiftPM keeps the file list of the `../..` dependency from
        # the last build, and a source file added to NodeLoop since would be missing from it.
        out = subprocess.run(["nice", "-n", "10", "swift", "build", "-c", "release", "--disable-build-manifest-caching",
                              "--package-path", HERE, "--product", product], capture_output=True, text=True)
        if out.returncode != 0:
            return None, f"{product} did not build: {first_error(out.stdout + out.stderr)}"
        return [os.path.join(RELEASE, product)], None
    if key == "c":
        print("Building the C twin (gcc -O2) ...", flush=True)
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libuv"], capture_output=True, text=True).stdout.split()
        out = subprocess.run(["nice", "-n", "10", "gcc", "-O2", "-Wall", "-Wextra", "-o", C_BINARY,
                              os.path.join(HERE, "c", "hello.c")] + flags + ["-lhttp_parser"], capture_output=True, text=True)
        if out.returncode != 0:
            return None, f"hello.c did not build: {tail(out.stderr, 2)}"
        return [C_BINARY], None
    if subprocess.run(["node", "--version"], capture_output=True).returncode != 0:
        return None, "node is not installed"
    return ["node", os.path.join(HERE, "node", "hello.js")], None


def build(wanted):
    """Builds the wanted servers: {key: command} for those that built, {key: why} for the rest.
    The builds are niced (the machine's two CPUs are shared); the measurements are not."""
    commands, skipped = {}, {}
    for key, _, product in SERVERS:
        if key in wanted:
            command, why = build_server(key, product)
            if command:
                commands[key] = command
            else:
                skipped[key] = why
    return commands, skipped


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch_once(port):
    """One `GET /` on a fresh connection: (status line, header lines, body), or None."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            data = b""
            while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < len(EXPECTED_BODY):
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    return lines[0], lines[1:], body


class Server:
    """One server process pinned to SERVER_CPU, listening on its own port."""

    def __init__(self, key, command):
        self.key = key
        self.port = free_port()
        # Its errors go to a file, which a chatty server cannot fill up and stall as it would a pipe.
        self.errors = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen(["taskset", "-c", SERVER_CPU] + command + [str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=self.errors)
        self.headers = []

    def wait_ready(self, seconds=15):
        """Waits until it answers; returns why not if it never does or answers differently."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.errors.seek(0)
                return f"exited with {self.process.returncode}: {tail(self.errors.read())}"
            answer = fetch_once(self.port)
            if answer is not None:
                status, headers, body = answer
                if not status.startswith("HTTP/1.1 200") or body != EXPECTED_BODY:
                    return f"answered {status!r} with body {body[:40]!r}"
                self.headers = headers
                return None
            time.sleep(0.1)
        return "did not answer within 15 s"

    def cpu_seconds(self):
        """User plus system time of every thread so far (fields 14 and 15 of /proc/<pid>/stat)."""
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def peak_rss_kib(self):
        """VmHWM from /proc/<pid>/status, or None once the process is gone."""
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.errors.seek(0)
        written = self.errors.read().strip()
        if written:
            print(f"  {LABELS[self.key]} wrote: {tail(written)}", flush=True)
        self.errors.close()


def to_us(value, unit):
    return float(value) * {"us": 1, "ms": 1e3, "s": 1e6}[unit]


def wrk(port, connections, seconds):
    """One wrk run pinned to WRK_CPU: its figures, or None (and a message) if it failed."""
    command = ["taskset", "-c", WRK_CPU, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency",
               f"http://127.0.0.1:{port}/"]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30)
    except subprocess.TimeoutExpired:
        print("  wrk timed out", flush=True)
        return None
    text = out.stdout
    requests = re.search(r"^\s*(\d+) requests in", text, re.M)
    rate = re.search(r"^Requests/sec:\s*([\d.]+)", text, re.M)
    p50 = re.search(r"^\s*50%\s+([\d.]+)(us|ms|s)\b", text, re.M)
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", text, re.M)
    if out.returncode != 0 or not (requests and rate and p50 and p99):
        print(f"  wrk failed ({out.returncode}): {tail(text + out.stderr)}", flush=True)
        return None
    errors = re.search(r"Socket errors: (.*)", text)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {
        "requests": int(requests.group(1)),
        "rps": float(rate.group(1)),
        "p50_us": to_us(*p50.groups()),
        "p99_us": to_us(*p99.groups()),
        "errors": ", ".join(filter(None, [errors and errors.group(1), bad and f"{bad.group(1)} non-2xx"])),
    }


def measure(server, connections, seconds):
    """One measured wrk run with the server's CPU time around it, or None if either failed."""
    if server.process.poll() is not None:
        print(f"  {LABELS[server.key]} has exited ({server.process.returncode})", flush=True)
        return None
    before = server.cpu_seconds()
    result = wrk(server.port, connections, seconds)
    after = server.cpu_seconds()
    if result is None or result["requests"] == 0:
        return None
    result["cpu_us"] = (after - before) / result["requests"] * 1e6
    if result["errors"]:
        print(f"  {LABELS[server.key]}: {result['errors']}", flush=True)
    return result


def bench(commands, skipped, rounds, seconds, warmup_seconds):
    """Medians: {connections: {key: {figure: median}}}; servers that fail are added to skipped."""
    table, headers = {}, {}
    for connections in CONNECTIONS:
        servers = []
        for key, _, _ in SERVERS:
            if key not in commands or key in skipped:
                continue
            server = Server(key, commands[key])
            why = server.wait_ready()
            if why:
                server.stop()
                skipped[key] = f"{LABELS[key]} {why}"
                print(f"  skipped: {skipped[key]}", flush=True)
                continue
            headers[key] = server.headers
            servers.append(server)
        try:
            names = " ".join(LABELS[s.key] for s in servers)
            print(f"{connections_label(connections)}: warm-up, then {rounds} rounds of {names} ({seconds} s each)", flush=True)
            for server in servers:
                wrk(server.port, connections, warmup_seconds)
            results = {server.key: [] for server in servers}
            for _ in range(rounds):
                for server in servers:
                    results[server.key].append(measure(server, connections, seconds))
            row = {}
            for server in servers:
                runs = [r for r in results[server.key] if r is not None]
                row[server.key] = {figure: statistics.median(r[figure] for r in runs) if runs else None
                                   for figure in ("rps", "p50_us", "p99_us", "cpu_us")}
                row[server.key]["rss_kib"] = server.peak_rss_kib()
            table[connections] = row
            print("  " + "  ".join(f"{LABELS[k]} {format_rate(v['rps'])}/s" for k, v in row.items()), flush=True)
        finally:
            for server in servers:
                server.stop()
    return table, headers


def format_rate(rps):
    if rps is None:
        return "-"
    return f"{rps / 1e3:.1f}k" if rps >= 1e4 else f"{rps:.0f}"


def format_us(us):
    if us is None:
        return "-"
    if us >= 1e4:
        return f"{us / 1e3:.1f} ms"
    if us >= 1e3:
        return f"{us / 1e3:.2f} ms"
    return f"{us:.1f} us" if us < 100 else f"{us:.0f} us"


def format_mib(kib):
    return f"{kib / 1024:.1f} MiB" if kib is not None else "-"


# Figure, row label, formatter.
FIGURES = [
    ("rps", "requests/s", format_rate),
    ("p50_us", "p50 latency", format_us),
    ("p99_us", "p99 latency", format_us),
    ("cpu_us", "CPU per request", format_us),
    ("rss_kib", "peak RSS", format_mib),
]


def ratio(value, base):
    return f"{value / base:.2f}" if value is not None and base else "-"


def render_table(connections, row):
    keys = [key for key, _, _ in SERVERS]
    lines = [f"| {connections_label(connections)} | " + " | ".join(LABELS[k] for k in keys) + " |",
             "|---" * (len(keys) + 1) + "|"]
    for figure, label, fmt in FIGURES:
        cells = []
        for key in keys:
            value = row.get(key, {}).get(figure)
            if value is None:
                cells.append("-")
                continue
            c = row.get("c", {}).get(figure)
            node = row.get("node", {}).get(figure)
            ratios = [f"{ratio(value, c)} C" if key != "c" and c else None,
                      f"{ratio(value, node)} node" if key != "node" and node else None]
            ratios = [r for r in ratios if r]
            cells.append(fmt(value) + (f" ({', '.join(ratios)})" if ratios else ""))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def connections_label(connections):
    return f"{connections} connection{'' if connections == 1 else 's'}"


def targets(connections, row):
    """The issue's four targets for NodeLoop at this connection count."""
    ours, c, node, nio = (row.get(k) for k in ("nodeloop", "c", "node", "nio"))
    if not ours or ours["rps"] is None:
        return f"- {connections_label(connections)}: NodeLoop not measured, targets not checked"

    def check(met, text):
        return f"{text}: {'met' if met else 'not met'}"

    checks = []
    if c and c["cpu_us"]:
        checks.append(check(ours["cpu_us"] <= 1.3 * c["cpu_us"],
                            f"CPU per request {ours['cpu_us'] / c['cpu_us']:.2f}x the C twin's (target at most 1.3x)"))
    if node and node["rps"]:
        checks.append(check(ours["rps"] >= 1.8 * node["rps"],
                            f"requests/s {ours['rps'] / node['rps']:.2f}x node's (target at least 1.8x)"))
        checks.append(check(ours["p99_us"] < node["p99_us"],
                            f"p99 {format_us(ours['p99_us'])} against node's {format_us(node['p99_us'])} (target below)"))
    if nio and nio["rps"]:
        behind = [label for figure, label, _ in FIGURES
                  if ours[figure] is not None and nio[figure] is not None
                  and (ours[figure] < nio[figure] if figure == "rps" else ours[figure] > nio[figure])]
        checks.append(check(not behind, "ahead of SwiftNIO on every figure"
                            + (f" (behind on {', '.join(behind)})" if behind else "")))
    return f"- {connections_label(connections)}: " + "; ".join(checks)


def describe_headers(headers):
    """What each server sends beyond status, Content-Type and Content-Length."""
    common = {"content-type", "content-length"}
    parts = []
    for key, _, _ in SERVERS:
        if key in headers:
            extra = [line for line in headers[key] if line.split(":", 1)[0].strip().lower() not in common]
            shown = ", ".join(re.sub(r"^(Date:).*", r"\1 ...", line, flags=re.I) for line in extra) or "nothing"
            parts.append(f"{LABELS[key]}: {shown}")
    return "Headers beyond Content-Type and Content-Length, on a keep-alive request: " + "; ".join(parts) + "."


def package_versions():
    try:
        with open(os.path.join(HERE, "Package.resolved")) as f:
            pins = json.load(f)["pins"]
        found = {pin["identity"]: pin["state"].get("version", "?") for pin in pins}
        return f"swift-nio {found.get('swift-nio', '?')}, hummingbird {found.get('hummingbird', '?')}"
    except (OSError, ValueError, KeyError):
        return "swift-nio ?, hummingbird ?"


def describe_run(rounds, seconds, started, minutes, load_before, load_after):
    cpu = cpu_name()
    parser = first_line(["dpkg-query", "-W", "-f", "${Version}", "libhttp-parser-dev"])
    return "\n".join([
        f"Measured {started:%Y-%m-%d %H:%M} UTC in {minutes:.1f} minutes: medians of {rounds} wrk runs of {seconds} s "
        "per server and connection count (alternating servers), after one uncounted warm-up run each.",
        "",
        f"- Machine: {os.cpu_count()} CPUs, {cpu}; {platform.system()} {platform.release()}",
        f"- Load average (1 min) before / after: {load_before:.2f} / {load_after:.2f}",
        f"- {first_line(['swift', '--version'])}; {package_versions()}",
        f"- node {first_line(['node', '--version'])}; C twin: libuv {first_line(['pkg-config', '--modversion', 'libuv'])}, "
        f"http_parser {parser} (Debian), {first_line(['gcc', '--version'])}",
        f"- {first_line(['wrk', '-v'])}",
    ])




def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="two rounds of 2 s runs (about a minute), nothing written")
    parser.add_argument("--rounds", type=int, help="measured rounds (default 5, quick 2)")
    parser.add_argument("--duration", type=int, help="seconds of one measured wrk run (default 5, quick 2)")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("servers", nargs="*", help="only these servers (nodeloop node nio hummingbird c); prints only")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 5)
    seconds = args.duration or (2 if args.quick else 5)
    warmup_seconds = 1 if args.quick else 2

    unknown = [name for name in args.servers if name not in LABELS]
    if unknown:
        sys.exit(f"run.py: unknown server(s) {' '.join(unknown)}; known: {' '.join(LABELS)}")
    commands, skipped = build(set(args.servers or LABELS))
    for key, why in skipped.items():
        print(f"skipped: {why}", flush=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()[0]
    clock = time.monotonic()
    table, headers = bench(commands, skipped, rounds, seconds, warmup_seconds)
    minutes = (time.monotonic() - clock) / 60
    parts = [describe_run(rounds, seconds, started, minutes, load_before, os.getloadavg()[0])]
    parts += [render_table(connections, table[connections]) for connections in CONNECTIONS if connections in table]
    parts.append("Each cell: the median, then its ratio to the C twin's and to node's. NodeLoop's targets:\n\n"
                 + "\n".join(targets(connections, table[connections]) for connections in CONNECTIONS if connections in table))
    parts.append(describe_headers(headers))
    if skipped:
        parts.append("Skipped: " + "; ".join(f"{LABELS[key]} ({why})" for key, why in skipped.items()) + ".")
    section = "\n\n".join(parts)
    print()
    print(section)
    if not args.quick and not args.no_write and not args.servers:
        write_between_markers(RESULTS_START, RESULTS_END, section)


if __name__ == "__main__":
    main()
