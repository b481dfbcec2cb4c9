#!/usr/bin/env bash
# Computes the cache key of the clawlint build: version + runner image +
# a hash of the sources, so a new version or source change rebuilds.
# Outputs: key, build-dir (cached directory), binary.
source "$(dirname "$0")/common.sh"

if [ -n "${CLAWLINT_BINARY:-}" ]; then
  [ -x "$CLAWLINT_BINARY" ] || { echo "::error::clawlint-binary $CLAWLINT_BINARY is not executable"; exit 2; }
  output key ""
  output build-dir ""
  output binary "$CLAWLINT_BINARY"
  exit 0
fi
version=$(sed -n 's/^project(clawlint VERSION \([0-9.]*\).*/\1/p' "$ACTION_ROOT/CMakeLists.txt")
hash=$(cd "$ACTION_ROOT" && find CMakeLists.txt linter formats schema hooks -type f -print0 2>/dev/null \
  | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
key="clawlint-${version:-unknown}-${RUNNER_OS:-Linux}-${RUNNER_ARCH:-X64}-${ImageOS:-local}-$hash"
build_dir="${HOME}/.cache/clawlint-action"
output key "$key"
output build-dir "$build_dir"
output binary "$build_dir/bin/clawlint"
echo "clawlint $version, cache key $key"
