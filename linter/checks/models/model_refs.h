// The model refs the audit's models.* checks classify (checks-gateway.md
// §2.18): which config values are collected, how each is normalized to a
// `provider/model` id, and the parameter-size heuristic. Shared by
// models.legacy, models.weak_tier and models.small_params.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/view.h"

namespace clawlint::checks::models {

struct ModelRef {
  std::string id;      // normalized "provider/model" (the raw ref if unparsed)
  std::string source;  // the reference's label: "agents.defaults.model.primary"
  std::string agent_id;        // for agent refs; "" for the defaults
  bool agent_ref = false;      // comes from an agents.list/entries model
  const config::Value* value;  // the ref as written
  std::string path;            // its config path
};

/// Primary and fallback refs of agents.defaults.model, .imageModel and of
/// every agent's model, in the reference's order; blank refs are skipped.
std::vector<ModelRef> CollectModelRefs(const config::ConfigView& c);

/// A ref split into provider and model the way parseModelRef does (default
/// provider "openai"); nullopt when it does not parse.
struct ParsedRef {
  std::string provider, model;
};
std::optional<ParsedRef> ParseModelRef(const config::ConfigView& c,
                                       std::string_view raw);

/// inferParamBFromIdOrName: the largest "<n>b" size token, or 0.
double InferParamB(const config::ConfigView& c, std::string_view id);

/// Formats a number the way JavaScript's String(n) does for sizes.
std::string FormatNumber(double value);

}  // namespace clawlint::checks::models
