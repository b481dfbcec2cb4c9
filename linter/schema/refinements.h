// The reference's validation rules that are NOT in its exported JSON Schema.
//
// schema/openclaw-<V>.schema.json is the single source of truth for the
// config's shape, and nothing here restates it. But zod drops two things
// when OpenClaw exports that schema, and OpenClaw's loader adds a third:
//   1. refinements (`.superRefine(...)`): sandbox docker/browser network,
//      seccomp/apparmor and bind rules, 2026.9.6's agent roster rules;
//   2. custom messages of ordinary checks (`z.string().min(1, "...")`);
//   3. loader checks around zod (validateConfigObjectRaw in the reference's
//      dist/io-*.js / validation-core-*.mjs): the SecretRef policy issues
//      (SecretRef objects where only strings are allowed; 2026.4.29's legacy
//      "secretref-env:" markers), and, once the schema passed, the tailscale
//      serve/funnel rules (loopback bind; 2026.9.6: no auth mode "none").
// Each rule is one small function in refinements.cpp naming the reference's
// rule and the corpus cases that pin it; schema/README.md lists them.
#pragma once

#include "config/loader.h"
#include "config/value.h"
#include "schema/issue.h"

namespace clawlint::schema {

/// Rewords the issues of zod checks whose custom message the export drops.
void RewordCheckMessages(Issues* issues);

/// Adds the issues of zod's refinements. zod runs an object's refinement
/// only when the object parsed without an aborting issue (unknown keys do
/// not abort); `issues` are the schema's, read for that.
void AddZodRefinements(const config::Value& root, config::Profile profile,
                       Issues* issues);

/// Applies the loader's rules around zod, in the reference's order: with
/// schema problems, the SecretRef policy issues go first and replace the
/// schema's own wording of the same problem; without, the policy issues
/// alone; without either, the first post-schema rule that fails (its issues
/// replace the channel/plugin issues, which the reference checks later).
void ApplyLoaderRules(const config::Value& root, config::Profile profile,
                      Issues* issues);

}  // namespace clawlint::schema
