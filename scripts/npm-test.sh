#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find. The type checker and the linter
# are one thread each, so on a two-core machine they run side by side; the unit tests start once the
# type checker has passed, beside the rest of the lint and the build the end-to-end tests need.
# Output of a side job is shown when it ends; any failure fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# side NAME COMMAND...: start COMMAND in the background, its output kept for `finish`.
side() {
  local name=$1
  shift
  "$@" >"$logs/$name" 2>&1 &
  echo $! >"$logs/$name.pid"
  echo "$SECONDS" >"$logs/$name.start"
}

# finish NAME: wait for a side job, print what it said, fail the run if it failed.
finish() {
  local name=$1 status=0
  wait "$(cat "$logs/$name.pid")" || status=$?
  echo "── $name ($( ((status == 0)) && echo passed || echo "failed, exit $status"), $((SECONDS - $(cat "$logs/$name.start"))) s)"
  cat "$logs/$name"
  return "$status"
}

failed=0
side typecheck npm run --silent typecheck
side lint npm run --silent lint
finish typecheck || exit 1

# Type-aware lint takes longer than the type checker: the unit tests start on the core it leaves.
side build npm run --silent build
start=$SECONDS
npm run --silent test:unit || failed=1
echo "── unit tests ($((SECONDS - start)) s)"
finish lint || failed=1
finish build || failed=1
((failed)) && exit 1

start=$SECONDS
npm run --silent test:e2e || failed=1
echo "── end-to-end tests ($((SECONDS - start)) s)"
exit "$failed"
