// Channel pass rules of one channel family (checks-channels.md §2-§3).
#include "checks/channels/audit_internal.h"

namespace clawlint::checks::channels::detail {

void Pass::Feishu(const Value& root, const Account& a) {
  const std::string ch = "feishu";
  const Value& m = *a.merged;
  std::string_view gp = Str(m.Get("groupPolicy"));
  if (gp.empty()) gp = FallbackGroupPolicy(*FindChannel(ch), defaults_);
  if (gp == "open") {
    Warning(ch, Severity::kCritical,
            "Feishu[" + a.id +
                "] groups: groupPolicy=\"open\" allows any member to "
                "trigger; restrict senders.",
            SetterPath(ch, root, a, "groupPolicy"));
  }
  // doc_owner_open_id (global condition, deduped to one).
  auto doc_on = [](const Value* tools) {
    const Value* doc =
        tools && tools->is_object() ? tools->Get("doc") : nullptr;
    return !(doc && doc->is_false());
  };
  bool fire = false;
  const Value* accounts = root.Get("accounts");
  if (!NonEmptyObject(accounts)) {
    fire = doc_on(root.Get("tools")) && NonEmpty(root.Get("appId")) &&
           SecretLike(root.Get("appSecret"));
  } else {
    for (const MemberEntry& acc : accounts->members) {
      const Value& o = *acc.value;
      if (!o.is_object()) continue;
      const Value* en = o.Get("enabled");
      if (en && en->is_false()) continue;
      const Value* tools = o.Get("tools");
      if (!tools || !tools->is_object()) tools = root.Get("tools");
      const Value* id = o.Get("appId") ? o.Get("appId") : root.Get("appId");
      const Value* secret =
          o.Get("appSecret") ? o.Get("appSecret") : root.Get("appSecret");
      fire |= doc_on(tools) && NonEmpty(id) && SecretLike(secret);
    }
  }
  if (fire) {
    PushAt(ch, "doc_owner_open_id", Severity::kWarn,
           "Feishu doc tool can grant document access",
           "The Feishu doc tool (channels.feishu.tools.doc) accepts an "
           "owner open_id from the model: prompt injection can share "
           "documents.",
           "channels.feishu.tools.doc");
  }
}

}  // namespace clawlint::checks::channels::detail
