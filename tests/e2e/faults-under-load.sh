#!/usr/bin/env bash
# The fault suite three times in a row beside a CPU hog (one busy loop per core): the faults must
# hold on a busy machine, not only on a quiet one (issue 16). Run from the repository root after
# `bash infra/setup.sh`: bash tests/e2e/faults-under-load.sh   (RUNS=3 by default)
set -uo pipefail
cd "$(dirname "$0")/.."
hogs=()
for _ in $(seq "$(nproc)"); do (while :; do :; done) & hogs+=($!); done
trap 'kill "${hogs[@]}" 2>/dev/null' EXIT
failed=0
for run in $(seq "${RUNS:-3}"); do
  echo "=== run $run at $(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg)"
  npx vitest run e2e/faults.spec.ts || failed=$((failed + 1))
done
echo "=== $failed of ${RUNS:-3} runs failed"
exit "$failed"
