// What clawlint knows about the reference's checkIds beyond the checks it
// runs: the reference's emission order (for the openclaw-json format) and the
// ids that cannot be derived from a repository.
#pragma once

#include <string_view>
#include <vector>

namespace clawlint::checks {

/// Position of `check_id` in the reference's emission order (collector order
/// of `openclaw security audit`, checks-gateway.md §0.3); ids the table does
/// not know sort after all known ones, before the 9.6 suppressions marker.
int EmissionRank(std::string_view check_id);

/// False for clawlint's own ids, which the reference never emits: input
/// errors (`clawlint.*`) and clawlint's own check areas (`secrets.*`). Only
/// reference ids go into --format openclaw-json and the conformance
/// comparison with `openclaw security audit`.
bool IsReferenceCheckId(std::string_view check_id);

/// A reference checkId clawlint does not emit, and why.
struct NotDerivable {
  std::string_view id;
  std::string_view reason;
};

/// Reference checkIds that need host state, a live gateway, or that the
/// reference itself never emits; sorted by id.
const std::vector<NotDerivable>& NotDerivableChecks();

}  // namespace clawlint::checks
