// Fixes that several checks share: the rewrites of the reference's own
// `security audit --fix` (config-format.md §5.2), offered as safe fixes on
// every finding they remove.
#pragma once

#include <optional>

#include "config/view.h"
#include "fix/fix.h"

namespace clawlint::checks {

/// Every literal `groupPolicy: "open"` at `channels.<key>` and
/// `channels.<key>.accounts.<id>` (any key, `defaults` and disabled channels
/// included) set to "allowlist", as the reference's --fix does. nullopt
/// when there is none.
std::optional<fix::Fix> OpenGroupPoliciesToAllowlist(
    const config::ConfigView& config);

}  // namespace clawlint::checks
