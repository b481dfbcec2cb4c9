// The report shape of the reference's `openclaw secrets audit --json`, so
// clawlint is a drop-in for scripts written against it: per config root
//   {version: 1, status: "clean" | "findings" | "unresolved",
//    resolution: {refsChecked, skippedExecRefs, resolvabilityComplete},
//    filesScanned: [root], summary: {plaintextCount, unresolvedRefCount,
//    shadowedRefCount, (9.6: storeResidueCount,) legacyResidueCount},
//    findings: [{code, severity, file, jsonPath, message, provider?}]}
// from the secrets.plaintext_credential findings (PLAINTEXT_FOUND, warn; a
// partial template included, as the reference counts it) and, with
// --check-env, secrets.env_ref_unresolved (REF_UNRESOLVED, error). `file` is
// the config root, as the reference names it even for included values. A
// config the reference would refuse (parse, $include or schema errors) gets
// its single REF_UNRESOLVED `<root>` finding. clawlint resolves nothing, so
// `resolvabilityComplete` is false and `refsChecked` counts the env
// references checked with --check-env. One root prints one object; several
// roots an array of them, each with a "config" member.
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

void WriteOpenClawSecretsJson(const Report& report, std::ostream& out);

}  // namespace clawlint::formats
