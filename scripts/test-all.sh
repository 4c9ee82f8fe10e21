#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what is missing, builds
# the site in both locales, then runs every check and test suite. All steps run
# even when one fails, and the exit status says whether any did.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh || exit 1
bash scripts/ensure-npm-deps.sh || exit 1

failed=()
step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if ! "$@"; then
    failed+=("$name")
  fi
}

step "type-check (site and tools)" npx tsc --noEmit -p .
step "build (en + zh-CN)" npm run build
step "snippet check" npm run check:snippets
step "link check" npm run check:links
step "translation parity" npm run i18n:check
step "guide replay (both quick starts from an empty folder)" npm run test:replay

mapfile -t test_files < <(find tools tests src -name '*.test.ts' -not -path '*/node_modules/*' -not -path '*/fixtures/*' -not -path '*/__fixtures__/*' | sort)
step "tests (${#test_files[@]} files)" node --import tsx --test --test-timeout=900000 "${test_files[@]}"

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All steps passed."
