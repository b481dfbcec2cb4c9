#include "config/loader.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "config/js_string.h"

namespace clawlint::config {

std::string_view ProfileName(Profile p) {
  return p == Profile::k2026_9_6 ? "2026.9.6" : "2026.4.29";
}

std::optional<Profile> ParseProfile(std::string_view name) {
  if (name == "2026.4.29") return Profile::k2026_4_29;
  if (name == "2026.9.6") return Profile::k2026_9_6;
  return std::nullopt;
}

std::vector<Span> IncludeChain(const LoadedConfig& config, uint32_t load) {
  std::vector<Span> chain;
  for (int32_t at = static_cast<int32_t>(load);
       at >= 0 && static_cast<size_t>(at) < config.loads.size();
       at = config.loads[at].parent) {
    if (config.loads[at].parent >= 0) chain.push_back(config.loads[at].site);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

namespace {

// Lexical containment on normalised repo-relative paths ("" is the root).
bool Inside(std::string_view base, std::string_view candidate) {
  if (base.empty()) return true;
  if (candidate.size() < base.size()) return false;
  if (candidate.substr(0, base.size()) != base) return false;
  return candidate.size() == base.size() || candidate[base.size()] == '/';
}

std::string JoinPath(std::string_view dir, std::string_view rel) {
  if (dir.empty()) return std::string(rel);
  return std::string(dir) + "/" + std::string(rel);
}

std::string_view NodeTypeOf(const json5::Node& n) {
  switch (n.kind) {
    case Kind::kBool:
      return "boolean";
    case Kind::kNumber:
      return "number";
    case Kind::kString:
      return "string";
    default:
      return "object";
  }
}

// Resolves `$include` over parsed files, producing the merged Value tree.
class IncludeResolver {
 public:
  IncludeResolver(const tree::TreeReader& tree, SourceSet& sources,
                  LoadedConfig& out, const LoadOptions& options)
      : tree_(tree), sources_(sources), out_(out), options_(options) {}

  ValuePtr LoadRoot(std::string_view root_path) {
    root_dir_ = std::string(tree::DirName(root_path));
    std::string error;
    auto real_dir = tree::ResolveSymlinks(tree_, root_dir_, &error);
    root_real_dir_ = real_dir ? *real_dir : root_dir_;

    std::string bytes;
    auto real = tree::ResolveSymlinks(tree_, root_path, &error);
    if (!real || !tree_.Read(*real, kMaxRootBytes, &bytes, &error)) {
      FileId file = sources_.Add(std::string(root_path), "");
      out_.loads.push_back({file, -1, {}});
      return Fail(LoadErrorKind::kParse, "cannot read config: " + error,
                  {file, 0, 0}, 0);
    }
    FileId file = sources_.Add(std::string(root_path), std::move(bytes));
    out_.loads.push_back({file, -1, {}});
    const json5::Node* root = Parse(file, 0, "");
    if (!root) return nullptr;
    return Build(*root, 0, 0, {std::string(root_path)});
  }

 private:
  ValuePtr Fail(LoadErrorKind kind, std::string message, Span span,
                uint32_t load) {
    if (!out_.error)
      out_.error = LoadError{kind, std::move(message), span, load};
    return nullptr;
  }

  // Parses the file of `load`; on error reports it at its position.
  const json5::Node* Parse(FileId file, uint32_t load,
                           std::string_view context) {
    auto doc = std::make_unique<json5::Document>();
    json5::ParseError error;
    const SourceFile& source = sources_.Get(file);
    if (!json5::Parse(source.bytes, doc.get(), &error)) {
      uint32_t end = std::min<uint32_t>(
          error.offset + 1, static_cast<uint32_t>(source.bytes.size()));
      Fail(LoadErrorKind::kParse, std::string(context) + error.message,
           {file, error.offset, std::max(end, error.offset)}, load);
      return nullptr;
    }
    documents_.push_back(std::move(doc));
    return documents_.back()->root.get();
  }

  Span SpanOf(const json5::Node& n, uint32_t load) const {
    return {out_.loads[load].file, n.begin, n.end};
  }

  ValuePtr Scalar(const json5::Node& n, uint32_t load) const {
    auto v = std::make_shared<Value>();
    v->kind = n.kind;
    v->boolean = n.boolean;
    v->number = n.number;
    v->string = n.string;
    v->origin = {SpanOf(n, load), load};
    return v;
  }

  ValuePtr Build(const json5::Node& n, uint32_t load, int depth,
                 const std::vector<std::string>& ancestors) {
    if (!n.is_array() && !n.is_object()) return Scalar(n, load);
    // Nesting across files: an included root takes the place of the object
    // holding `$include` (BuildWithInclude steps back out for it).
    if (nesting_ >= kMaxMergedDepth) {
      return Fail(LoadErrorKind::kParse,
                  "nesting deeper than " + std::to_string(kMaxMergedDepth) +
                      " levels (counting included files)",
                  SpanOf(n, load), load);
    }
    ++nesting_;
    ValuePtr built = BuildContainer(n, load, depth, ancestors);
    --nesting_;
    return built;
  }

  ValuePtr BuildContainer(const json5::Node& n, uint32_t load, int depth,
                          const std::vector<std::string>& ancestors) {
    if (n.is_array()) {
      ValuePtr v = Scalar(n, load);
      v->items.reserve(n.items.size());
      for (const auto& item : n.items) {
        ValuePtr built = Build(*item, load, depth, ancestors);
        if (!built) return nullptr;
        v->items.push_back(std::move(built));
      }
      return v;
    }
    if (!n.is_object()) return Scalar(n, load);
    if (const json5::Member* inc = n.Find("$include")) {
      return BuildWithInclude(n, *inc, load, depth, ancestors);
    }
    return BuildObject(n, nullptr, load, depth, ancestors);
  }

  // Copies an object's members (except `skip`), resolving nested includes.
  ValuePtr BuildObject(const json5::Node& n, const json5::Member* skip,
                       uint32_t load, int depth,
                       const std::vector<std::string>& ancestors) {
    ValuePtr v = Scalar(n, load);
    v->members.reserve(n.members.size());
    for (const json5::Member& m : n.members) {
      if (&m == skip) continue;
      ValuePtr built = Build(*m.value, load, depth, ancestors);
      if (!built) return nullptr;
      v->members.push_back(
          {m.key, {out_.loads[load].file, m.key_begin, m.key_end}, built});
    }
    SortMembersLikeJavaScript(v->members);
    return v;
  }

  ValuePtr BuildWithInclude(const json5::Node& n, const json5::Member& inc,
                            uint32_t load, int depth,
                            const std::vector<std::string>& ancestors) {
    const json5::Node& spec = *inc.value;
    ValuePtr included;
    // The included root sits where this object is: one level out.
    struct StepOut {
      uint32_t& nesting;
      explicit StepOut(uint32_t& n) : nesting(n) { --nesting; }
      ~StepOut() { ++nesting; }
    };
    std::optional<StepOut> step_out(std::in_place, nesting_);
    if (spec.is_string()) {
      included = LoadFile(spec, load, depth, ancestors);
    } else if (spec.is_array()) {
      included = std::make_shared<Value>();
      included->kind = Kind::kObject;
      included->origin = {SpanOf(spec, load), load};
      for (const auto& item : spec.items) {
        if (!item->is_string()) {
          return Fail(LoadErrorKind::kInclude,
                      "Invalid $include array item: expected string, got " +
                          std::string(NodeTypeOf(*item)),
                      SpanOf(*item, load), load);
        }
        ValuePtr file = LoadFile(*item, load, depth, ancestors);
        if (!file) return nullptr;
        included = Merge(included, file);
      }
    } else {
      return Fail(LoadErrorKind::kInclude,
                  "Invalid $include value: expected string or array of "
                  "strings, got " +
                      std::string(NodeTypeOf(spec)),
                  SpanOf(spec, load), load);
    }
    step_out.reset();
    if (!included) return nullptr;
    if (n.members.size() == 1) return included;
    if (!included->is_object()) {
      return Fail(LoadErrorKind::kInclude,
                  "Sibling keys require included content to be an object",
                  SpanOf(spec, load), load);
    }
    ValuePtr siblings = BuildObject(n, &inc, load, depth, ancestors);
    if (!siblings) return nullptr;
    return Merge(included, siblings);
  }

  // Resolves, guards, reads and parses one included file (§2.5, §2.6).
  ValuePtr LoadFile(const json5::Node& site, uint32_t load, int depth,
                    const std::vector<std::string>& ancestors) {
    const std::string& written = site.string;
    const Span site_span = SpanOf(site, load);
    auto fail = [&](std::string message) {
      return Fail(LoadErrorKind::kInclude, std::move(message), site_span, load);
    };
    const std::string root_note = " (root: " + RootDisplay() + ")";

    auto lexical = ResolveLexically(written, load);
    if (!lexical || !Inside(root_dir_, *lexical)) {
      return fail("Include path escapes config directory: " + written +
                  root_note);
    }
    std::string link_error;
    auto real = tree::ResolveSymlinks(tree_, *lexical, &link_error);
    if (!real || !Inside(root_real_dir_, *real)) {
      return fail("Include path resolves outside config directory (symlink): " +
                  written + root_note);
    }
    if (std::find(ancestors.begin(), ancestors.end(), *lexical) !=
        ancestors.end()) {
      std::string chain;
      for (const std::string& a : ancestors) chain += a + " -> ";
      return fail("Circular include detected: " + chain + *lexical);
    }
    if (depth >= kMaxIncludeDepth) {
      return fail("Maximum include depth (10) exceeded at: " + written);
    }
    const std::string guard_message =
        "Include file failed security checks (regular file, max 2097152 "
        "bytes, no hardlinks): " +
        written;
    auto kind = tree_.Stat(*real);
    if (!kind && *real != *lexical)
      return fail(guard_message);  // dangling link
    if (!kind) {
      return fail("Failed to read include file: " + written +
                  " (resolved: " + *lexical + ")");
    }
    if (*kind != tree::EntryKind::kFile) return fail(guard_message);
    if (out_.loads.size() > kMaxIncludeLoads) {
      return fail("Too many includes: more than " +
                  std::to_string(kMaxIncludeLoads) +
                  " include files loaded for this config (include bomb?) at: " +
                  written);
    }
    std::string bytes, read_error;
    if (!tree_.Read(*real, kMaxIncludeBytes, &bytes, &read_error)) {
      return fail(guard_message);
    }
    included_bytes_ += bytes.size();
    if (included_bytes_ > kMaxIncludedBytes) {
      return fail("Too many included bytes: more than " +
                  std::to_string(kMaxIncludedBytes) +
                  " bytes of include files for this config at: " + written);
    }

    FileId file = sources_.Add(*lexical, std::move(bytes));
    const uint32_t child = static_cast<uint32_t>(out_.loads.size());
    out_.loads.push_back({file, static_cast<int32_t>(load), site_span});
    const json5::Node* root =
        Parse(file, child, "Failed to parse include file: " + written + ": ");
    if (!root) return nullptr;
    std::vector<std::string> chain = ancestors;
    chain.push_back(*lexical);
    return Build(*root, child, depth + 1, chain);
  }

  // The include path as the reference resolves it, before symlinks: relative
  // to the including file; absolute paths only inside the checkout.
  std::optional<std::string> ResolveLexically(const std::string& written,
                                              uint32_t load) const {
    if (!written.empty() && written[0] == '/') {
      const std::string& wd = options_.workdir;
      if (wd.empty() || written.size() <= wd.size() ||
          written.compare(0, wd.size(), wd) != 0 || written[wd.size()] != '/') {
        return std::nullopt;
      }
      return tree::NormalizePath(written.substr(wd.size() + 1));
    }
    const std::string& including = sources_.Get(out_.loads[load].file).path;
    return tree::NormalizePath(JoinPath(tree::DirName(including), written));
  }

  std::string RootDisplay() const {
    return root_dir_.empty() ? "." : root_dir_;
  }

  const tree::TreeReader& tree_;
  SourceSet& sources_;
  LoadedConfig& out_;
  const LoadOptions& options_;
  std::string root_dir_;
  std::string root_real_dir_;
  std::vector<std::unique_ptr<json5::Document>> documents_;
  uint32_t nesting_ = 0;         // containers open across files
  uint64_t included_bytes_ = 0;  // bytes read for include files
};

// The config `env` block feeds substitution (config-format.md §3.2): a value
// is used only when the variable is not already set to a non-blank value.
void ApplyConfigEnvBlock(const Value& root, EnvMap& env) {
  const Value* block = root.Get("env");
  if (!block || !block->is_object()) return;
  auto take = [&env](const std::string& name, const Value& v) {
    if (!v.is_string()) return;
    if (JsTrim(v.string).empty()) return;
    if (v.string.find("${") != std::string::npos) return;
    auto it = env.find(name);
    if (it != env.end() && !JsTrim(it->second).empty()) return;
    env[name] = v.string;
  };
  if (const Value* vars = block->Get("vars"); vars && vars->is_object()) {
    for (const MemberEntry& m : vars->members) take(m.key, *m.value);
  }
  for (const MemberEntry& m : block->members) {
    if (m.key != "vars" && m.key != "shellEnv") take(m.key, *m.value);
  }
}

void SubstituteTree(Value& v, const std::string& path, const EnvMap& env,
                    std::vector<EnvWarning>& warnings) {
  if (v.is_string()) {
    if (v.env_done) return;
    v.env_done = true;
    Substitution s = SubstituteEnv(v.string, env);
    if (s.text != v.string) v.authored = v.string;
    v.string = std::move(s.text);
    v.env_substituted = s.substituted;
    v.env_unresolved = !s.missing_names.empty();
    for (std::string& name : s.missing_names) {
      warnings.push_back({std::move(name), path, v.origin});
    }
    return;
  }
  for (size_t i = 0; i < v.items.size(); ++i) {
    SubstituteTree(*v.items[i], path + "[" + std::to_string(i) + "]", env,
                   warnings);
  }
  for (MemberEntry& m : v.members) {
    SubstituteTree(*m.value, path.empty() ? m.key : path + "." + m.key, env,
                   warnings);
  }
}

// 4.29 migration M1 (checks-gateway.md §0.1): a gateway bound to
// lan/tailnet/custom/auto (the raw value, before M2) without a non-blank
// allowed origin and without the Host-header fallback gets
// gateway.controlUi.allowedOrigins seeded with its local origins. The seeded
// values are not written anywhere: they carry the origin of gateway.bind.
void SeedControlUiAllowedOrigins(Value& root) {
  const MemberEntry* gateway_member = root.GetMember("gateway");
  if (!gateway_member || !gateway_member->value->is_object()) return;
  Value& gateway = *gateway_member->value;
  const MemberEntry* bind = gateway.GetMember("bind");
  if (!bind || !bind->value->is_string()) return;
  const std::string& mode = bind->value->string;
  if (mode != "lan" && mode != "tailnet" && mode != "custom" && mode != "auto")
    return;
  const Value* control_ui = gateway.Get("controlUi");
  if (control_ui && !control_ui->is_object()) control_ui = nullptr;
  if (control_ui) {
    const Value* fallback =
        control_ui->Get("dangerouslyAllowHostHeaderOriginFallback");
    if (fallback && fallback->is_true()) return;
    const Value* origins = control_ui->Get("allowedOrigins");
    if (origins && origins->is_array()) {
      for (const ValuePtr& o : origins->items) {
        if (o->is_string() && !JsTrim(o->string).empty()) return;
      }
    }
  }

  const Value* port_value = gateway.Get("port");
  std::string port = "18789";
  if (port_value && port_value->is_number() && port_value->number > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", port_value->number);
    port = buf;
  }
  std::vector<std::string> seeded = {"http://localhost:" + port,
                                     "http://127.0.0.1:" + port};
  const Value* host = gateway.Get("customBindHost");
  if (mode == "custom" && host && host->is_string() &&
      !JsTrim(host->string).empty()) {
    std::string origin =
        "http://" + std::string(JsTrim(host->string)) + ":" + port;
    if (std::find(seeded.begin(), seeded.end(), origin) == seeded.end())
      seeded.push_back(std::move(origin));
  }

  auto synthetic = [&](Kind kind) {
    auto v = std::make_shared<Value>();
    v->kind = kind;
    v->origin = bind->value->origin;
    v->env_done = true;
    return v;
  };
  ValuePtr list = synthetic(Kind::kArray);
  for (std::string& s : seeded) {
    ValuePtr item = synthetic(Kind::kString);
    item->string = std::move(s);
    list->items.push_back(std::move(item));
  }
  // {...controlUi, allowedOrigins}: a copy, so values shared with other
  // trees are not modified.
  ValuePtr new_ui = control_ui ? std::make_shared<Value>(*control_ui)
                               : synthetic(Kind::kObject);
  bool replaced = false;
  for (MemberEntry& m : new_ui->members) {
    if (m.key == "allowedOrigins") {
      m.value = list;
      replaced = true;
    }
  }
  if (!replaced)
    new_ui->members.push_back({"allowedOrigins", bind->key_span, list});
  for (MemberEntry& m : gateway.members) {
    if (m.key == "controlUi") {
      m.value = new_ui;
      return;
    }
  }
  gateway.members.push_back({"controlUi", bind->key_span, new_ui});
}

// 4.29 migration M2 (checks-gateway.md §0.1): legacy bind host aliases.
void MigrateLegacyBindAlias(Value& root) {
  const MemberEntry* gateway = root.GetMember("gateway");
  if (!gateway || !gateway->value->is_object()) return;
  for (MemberEntry& m : gateway->value->members) {
    if (m.key != "bind" || !m.value->is_string()) continue;
    std::string s(JsTrim(m.value->string));
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    std::string mapped;
    if (s == "0.0.0.0" || s == "::" || s == "[::]" || s == "*") mapped = "lan";
    if (s == "127.0.0.1" || s == "localhost" || s == "::1" || s == "[::1]") {
      mapped = "loopback";
    }
    if (mapped.empty()) return;
    auto copy = std::make_shared<Value>(*m.value);
    copy->string = mapped;
    m.value = copy;
  }
}

}  // namespace

LoadedConfig Load(const tree::TreeReader& tree, SourceSet& sources,
                  std::string_view root_path, const LoadOptions& options) {
  LoadedConfig out;
  out.root_path = std::string(root_path);
  out.env = options.env;
  IncludeResolver resolver(tree, sources, out, options);
  ValuePtr root = resolver.LoadRoot(root_path);
  if (!root || out.error) return out;
  ApplyConfigEnvBlock(*root, out.env);
  SubstituteTree(*root, "", out.env, out.env_warnings);
  if (options.profile == Profile::k2026_4_29) {
    // The reference runs M1 before M2, so an alias bind is never seeded.
    SeedControlUiAllowedOrigins(*root);
    MigrateLegacyBindAlias(*root);
  }
  out.root = std::move(root);
  return out;
}

}  // namespace clawlint::config
