#!/usr/bin/env bash
# The last step: fails the job according to clawlint's exit code, after the
# reports were uploaded. 1 = findings at or above fail-on, 2 = error,
# 3 = no OpenClaw config (a warning, not a failure).
source "$(dirname "$0")/common.sh"
case "${EXIT_CODE:-2}" in
  0) echo "clawlint: no findings at or above ${INPUT_FAIL_ON:-warn}" ;;
  1) echo "::error::clawlint found problems at or above ${INPUT_FAIL_ON:-warn}"; exit 1 ;;
  3) echo "::warning::clawlint found no OpenClaw config (openclaw.json or clawdbot.json)" ;;
  *) echo "::error::clawlint failed (exit ${EXIT_CODE:-unknown})"; exit 2 ;;
esac
