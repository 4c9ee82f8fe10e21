#!/usr/bin/env bash
# The site tests that read the production build (every tests/site test file
# that imports built-site.ts or served-site.ts), on build/ or on
# $DOCS_BUILD_DIR. CI's merge job runs them on the merged per-locale builds.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(grep -l -E "from '\./(built|served)-site'" tests/site/*.test.ts | sort)
echo "built-site tests: ${#files[@]} files"
exec node --import tsx --test --test-timeout=900000 "${files[@]}"
