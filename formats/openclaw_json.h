// The reference's own report shape (`openclaw security audit --json`), so
// clawlint is a drop-in for scripts written against it: per config root
//   {ts, summary: {critical, warn, info}, findings: [{checkId, severity,
//    title, detail, remediation?}], secretDiagnostics: []}
// with findings in the reference's emission order, and only the reference's
// checkIds. A config the reference would refuse (parse, $include or schema
// errors) gets the 2026.9.6 refusal envelope
//   {ok: false, error: {type: "cli_error", message}, issues: [{path,
//   message}]}.
// One root prints one object; several roots print an array of them, each
// with a "config" member naming its root.
#pragma once

#include <ostream>

#include "driver.h"

namespace clawlint::formats {

void WriteOpenClawJson(const Report& report, std::ostream& out);

}  // namespace clawlint::formats
