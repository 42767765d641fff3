#!/usr/bin/env bash
# Builds the package and its tests, and fails if the compiler printed any warning.
set -euo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift build --build-tests "$@" 2>&1 | tee "$log"
if grep -q "warning:" "$log"; then
    echo "NodeLoop: the build printed warnings (see above); the build must be warning-free." >&2
    exit 1
fi
