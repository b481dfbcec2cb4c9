#include <cctype>

#include "checks/check.h"
#include "checks/helpers.h"
#include "fix/edits.h"

namespace clawlint::checks {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// The CIDR prefix as the reference reads it: 2026.4.29 uses parseInt (a
// leading integer, trailing junk ignored), 2026.9.6 a strict non-negative
// integer. Returns -1 when there is none.
long long ParsePrefix(std::string_view s, bool strict) {
  s = Trim(s);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  const size_t digits_begin = i;
  long long value = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    value = std::min<long long>(value * 10 + (s[i] - '0'), 1'000'000);
    ++i;
  }
  if (i == digits_begin) return -1;
  if (strict && i != s.size()) return -1;
  return negative ? (value == 0 ? 0 : -1) : value;
}

// §1.5: 127.0.0.1, ::1, 127.0.0.1/32 or ::1/128, nothing else.
bool IsStrictLoopbackProxy(std::string_view entry, bool strict) {
  std::string_view candidate = Trim(entry);
  if (candidate.empty()) return false;
  const size_t slash = candidate.find('/');
  if (slash == std::string_view::npos) {
    return candidate == "127.0.0.1" || AsciiLower(candidate) == "::1";
  }
  // split("/", 2): the text between the first and a second slash.
  std::string_view ip = candidate.substr(0, slash);
  std::string_view prefix = candidate.substr(slash + 1);
  prefix = prefix.substr(0, prefix.find('/'));
  if (ip.empty() || prefix.empty()) return false;
  const long long bits = ParsePrefix(prefix, strict);
  if (bits < 0) return false;
  if (Trim(ip) == "127.0.0.1") return bits == 32;
  return AsciiLower(Trim(ip)) == "::1" && bits == 128;
}

class RealIpFallbackEnabled final : public Check {
 public:
  static constexpr CheckMeta kMeta{
      .id = "gateway.real_ip_fallback_enabled",
      .severity = Severity::kWarn,
      .releases = kBothReleases,
      .title = "X-Real-IP fallback is enabled",
      .remediation =
          "Keep gateway.allowRealIpFallback=false (default). Only enable this "
          "when your trusted proxy always overwrites X-Real-IP and cannot "
          "provide X-Forwarded-For.",
      .docs = R"md(## What it does
Flags `gateway.allowRealIpFallback: true`. Critical when the gateway binds
beyond loopback, or uses trusted-proxy auth with a `gateway.trustedProxies`
entry other than `127.0.0.1`, `::1`, `127.0.0.1/32` or `::1/128`; else a
warning. (2026.4.29 reads the CIDR prefix with `parseInt`, so
`127.0.0.1/32abc` still counts as loopback there; 2026.9.6 does not.)

## Why is this bad?
When a trusted proxy omits `X-Forwarded-For`, the gateway believes
`X-Real-IP`. A proxy that passes a client-supplied `X-Real-IP` through lets
clients spoof their address, including the loopback address that local-client
checks trust.

## Example
```json5
{ gateway: { trustedProxies: ["10.0.0.5"], allowRealIpFallback: true } }
```

## Use instead
```json5
{ gateway: { trustedProxies: ["10.0.0.5"], allowRealIpFallback: false } }
```

## Fix safety
Unsafe: behind a proxy that sends only X-Real-IP, clients then appear as the proxy's address.
)md",
  };

  const CheckMeta& meta() const override { return kMeta; }

  void Run(const config::ConfigView& c, Reporter& out) const override {
    const config::Value* flag = c.Find("gateway.allowRealIpFallback");
    if (!flag || !flag->is_true()) return;
    bool remote_proxy = false;
    if (ResolveGatewayAuth(c).mode == "trusted-proxy") {
      const config::Value* proxies = c.Find("gateway.trustedProxies");
      if (proxies && proxies->is_array()) {
        for (const config::ValuePtr& p : proxies->items) {
          remote_proxy |= !p->is_string() ||
                          !IsStrictLoopbackProxy(p->string, !c.is_4_29());
        }
      }
    }
    const bool exposed = ExposedByBind(c) || remote_proxy;
    std::string detail =
        "gateway.allowRealIpFallback=true trusts X-Real-IP when a trusted "
        "proxy omits X-Forwarded-For";
    if (ExposedByBind(c)) {
      detail += "; the gateway binds beyond loopback";
    } else if (remote_proxy) {
      detail += "; trusted-proxy auth accepts a non-loopback proxy";
    }
    Finding& finding =
        out.Report(*flag, "gateway.allowRealIpFallback", detail + ".",
                   exposed ? Severity::kCritical : Severity::kWarn);
    if (auto edit = fix::ReplaceBool(c.sources(), *flag, false)) {
      finding.fix = fix::Fix::Unsafe("Set gateway.allowRealIpFallback to false",
                                     {std::move(*edit)});
    }
  }
};

}  // namespace
CLAWLINT_REGISTER_CHECK(RealIpFallbackEnabled)
}  // namespace clawlint::checks
