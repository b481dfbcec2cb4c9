#!/usr/bin/env bash
# Builds clawlint (Release, no tests) and copies the binary to
# $CLAWLINT_BUILD_DIR/bin/clawlint, the directory actions/cache keeps.
source "$(dirname "$0")/common.sh"
: "${CLAWLINT_BUILD_DIR:?}"
cmake_dir="${RUNNER_TEMP:-/tmp}/clawlint-cmake"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S "$ACTION_ROOT" -B "$cmake_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release -DCLAWLINT_BUILD_TESTS=OFF
cmake --build "$cmake_dir" --target clawlint -j "$(nproc 2>/dev/null || echo 2)"
mkdir -p "$CLAWLINT_BUILD_DIR/bin"
cp "$cmake_dir/clawlint" "$CLAWLINT_BUILD_DIR/bin/clawlint"
"$CLAWLINT_BUILD_DIR/bin/clawlint" --version
