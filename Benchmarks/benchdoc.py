"""What both benchmark runners (Benchmarks/run.py and Benchmarks/HTTP/run.py) need to describe
the machine and write their tables into docs/benchmarks.md."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "benchmarks.md")


def first_line(command):
    """The first line a command prints (on stdout, else stderr), or "?"."""
    try:
        out = subprocess.run(command, capture_output=True, text=True)
        text = (out.stdout or out.stderr).strip()
        return text.splitlines()[0] if text else "?"
    except OSError:
        return "?"


def cpu_name():
    """The processor's model name from /proc/cpuinfo, or "?"."""
    try:
        with open("/proc/cpuinfo") as f:
            return next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        return "?"


def write_between_markers(start_marker, end_marker, section):
    """Replaces what docs/benchmarks.md holds between the two markers with `section`."""
    with open(DOC) as f:
        text = f.read()
    start, end = text.find(start_marker), text.find(end_marker)
    if start < 0 or end < start:
        sys.exit(f"{DOC} has no {start_marker} ... {end_marker} section")
    text = text[:start + len(start_marker)] + "\n" + section + "\n" + text[end:]
    with open(DOC, "w") as f:
        f.write(text)
    print(f"Wrote the table into {os.path.relpath(DOC, ROOT)}")
