#include "checks/models/model_refs.h"

#include <cctype>
#include <charconv>
#include <map>

#include "checks/helpers.h"

namespace clawlint::checks::models {

namespace {

using config::ConfigView;
using config::Value;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return out;
}

// splitTrailingAuthProfile: drops a trailing "@profile" after the last "/",
// keeping "@YYYYMMDD" dates and quantization tags ("@q4_k_m", "@8bit").
std::string StripAuthProfile(std::string_view raw) {
  std::string_view trimmed = Trim(raw);
  if (trimmed.empty()) return "";
  size_t last_slash = trimmed.rfind('/');
  size_t from = last_slash == std::string_view::npos ? 0 : last_slash + 1;
  size_t at = trimmed.find('@', from);
  if (at == std::string_view::npos || at == 0) return std::string(trimmed);
  auto suffix = [&] { return trimmed.substr(at + 1); };
  auto date_like = [](std::string_view s) {
    if (s.size() < 8) return false;
    for (size_t i = 0; i < 8; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return s.size() == 8 || s[8] == '@';
  };
  if (date_like(suffix())) {
    size_t next = trimmed.find('@', at + 9);
    if (next == std::string_view::npos) return std::string(trimmed);
    at = next;
  }
  // /^(?:i?q\d+(?:_[a-z0-9]+)*|\d+bit)(?:@|$)/i
  auto quant_like = [](std::string_view s) {
    std::string l = Lower(s.substr(0, s.find('@')));
    size_t i = 0;
    auto digits = [&] {
      size_t start = i;
      while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i])))
        ++i;
      return i > start;
    };
    if (!l.empty() && std::isdigit(static_cast<unsigned char>(l[0]))) {
      digits();
      if (l.compare(i, std::string::npos, "bit") == 0) return true;
      i = 0;
    }
    if (i < l.size() && l[i] == 'i') ++i;
    if (i >= l.size() || l[i] != 'q') return false;
    ++i;
    if (!digits()) return false;
    while (i < l.size()) {
      if (l[i] != '_') return false;
      ++i;
      size_t start = i;
      while (i < l.size() && std::isalnum(static_cast<unsigned char>(l[i])))
        ++i;
      if (i == start) return false;
    }
    return true;
  };
  if (quant_like(suffix())) {
    size_t next = trimmed.find('@', at + 1);
    if (next == std::string_view::npos) return std::string(trimmed);
    at = next;
  }
  std::string_view model = Trim(trimmed.substr(0, at));
  std::string_view profile = Trim(trimmed.substr(at + 1));
  if (model.empty() || profile.empty()) return std::string(trimmed);
  return std::string(model);
}

// normalizeProviderId: lower-case; 2026.4.29 also maps provider aliases.
std::string NormalizeProvider(const ConfigView& c, std::string_view provider) {
  std::string p = Lower(Trim(provider));
  if (!c.is_4_29()) return p;
  static const std::map<std::string, std::string, std::less<>> kAliases = {
      {"modelstudio", "qwen"},
      {"qwencloud", "qwen"},
      {"z.ai", "zai"},
      {"z-ai", "zai"},
      {"opencode-zen", "opencode"},
      {"opencode-go-auth", "opencode-go"},
      {"kimi-code", "kimi"},
      {"kimi-coding", "kimi"},
      {"bedrock", "amazon-bedrock"},
      {"aws-bedrock", "amazon-bedrock"},
      {"bytedance", "volcengine"},
      {"doubao", "volcengine"},
  };
  auto it = kAliases.find(p);
  return it == kAliases.end() ? p : it->second;
}

// A bundled plugin manifest's modelIdNormalization policy for one provider.
struct Policy {
  std::map<std::string, std::string, std::less<>> aliases;
  std::string strip_prefix;
  std::string prefix_when_bare;
  std::string claude_prefix;  // prefixWhenBareAfterAliasStartsWith "claude-"
};

const std::map<std::string, Policy, std::less<>>& Policies(bool v429) {
  static const std::map<std::string, std::string, std::less<>> kAnthropic429 = {
      {"opus-4.6", "claude-opus-4-6"},
      {"opus-4.5", "claude-opus-4-5"},
      {"sonnet-4.6", "claude-sonnet-4-6"},
      {"sonnet-4.5", "claude-sonnet-4-5"}};
  static const std::map<std::string, std::string, std::less<>> kGoogle429 = {
      {"gemini-3-pro", "gemini-3-pro-preview"},
      {"gemini-3-flash", "gemini-3-flash-preview"},
      {"gemini-3.1-pro", "gemini-3.1-pro-preview"},
      {"gemini-3.1-flash-lite", "gemini-3.1-flash-lite-preview"},
      {"gemini-3.1-flash", "gemini-3-flash-preview"},
      {"gemini-3.1-flash-preview", "gemini-3-flash-preview"}};
  static const std::map<std::string, Policy, std::less<>> k429 = {
      {"anthropic", {kAnthropic429, "", "", ""}},
      {"google", {kGoogle429, "", "", ""}},
      {"google-vertex", {kGoogle429, "", "", ""}},
      {"huggingface", {{}, "huggingface/", "", ""}},
      {"nvidia", {{}, "", "nvidia", ""}},
      {"openrouter", {{}, "", "openrouter", ""}},
      {"vercel-ai-gateway", {kAnthropic429, "", "", "anthropic"}},
      {"xai",
       {{{"grok-4-fast-reasoning", "grok-4-fast"},
         {"grok-4-1-fast-reasoning", "grok-4-1-fast"},
         {"grok-4.20-experimental-beta-0304-reasoning",
          "grok-4.20-beta-latest-reasoning"},
         {"grok-4.20-experimental-beta-0304-non-reasoning",
          "grok-4.20-beta-latest-non-reasoning"},
         {"grok-4.20-reasoning", "grok-4.20-beta-latest-reasoning"},
         {"grok-4.20-non-reasoning", "grok-4.20-beta-latest-non-reasoning"}},
        "",
        "",
        ""}},
  };
  static const std::map<std::string, std::string, std::less<>> kAnthropic96 = {
      {"fable", "claude-fable-5-1"},     {"fable-5", "claude-fable-5"},
      {"fable-5.1", "claude-fable-5-1"}, {"fable-5-1", "claude-fable-5-1"},
      {"haiku", "claude-haiku-4-5"},     {"opus-5.5", "claude-opus-5-5"},
      {"opus-5-5", "claude-opus-5-5"},   {"opus-5", "claude-opus-5"},
      {"opus", "claude-opus-5"},         {"opus-4.8", "claude-opus-4-8"},
      {"opus-4.7", "claude-opus-4-7"},   {"opus-4.6", "claude-opus-4-6"},
      {"mythos-5", "claude-mythos-5"},   {"sonnet-5", "claude-sonnet-5"},
      {"sonnet", "claude-sonnet-5"},     {"sonnet-4.6", "claude-sonnet-4-6"}};
  static const std::map<std::string, std::string, std::less<>> kGoogle96 = {
      {"gemini-3-pro", "gemini-3.1-pro-preview"},
      {"gemini-3-pro-preview", "gemini-3.1-pro-preview"},
      {"gemini-3-flash", "gemini-3-flash-preview"},
      {"gemini-3.1-pro", "gemini-3.1-pro-preview"},
      {"gemini-3.1-flash-lite-preview", "gemini-3.1-flash-lite"},
      {"gemini-3.1-flash", "gemini-3-flash-preview"},
      {"gemini-3.1-flash-preview", "gemini-3-flash-preview"}};
  static const std::map<std::string, Policy, std::less<>> k96 = {
      {"anthropic", {kAnthropic96, "", "", ""}},
      {"google", {kGoogle96, "", "", ""}},
      {"google-gemini-cli", {kGoogle96, "", "", ""}},
      {"google-vertex", {kGoogle96, "", "", ""}},
      {"huggingface", {{}, "huggingface/", "", ""}},
      {"nvidia", {{}, "", "nvidia", ""}},
      {"openrouter", {{}, "", "openrouter", ""}},
      {"xai",
       {{{"grok-4.3-latest", "grok-4.3"},
         {"grok-4.5-latest", "grok-4.5"},
         {"grok-4.7-latest", "grok-4.7"},
         {"grok-build-latest", "grok-4.5"}},
        "",
        "",
        ""}},
  };
  return v429 ? k429 : k96;
}

std::string PrefixWith(std::string_view prefix, std::string_view model) {
  while (prefix.ends_with('/')) prefix.remove_suffix(1);
  while (model.starts_with('/')) model.remove_prefix(1);
  return std::string(prefix) + "/" + std::string(model);
}

// normalizeProviderModelIdWithManifest.
std::string ApplyPolicy(const Policy& policy, std::string_view model_in) {
  std::string model(Trim(model_in));
  if (model.empty()) return model;
  if (!policy.strip_prefix.empty() &&
      Lower(model).starts_with(Lower(policy.strip_prefix))) {
    model = model.substr(policy.strip_prefix.size());
  }
  auto alias = policy.aliases.find(Lower(model));
  if (alias != policy.aliases.end()) model = alias->second;
  if (model.find('/') == std::string::npos) {
    if (!policy.claude_prefix.empty() && Lower(model).starts_with("claude-")) {
      return PrefixWith(policy.claude_prefix, model);
    }
    if (!policy.prefix_when_bare.empty()) {
      return PrefixWith(policy.prefix_when_bare, model);
    }
  }
  return model;
}

// normalizeGooglePreviewModelId (2026.9.6 built-in).
std::string GooglePreview(const std::string& id) {
  if (id.starts_with("google/")) {
    std::string inner = id.substr(7);
    std::string normalized = GooglePreview(inner);
    return normalized == inner ? id : "google/" + normalized;
  }
  if (id == "gemini-3-pro" || id == "gemini-3-pro-preview") {
    return "gemini-3.1-pro-preview";
  }
  if (id == "gemini-3-flash") return "gemini-3-flash-preview";
  if (id == "gemini-3.1-pro") return "gemini-3.1-pro-preview";
  if (id == "gemini-3.1-flash-lite-preview") return "gemini-3.1-flash-lite";
  if (id == "gemini-3.1-flash" || id == "gemini-3.1-flash-preview") {
    return "gemini-3-flash-preview";
  }
  if (id == "gemma-4-26b") return "gemma-4-26b-a4b-it";
  return id;
}

std::string StripSelfPrefix(std::string_view provider, std::string_view model) {
  const std::string prefix = Lower(provider) + "/";
  std::string_view trimmed = Trim(model);
  if (Lower(trimmed).starts_with(prefix)) {
    return std::string(trimmed.substr(prefix.size()));
  }
  return std::string(model);
}

// normalizeBuiltInProviderModelId (2026.9.6).
std::string BuiltIn96(const std::string& provider, const std::string& model) {
  if (provider == "google" || provider == "google-gemini-cli" ||
      provider == "google-vertex") {
    return GooglePreview(model);
  }
  if (provider == "openrouter" || provider == "nvidia") {
    std::string_view trimmed = Trim(model);
    return !trimmed.empty() && trimmed.find('/') == std::string_view::npos
               ? provider + "/" + std::string(trimmed)
               : model;
  }
  if (provider == "anthropic") {
    std::string stripped = StripSelfPrefix(provider, model);
    const auto& aliases = Policies(false).at("anthropic").aliases;
    auto it = aliases.find(Lower(stripped));
    return it == aliases.end() ? stripped : it->second;
  }
  if (provider == "vercel-ai-gateway") {
    static const std::map<std::string, std::string, std::less<>> kAliases = {
        {"opus-4.6", "claude-opus-4-6"},
        {"sonnet-5", "claude-sonnet-5"},
        {"sonnet", "claude-sonnet-4-6"},
        {"sonnet-4.6", "claude-sonnet-4-6"}};
    auto it = kAliases.find(Lower(model));
    std::string aliased = it == kAliases.end() ? model : it->second;
    return Lower(aliased).starts_with("claude-") ? "anthropic/" + aliased
                                                 : aliased;
  }
  if (provider == "huggingface") {
    return Lower(model).starts_with("huggingface/") ? model.substr(12) : model;
  }
  if (provider == "xai") {
    static const std::map<std::string, std::string, std::less<>> kAliases = {
        {"grok-4.3-latest", "grok-4.3"},
        {"grok-4.5-latest", "grok-4.5"},
        {"grok-build-latest", "grok-4.5"},
        {"grok-4-fast-reasoning", "grok-4-fast"},
        {"grok-4-1-fast-reasoning", "grok-4-1-fast"}};
    auto it = kAliases.find(Lower(model));
    return it == kAliases.end() ? model : it->second;
  }
  if (provider == "together" && model == "moonshotai/Kimi-K2.5") {
    return "moonshotai/Kimi-K2.6";
  }
  return model;
}

// normalizeStaticProviderModelId for a normalized provider.
std::string NormalizeModelId(const ConfigView& c, const std::string& provider,
                             std::string model) {
  const auto& policies = Policies(c.is_4_29());
  auto it = policies.find(provider);
  if (c.is_4_29())
    return it == policies.end() ? model : ApplyPolicy(it->second, model);
  model = StripSelfPrefix(provider, model);
  if (it != policies.end()) model = ApplyPolicy(it->second, model);
  return BuiltIn96(provider, model);
}

std::optional<ParsedRef> NormalizeRef(const ConfigView& c,
                                      std::string_view provider,
                                      std::string_view model) {
  ParsedRef ref;
  ref.provider = NormalizeProvider(c, provider);
  ref.model = NormalizeModelId(c, ref.provider, std::string(Trim(model)));
  return ref;
}

// resolveExactConfiguredProviderRef: a "provider/model" ref whose provider
// is configured under models.providers with an `api` owned by another
// provider keeps the configured provider id as written (lower-cased).
std::optional<ParsedRef> ExactConfiguredProviderRef(const ConfigView& c,
                                                    std::string_view raw) {
  size_t slash = raw.find('/');
  const Value* providers = c.Find("models.providers");
  if (slash == std::string_view::npos || slash == 0 || !providers ||
      !providers->is_object()) {
    return std::nullopt;
  }
  std::string_view provider_raw = Trim(raw.substr(0, slash));
  std::string_view model_raw = Trim(raw.substr(slash + 1));
  if (provider_raw.empty() || model_raw.empty()) return std::nullopt;
  for (const config::MemberEntry& m : providers->members) {
    if (Lower(Trim(m.key)) != Lower(provider_raw)) continue;
    const Value* api = m.value->Get("api");
    std::string owner =
        api && api->is_string() ? NormalizeProvider(c, api->string) : "";
    if (owner.empty() || owner == NormalizeProvider(c, m.key)) {
      return std::nullopt;
    }
    ParsedRef ref;
    ref.provider = Lower(Trim(m.key));
    ref.model = NormalizeModelId(c, ref.provider, std::string(model_raw));
    return ref;
  }
  return std::nullopt;
}

// parseModelRefWithCompatAlias (without the configured "openrouter:free"
// lookup).
std::optional<ParsedRef> ParseWithCompat(const ConfigView& c,
                                         std::string_view raw) {
  if (Lower(Trim(raw)) == "openrouter:auto") {
    return NormalizeRef(c, "openrouter", "auto");
  }
  if (auto exact = ExactConfiguredProviderRef(c, raw)) return exact;
  if (!c.is_4_29() && raw.find('/') == std::string_view::npos) {
    if (auto exact =
            ExactConfiguredProviderRef(c, "openai/" + std::string(raw))) {
      return exact;
    }
  }
  return ParseModelRef(c, raw);
}

std::string ModelKey(std::string_view provider_in, std::string_view model_in) {
  std::string_view provider = Trim(provider_in), model = Trim(model_in);
  if (provider.empty()) return std::string(model);
  if (model.empty()) return std::string(provider);
  if (Lower(model).starts_with(Lower(provider) + "/"))
    return std::string(model);
  return std::string(provider) + "/" + std::string(model);
}

struct AliasIndex {
  std::map<std::string, ParsedRef, std::less<>> by_alias;
  std::map<std::string, ParsedRef, std::less<>> by_provider_alias;  // 9.6
};

// buildModelAliasIndex over agents.defaults.models.
AliasIndex BuildAliasIndex(const ConfigView& c) {
  AliasIndex index;
  const Value* models = c.Find("agents.defaults.models");
  if (!models || !models->is_object()) return index;
  if (c.is_4_29()) {
    for (const config::MemberEntry& m : models->members) {
      auto ref = ParseWithCompat(c, m.key);
      if (!ref) continue;
      const Value* alias = m.value->Get("alias");
      if (!IsNonBlankString(alias)) continue;
      index.by_alias[Lower(Trim(alias->string))] = *ref;
    }
    return index;
  }
  // 2026.9.6: one alias per model key (the last entry wins; a blank alias
  // disables the key), wildcard keys skipped.
  std::vector<std::pair<std::string, std::pair<std::string, ParsedRef>>> order;
  for (const config::MemberEntry& m : models->members) {
    if (m.key.find('*') != std::string::npos) continue;
    if (!m.value->is_object() || !m.value->GetMember("alias")) continue;
    auto ref = ParseWithCompat(c, m.key);
    if (!ref) continue;
    const Value* alias = m.value->Get("alias");
    std::string text(alias && alias->is_string() ? Trim(alias->string) : "");
    const std::string key = ModelKey(ref->provider, ref->model);
    std::erase_if(order, [&](const auto& e) { return e.first == key; });
    order.push_back({key, {text, *ref}});
  }
  for (const auto& [key, entry] : order) {
    if (entry.first.empty()) continue;
    index.by_alias[Lower(entry.first)] = entry.second;
    index.by_provider_alias[NormalizeProvider(c, entry.second.provider) + "/" +
                            Lower(entry.first)] = entry.second;
  }
  return index;
}

// resolveAuditModelId.
std::string ResolveId(const ConfigView& c, const AliasIndex& index,
                      std::string_view raw) {
  const std::string model = StripAuthProfile(raw);
  if (model.empty()) return std::string(raw);
  auto alias = index.by_alias.find(Lower(model));
  if (alias != index.by_alias.end()) {
    return ModelKey(alias->second.provider, alias->second.model);
  }
  size_t slash = model.find('/');
  if (!c.is_4_29() && slash != std::string::npos && slash > 0) {
    auto hit = index.by_provider_alias.find(
        NormalizeProvider(c, model.substr(0, slash)) + "/" +
        Lower(model.substr(slash + 1)));
    if (hit != index.by_provider_alias.end()) {
      return ModelKey(hit->second.provider, hit->second.model);
    }
  }
  auto ref = ParseWithCompat(c, model);
  return ref ? ModelKey(ref->provider, ref->model) : std::string(raw);
}

}  // namespace

std::optional<ParsedRef> ParseModelRef(const ConfigView& c,
                                       std::string_view raw) {
  std::string_view trimmed = Trim(raw);
  if (trimmed.empty()) return std::nullopt;
  if (Lower(trimmed) == "openrouter:auto") {
    return NormalizeRef(c, "openrouter", "auto");
  }
  size_t slash = trimmed.find('/');
  if (slash == std::string_view::npos)
    return NormalizeRef(c, "openai", trimmed);
  std::string_view provider = Trim(trimmed.substr(0, slash));
  std::string_view model = Trim(trimmed.substr(slash + 1));
  if (provider.empty() || model.empty()) return std::nullopt;
  return NormalizeRef(c, provider, model);
}

std::vector<ModelRef> CollectModelRefs(const ConfigView& c) {
  const AliasIndex index = BuildAliasIndex(c);
  std::vector<ModelRef> out;
  auto add = [&](const Value* raw, std::string source, std::string path,
                 const AgentEntry* agent) {
    if (!raw || !raw->is_string()) return;
    std::string_view trimmed = Trim(raw->string);
    if (trimmed.empty()) return;
    ModelRef ref;
    ref.id = ResolveId(c, index, trimmed);
    ref.source = std::move(source);
    ref.value = raw;
    ref.path = std::move(path);
    if (agent) {
      ref.agent_ref = true;
      ref.agent_id = agent->id;
    }
    out.push_back(std::move(ref));
  };
  // A model setting: a string, or {primary, fallbacks[]}.
  auto add_setting = [&](const Value* model, const std::string& label,
                         const std::string& path, bool string_is_primary,
                         const AgentEntry* agent) {
    if (!model) return;
    if (model->is_string()) {
      add(model, string_is_primary ? label + ".primary" : label, path, agent);
      return;
    }
    if (!model->is_object()) return;
    add(model->Get("primary"), label + ".primary", path + ".primary", agent);
    const Value* fallbacks = model->Get("fallbacks");
    if (!fallbacks || !fallbacks->is_array()) return;
    for (size_t i = 0; i < fallbacks->items.size(); ++i) {
      add(fallbacks->items[i].get(), label + ".fallbacks",
          path + ".fallbacks[" + std::to_string(i) + "]", agent);
    }
  };
  add_setting(c.Find("agents.defaults.model"), "agents.defaults.model",
              "agents.defaults.model", true, nullptr);
  add_setting(c.Find("agents.defaults.imageModel"),
              "agents.defaults.imageModel", "agents.defaults.imageModel", true,
              nullptr);
  const std::vector<AgentEntry> agents = AgentEntries(c);
  for (const AgentEntry& agent : agents) {
    add_setting(agent.value->Get("model"), agent.label + ".model",
                agent.path + ".model", false, &agent);
  }
  return out;
}

double InferParamB(const ConfigView& c, std::string_view id) {
  // /(?:^|[^a-z0-9])[a-z]?(\d+(?:\.\d+)?)b(?:[^a-z0-9]|$)/g on the
  // lower-cased id; 2026.4.29 consumes the trailing separator, 2026.9.6
  // only looks at it.
  const std::string s = Lower(Trim(id));
  auto alnum = [&](size_t i) {
    return std::islower(static_cast<unsigned char>(s[i])) ||
           std::isdigit(static_cast<unsigned char>(s[i]));
  };
  auto digit = [&](size_t i) {
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
  };
  // Matches the rest of the pattern at `i` (after the leading part); returns
  // the end of the match or npos.
  auto rest = [&](size_t i, double* value) -> size_t {
    if (i < s.size() && std::islower(static_cast<unsigned char>(s[i])) &&
        digit(i + 1)) {
      ++i;  // the optional letter (only useful when a digit follows)
    }
    size_t start = i;
    while (digit(i)) ++i;
    if (i == start) return std::string::npos;
    if (i + 1 < s.size() && s[i] == '.' && digit(i + 1)) {
      ++i;
      while (digit(i)) ++i;
    }
    if (i >= s.size() || s[i] != 'b') return std::string::npos;
    std::string number = s.substr(start, i - start);
    ++i;
    if (i < s.size() && alnum(i)) return std::string::npos;
    *value = std::strtod(number.c_str(), nullptr);
    return c.is_4_29() && i < s.size() ? i + 1 : i;
  };
  double best = 0;
  size_t pos = 0;
  while (pos <= s.size()) {
    double value = 0;
    size_t end = std::string::npos;
    if (pos == 0) end = rest(0, &value);
    if (end == std::string::npos && pos < s.size() && !alnum(pos)) {
      end = rest(pos + 1, &value);
    }
    if (end == std::string::npos) {
      ++pos;
      continue;
    }
    if (value > 0 && value > best) best = value;
    pos = end > pos ? end : pos + 1;
  }
  return best;
}

std::string FormatNumber(double value) {
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, ptr) : std::to_string(value);
}

}  // namespace clawlint::checks::models
