// JUnit XML for CI test dashboards (GitLab, Jenkins, Azure, GitHub
// reporters); conventions in docs/ci-formats.md (ci-conventions.md §2.3).
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

/// One <testsuite> per config root; one <testcase> per (check, location).
/// Findings at or above `fail_on` are <failure>s, input errors
/// (clawlint.parse_error, include_error, internal_error) <error>s, lower
/// findings passing testcases with the finding in <system-out>, suppressed
/// findings <skipped>; every check that ran clean on a root is a passing
/// testcase named after the check.
void WriteJunit(const Report& report, Severity fail_on, std::ostream& out);

}  // namespace clawlint::formats
