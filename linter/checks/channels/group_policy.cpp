// Channel pass rules of one channel family (checks-channels.md §2-§3).
#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels::detail {

// signal, imessage, irc, nextcloud-talk, zalo: merged dmPolicy/allowFrom
// and their group warnings.
void Pass::Simple(const std::string& ch, const Value& root, const Account& a) {
  const Value& m = *a.merged;
  std::string_view policy = Str(m.Get("dmPolicy"));
  if (policy.empty()) policy = "pairing";
  DmChecks(ch, root, a, policy,
           Entries(m.Get("allowFrom"), DmBase(ch, root, a) + "allowFrom"));
  const ChannelSpec& spec = *FindChannel(ch);
  const std::string_view gp = EffectiveGroupPolicy(spec, m, defaults_);
  const std::string gp_path = SetterPath(ch, root, a, "groupPolicy");
  if (ch == "zalo") {
    if (gp == "open") {
      const bool senders = NonEmptyArray(m.Get("groupAllowFrom")) ||
                           NonEmptyArray(m.Get("allowFrom"));
      Warning(ch, Severity::kCritical,
              senders ? "Zalo groups: groupPolicy=\"open\" allows any "
                        "group; restrict senders with groupAllowFrom."
                      : "Zalo groups: groupPolicy=\"open\" with no "
                        "groupAllowFrom/allowFrom allowlist; any member "
                        "can trigger the bot.",
              gp_path);
    }
    return;
  }
  if (ch == "nextcloud-talk") {
    if (gp == "open") {
      Warning(ch, Severity::kCritical,
              NonEmptyObject(m.Get("rooms"))
                  ? "Nextcloud Talk rooms: groupPolicy=\"open\" allows any "
                    "member of a configured room; restrict senders."
                  : "Nextcloud Talk rooms: groupPolicy=\"open\" with no "
                    "channels.nextcloud-talk.rooms allowlist.",
              gp_path);
    }
    return;
  }
  if (gp == "open") {
    const std::string label = ch == "signal"     ? "Signal"
                              : ch == "imessage" ? "iMessage"
                                                 : "IRC";
    Warning(ch, Severity::kCritical,
            label +
                " groups: groupPolicy=\"open\" allows any member to "
                "trigger the bot; restrict senders.",
            gp_path);
  }
  if (ch != "irc") return;
  const Value* tls = m.Get("tls");
  if (tls && tls->is_false()) {
    Warning(ch, Severity::kInfo,
            "IRC TLS is disabled (channels.irc.tls=false): traffic and "
            "credentials travel in plaintext.",
            SetterPath(ch, root, a, "tls"));
  }
  const Value* nickserv = m.Get("nickserv");
  const Value* reg =
      nickserv && nickserv->is_object() ? nickserv->Get("register") : nullptr;
  if (Truthy(reg)) {
    const std::string ns = SetterPath(ch, root, a, "nickserv");
    Warning(ch, Severity::kWarn,
            "IRC NickServ registration is enabled: the bot sends a "
            "REGISTER command on every start.",
            ns + ".register");
    if (!SecretLike(nickserv->Get("password")) &&
        !NonEmpty(nickserv->Get("passwordFile"))) {
      Warning(ch, Severity::kWarn,
              "IRC NickServ register is enabled but no NickServ password "
              "is configured.",
              ns + ".password");
    }
  }
}

}  // namespace clawlint::checks::channels::detail
