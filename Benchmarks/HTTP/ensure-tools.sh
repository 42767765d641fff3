#!/usr/bin/env bash
# Installs what `make bench-http` needs beyond libuv when it is missing: wrk (the load) and
# http_parser's development files (the C twin's parser). Debian/Ubuntu: apt-get; elsewhere a
# message naming the packages.
set -euo pipefail

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -f /usr/include/http_parser.h ] || missing+=(libhttp-parser-dev)
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if command -v apt-get >/dev/null 2>&1; then
    echo "bench-http: installing ${missing[*]} with apt-get"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "bench-http needs ${missing[*]} (Debian's package names): install them with your system's package manager." >&2
    exit 1
fi
