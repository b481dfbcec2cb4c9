#include "checks/builtin.h"

namespace clawlint::checks {

const CheckMeta kIncludeError{
    .id = "clawlint.include_error",
    .severity = Severity::kCritical,
    .releases = kBothReleases,
    .title = "$include cannot be resolved",
    .remediation =
        "Fix the $include path or the included file; OpenClaw "
        "refuses to start with this config.",
    .docs = R"md(## What it does
Reports an `$include` that OpenClaw cannot resolve: a missing file, a path
escaping the config's directory (also through a symlink), a cycle, more than
10 nested levels, an include that is not a regular file or is larger than
2 MiB, a value that is not a string or an array of strings, or sibling keys
next to an include whose content is not an object. The message is the
reference's own, with repository paths.

## Why is this bad?
OpenClaw refuses the whole config: the gateway does not start and
`openclaw security audit` audits nothing.

## Example
```json5
{ "$include": "../outside.json5" }
```

## Use instead
Keep included files inside the config's directory.
)md",
};

const CheckMeta kInternalError{
    .id = "clawlint.internal_error",
    .severity = Severity::kCritical,
    .releases = kBothReleases,
    .title = "clawlint failed while running a check",
    .remediation =
        "Please report this as a clawlint bug with the config "
        "that triggers it.",
    .docs = R"md(## What it does
Reports a check that failed unexpectedly. The other checks still ran.

## Why is this bad?
The failed check's findings are missing from the report.

## Example
None: this is a bug in clawlint.

## Use instead
Report it.
)md",
};

const CheckMeta kParseError{
    .id = "clawlint.parse_error",
    .severity = Severity::kCritical,
    .releases = kBothReleases,
    .title = "Config is not valid JSON5",
    .remediation =
        "Fix the syntax error; OpenClaw refuses to start with this "
        "config.",
    .docs = R"md(## What it does
Reports a config or included file that the JSON5 parser OpenClaw uses
(json5 2.2.3) rejects, at the offending character. The message quotes the
parser's own error text, whose `line:column` follows json5's rules (columns
in UTF-16 units).

## Why is this bad?
OpenClaw refuses the whole config: nothing is audited and the gateway does
not start.

## Example
```json5
{ gateway: { port: 18789,, } }
```

## Use instead
```json5
{ gateway: { port: 18789 } }
```
)md",
};

const CheckMeta kSchemaError{
    .id = "clawlint.schema_error",
    .severity = Severity::kCritical,
    .releases = kBothReleases,
    .title = "Config does not match the OpenClaw schema",
    .remediation =
        "Fix or remove the value; OpenClaw refuses to start with "
        "this config (`openclaw doctor --fix` migrates legacy "
        "keys).",
    .docs = R"md(## What it does
Validates the merged config (after `$include` and `${VAR}`) against the
JSON Schema the reference release exports (`openclaw config schema`) and
reports each problem at the offending key or value, with the reference's
own path and message: unknown keys, wrong types, values outside an enum or
a range. Checks whose inputs are invalid are set aside; the others still
run.

It also applies the reference's validation rules that its exported schema
cannot carry (zod refinements and OpenClaw's loader checks, hand-written in
`linter/schema/refinements.cpp`, one function per rule, each pinned by
recorded corpus cases), with the reference's own messages:
- tailscale serve/funnel need a loopback `gateway.bind` (or `custom` with
  a loopback `customBindHost`); 2026.9.6 also refuses auth mode `none`
  with serve/funnel;
- sandbox docker: network `host`, `container:*` without
  `dangerouslyAllowContainerNamespaceJoin`, seccomp/apparmor
  `unconfined`, bind sources that are not absolute paths (2026.9.6: as
  written, untrimmed), blank binds; sandbox browser network `host` or
  `container:*`;
- SecretRef objects at `hooks.token`, `hooks.gmail.pushToken`,
  `hooks.mappings[].sessionKey`; 2026.4.29's legacy `secretref-env:NAME`
  marker strings at secret fields;
- `gateway.auth.trustedProxy.userHeader` must not be empty;
- 2026.9.6 agent rosters: several agents need `agents.ownership:
  "explicit"` or exactly one `default: true`, at most one `default: true`,
  none with explicit ownership, unique ids, at least one agent.

## Why is this bad?
OpenClaw refuses the whole config ("Config invalid"): the gateway does not
start and `openclaw security audit` audits nothing. Keys from other
releases are the usual cause.

## Example
```json5
{ gateway: { port: "18789", bnid: "loopback" } }
```

## Use instead
```json5
{ gateway: { port: 18789, bind: "loopback" } }
```
)md",
};

const CheckMeta kSuppressionExpired{
    .id = "clawlint.suppression.expired",
    .severity = Severity::kWarn,
    .releases = kBothReleases,
    .title = "A clawlint suppression has expired",
    .remediation =
        "Fix the finding, or renew the suppression with a new until= date and "
        "a reason.",
    .docs = R"md(## What it does
Reports a `clawlint: ignore[...]` comment or a `.clawlint.yml` `ignore:` entry whose `until=YYYY-MM-DD` date is in the past. The suppression is no longer applied, so its findings are back in the report.

## Why is this bad?
A temporary exception that outlived its deadline silently becomes permanent.

## Example
```json5
// clawlint: ignore[gateway.bind_no_auth] lab box until=2020-01-01
```

## Use instead
```json5
// clawlint: ignore[gateway.bind_no_auth] lab box until=2099-01-01
```
)md",
};

const CheckMeta kSuppressionInvalid{
    .id = "clawlint.suppression.invalid",
    .severity = Severity::kWarn,
    .releases = kBothReleases,
    .title = "A clawlint suppression is malformed",
    .remediation = "Name at least one check and write until= as YYYY-MM-DD.",
    .docs = R"md(## What it does
Reports a `clawlint: ignore[...]` comment or `.clawlint.yml` `ignore:` entry that names no check, or whose `until=` is not a `YYYY-MM-DD` date. It is not applied.

## Why is this bad?
A suppression that does not parse does not do what its author meant.

## Example
```json5
// clawlint: ignore[] because
```

## Use instead
```json5
// clawlint: ignore[gateway.bind_no_auth] lab box until=2099-01-01
```
)md",
};

const CheckMeta kSuppressionMissingReason{
    .id = "clawlint.suppression.missing_reason",
    .severity = Severity::kWarn,
    .releases = kBothReleases,
    .title = "A clawlint suppression has no reason",
    .remediation =
        "Add a reason after the closing bracket: // clawlint: ignore[ID] why "
        "this is acceptable",
    .docs = R"md(## What it does
Reports a `clawlint: ignore[...]` comment or `.clawlint.yml` `ignore:` entry without a reason. A suppression without a reason is not applied.

## Why is this bad?
Reviewers cannot tell an accepted risk from a silenced alarm.

## Example
```json5
// clawlint: ignore[gateway.bind_no_auth]
```

## Use instead
```json5
// clawlint: ignore[gateway.bind_no_auth] isolated lab network, ticket SEC-12
```
)md",
};

const CheckMeta kSuppressionUntrusted{
    .id = "clawlint.suppression.untrusted",
    .severity = Severity::kInfo,
    .releases = kBothReleases,
    .title = "A clawlint suppression is not in the trusted revision",
    .remediation =
        "Get the suppression merged into the trusted branch first, or fix the "
        "finding.",
    .docs = R"md(## What it does
With `--trusted-ignores REV`, reports a suppression whose (file, check id, reason) does not exist in REV. It is not applied, so a pull request cannot silence its own findings.

## Why is this bad?
In-repository ignores are writable by whoever opens the pull request.

## Example
```json5
// clawlint: ignore[gateway.bind_no_auth] added in this PR
```

## Use instead
```json5
A suppression reviewed and merged on the base branch.
```
)md",
};

const CheckMeta kSuppressionUnused{
    .id = "clawlint.suppression.unused",
    .severity = Severity::kInfo,
    .releases = kBothReleases,
    .title = "A clawlint suppression matches no finding",
    .remediation = "Remove the suppression.",
    .docs = R"md(## What it does
Reports a `clawlint: ignore[...]` comment or `.clawlint.yml` `ignore:` entry that matched no finding in this run.

## Why is this bad?
Stale suppressions hide future findings on the same line or path.

## Example
```json5
// clawlint: ignore[gateway.bind_no_auth] was needed once
```

## Use instead
```json5
(no comment)
```
)md",
};

const std::vector<const CheckMeta*>& BuiltinMetas() {
  static const std::vector<const CheckMeta*> metas = {
      &kIncludeError,
      &kInternalError,
      &kParseError,
      &kSchemaError,
      &kSuppressionExpired,
      &kSuppressionInvalid,
      &kSuppressionMissingReason,
      &kSuppressionUntrusted,
      &kSuppressionUnused};
  return metas;
}

}  // namespace clawlint::checks
