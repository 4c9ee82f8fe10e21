#!/usr/bin/env bash
# Runs `npm ci` when node_modules is missing or older than the lockfile, so a
# fresh clone installs exactly the committed versions and a warm checkout does
# not reinstall on every test run.
set -euo pipefail
stamp=node_modules/.install-stamp
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  exit 0
fi
echo "Installing npm packages (npm ci)…"
npm ci --no-audit --no-fund
echo "$lock_hash" > "$stamp"
