#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels {

using detail::Pass;

ChannelPass RunChannelPass(const config::ConfigView& c) {
  ChannelPass pass;
  pass.channels = NormalizedChannels(c);
  if (!pass.channels || c.profile() != config::Profile::k2026_4_29) return pass;
  pass.events = Pass(c, pass.channels).Run();
  return pass;
}

void ReportFamily(const config::ConfigView& c, std::string_view family,
                  Reporter& out) {
  const ChannelPass pass = RunChannelPass(c);
  for (const ChannelEvent& e : pass.events) {
    if (e.family != family && e.check_id != family) continue;
    Finding& f = out.Report(*e.at, e.path, e.detail, e.severity);
    f.check_id = e.check_id;
    f.title = e.title;
    f.emission_seq = e.seq;
  }
}

}  // namespace clawlint::checks::channels
