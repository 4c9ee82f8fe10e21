#!/usr/bin/env bash
# npm run test:e2e — the sample's end-to-end tests: real Chromium, the local
# identity provider, redis-server and `next build`/`next start` of the sample.
# Installs chromium and redis-server with apt-get when they are missing and we
# are root; otherwise says how to install them.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "test:e2e: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "test:e2e: missing ${missing[*]}." >&2
    echo "  Install with: sudo apt-get install ${missing[*]}" >&2
    echo "  (or point CHROMIUM_PATH at another Chromium binary)." >&2
    exit 1
  fi
fi

# One file at a time: each starts its own servers, and the first builds the sample.
exec node --import tsx --test --test-concurrency=1 tests/e2e/*.test.ts
