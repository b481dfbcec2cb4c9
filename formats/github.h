// GitHub Actions workflow commands (`::error file=...,line=...::message`):
// annotations on the run and in pull-request diffs.
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

/// GitHub renders at most this many annotations of one type per step.
inline constexpr size_t kGithubAnnotationsPerType = 10;

/// Most severe first: critical -> ::error, warn -> ::warning,
/// info -> ::notice. Past kGithubAnnotationsPerType of a type the rest are
/// printed as plain log lines and one ::notice says how many were not
/// annotated.
void WriteGithub(const Report& report, std::ostream& out);

}  // namespace clawlint::formats
