#!/usr/bin/env bash
# Installs libuv's development files (and pkg-config, which SwiftPM uses to find them) when
# pkg-config cannot find libuv. Debian/Ubuntu: apt-get; macOS: Homebrew; elsewhere: a message.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libuv; then
    exit 0
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if command -v apt-get >/dev/null 2>&1; then
    echo "NodeLoop: installing libuv1-dev and pkg-config with apt-get"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libuv1-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    echo "NodeLoop: installing libuv and pkg-config with Homebrew"
    brew install libuv pkg-config
else
    echo "NodeLoop needs libuv: install your system's libuv development package (libuv1-dev, libuv-devel or libuv) and pkg-config." >&2
    exit 1
fi
