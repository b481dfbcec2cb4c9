#include "schema/validate.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "schema/issue.h"
#include "schema/js_format.h"
#include "schema/messages.h"
#include "schema/patterns.h"
#include "schema/refinements.h"
#include "schema/schema_data.h"

namespace clawlint::schema {
namespace {

using config::Kind;
using config::MemberEntry;
using config::Value;

constexpr double kMaxSafeInteger = 9007199254740991.0;

// The value being checked. A key that is absent (JavaScript `undefined`) has
// no value; zod still runs the property's schema on it when it is required.
struct At {
  const Value* value = nullptr;
  Span span;                      // where its problems are reported
  const Value* parent = nullptr;  // the object holding it, if any
  std::string_view key;           // its key in `parent`
};

At AtValue(const Value& v) { return {&v, v.origin.span}; }

At AtMember(const Value& object, const MemberEntry& m) {
  return {m.value.get(), m.value->origin.span, &object, m.key};
}

bool Aborted(const Issues& issues, size_t from = 0) {
  return std::any_of(issues.begin() + from, issues.end(),
                     [](const Issue& i) { return i.aborts; });
}

// ---------------------------------------------------------------------------
// Values.

bool IsInteger(double d) { return std::isfinite(d) && std::trunc(d) == d; }

// zod's parsedType(), with its display names for non-finite numbers.
std::string ReceivedName(const Value* v) {
  if (!v) return "undefined";
  switch (v->kind) {
    case Kind::kNull:
      return "null";
    case Kind::kBool:
      return "boolean";
    case Kind::kNumber:
      return std::isfinite(v->number) ? "number" : JsNumber(v->number);
    case Kind::kString:
      return "string";
    case Kind::kArray:
      return "array";
    case Kind::kObject:
      return "object";
  }
  return "unknown";
}

// JSON Schema `type` membership. zod rejects NaN and ±Infinity as numbers;
// ajv (strict: false) accepts them.
bool TypeMatches(std::string_view type, const Value& v, bool ajv) {
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_bool();
  if (type == "null") return v.is_null();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  if (!v.is_number()) return false;
  if (!ajv) return std::isfinite(v.number);
  // ajv's integer test (`!(x % 1) && !isNaN(x)`) lets ±Infinity through.
  if (type == "integer") {
    return !std::isnan(v.number) &&
           (std::isinf(v.number) || IsInteger(v.number));
  }
  return type == "number";
}

// Deep equality of a config value and a schema constant (const, enum).
bool Equal(const Value& v, JsonNode c) {
  switch (v.kind) {
    case Kind::kNull:
      return c.is_null();
    case Kind::kBool:
      return c.is_bool() && c.boolean() == v.boolean;
    case Kind::kNumber:
      return c.is_number() && c.number() == v.number;
    case Kind::kString:
      return c.is_string() && c.string() == v.string;
    case Kind::kArray:
      if (!c.is_array() || c.size() != v.items.size()) return false;
      for (uint32_t i = 0; i < c.size(); ++i) {
        if (!Equal(*v.items[i], c.item(i))) return false;
      }
      return true;
    case Kind::kObject:
      if (!c.is_object() || c.size() != v.members.size()) return false;
      for (const MemberEntry& m : v.members) {
        const JsonNode member = c.Find(m.key);
        if (!member || !Equal(*m.value, member)) return false;
      }
      return true;
  }
  return false;
}

bool Equal(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::kNull:
      return true;
    case Kind::kBool:
      return a.boolean == b.boolean;
    case Kind::kNumber:
      return a.number == b.number;
    case Kind::kString:
      return a.string == b.string;
    case Kind::kArray:
      return std::equal(
          a.items.begin(), a.items.end(), b.items.begin(), b.items.end(),
          [](const auto& x, const auto& y) { return Equal(*x, *y); });
    case Kind::kObject:
      if (a.members.size() != b.members.size()) return false;
      for (const MemberEntry& m : a.members) {
        auto it =
            std::find_if(b.members.begin(), b.members.end(),
                         [&](const MemberEntry& n) { return n.key == m.key; });
        if (it == b.members.end() || !Equal(*m.value, *it->value)) {
          return false;
        }
      }
      return true;
  }
  return false;
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  }));
}

// Member lookup by key without allocating for the usual small objects.
const MemberEntry* FindMember(const Value& object, std::string_view key) {
  for (const MemberEntry& m : object.members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

std::string_view StringMember(const Value* object, std::string_view key) {
  if (!object || !object->is_object()) return {};
  const MemberEntry* m = FindMember(*object, key);
  return m && m->value->is_string() ? std::string_view(m->value->string)
                                    : std::string_view();
}

bool ListsString(JsonNode list, std::string_view s) {
  for (uint32_t i = 0; i < list.size(); ++i) {
    if (list.item(i).is_string() && list.item(i).string() == s) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The validator.

class Validator {
 public:
  Validator(config::Profile profile, JsonNode root)
      : profile_(profile), root_(root) {}

  Issues Run(const Value& value) {
    Issues out;
    Check(root_, AtValue(value), /*ajv=*/false, &out);
    // The reference validates channel and plugin configs (ajv) only after
    // the base config (zod) passed; list problems in that order.
    std::stable_partition(out.begin(), out.end(),
                          [](const Issue& i) { return i.code != Code::kAjv; });
    return out;
  }

 private:
  // Extends the current path by one segment for its lifetime.
  class PathScope {
   public:
    PathScope(std::string* path, std::string_view segment)
        : path_(path), size_(path->size()) {
      if (!path->empty()) *path += '.';
      *path += segment;
    }
    ~PathScope() { path_->resize(size_); }
    PathScope(const PathScope&) = delete;
    PathScope& operator=(const PathScope&) = delete;

   private:
    std::string* path_;
    size_t size_;
  };

  Issue Make(Code code, std::string message, const At& at,
             bool aborts = false) const {
    Issue issue;
    issue.code = code;
    issue.path = path_;
    issue.message = std::move(message);
    issue.span = at.span;
    issue.aborts = aborts;
    return issue;
  }

  // ajv's messages are final when made: "invalid config: " + ajv's text.
  // 2026.9.6 names the external channel plugin whose schema rejected the
  // value ("invalid config for plugin signal: ..."); telegram, the one
  // bundled channel, keeps the plain form.
  Issue Ajv(std::string message, const At& at) const {
    std::string_view path = path_;
    if (profile_ == config::Profile::k2026_9_6 &&
        path.starts_with("channels.")) {
      std::string_view channel = path.substr(9);
      channel = channel.substr(0, channel.find('.'));
      if (channel == "telegram") {
        return Make(Code::kAjv, "invalid config: " + message, at);
      }
      return Make(
          Code::kAjv,
          "invalid config for plugin " + std::string(channel) + ": " + message,
          at);
    }
    return Make(Code::kAjv, "invalid config: " + message, at);
  }

  JsonNode Resolve(std::string_view ref) const;
  void Check(JsonNode schema, const At& at, bool ajv, Issues* out);
  bool CheckLocal(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckComposite(JsonNode schema, const At& at, bool ajv, Issues* out);

  bool CheckValueSet(JsonNode schema, const At& at, bool ajv, Issues* out);
  bool CheckType(JsonNode type, const At& at, bool ajv, Issues* out);
  bool CheckZodType(JsonNode type, const At& at, Issues* out);
  void CheckNumber(JsonNode schema, const At& at, bool ajv, Issues* out);
  void NumberBound(JsonNode schema, const At& at, bool ajv, bool small,
                   bool inclusive, double bound, Issues* out);
  void CheckString(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckPattern(std::string_view pattern, const At& at, bool ajv,
                    Issues* out);
  void CheckArray(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckArraySize(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckObject(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckExtraMember(JsonNode schema, const Value& object,
                        const MemberEntry& m, bool ajv,
                        std::vector<const MemberEntry*>* unknown, Issues* out);
  bool CheckPropertyName(JsonNode names, const MemberEntry& m, bool ajv,
                         Issues* out);
  void ReportUnknownKeys(const std::vector<const MemberEntry*>& unknown,
                         bool ajv, Issues* out);
  void CheckSize(JsonNode schema, const char* min_kw, const char* max_kw,
                 size_t size, std::string_view noun, std::string_view origin,
                 const At& at, bool ajv, Issues* out);

  void CheckAnyOf(JsonNode branches, const At& at, bool ajv, Issues* out);
  void CheckOneOf(JsonNode branches, const At& at, bool ajv, Issues* out);
  void CheckDiscriminated(JsonNode branches, std::string_view disc,
                          const At& at, Issues* out);
  void ReportUnion(JsonNode branches, const std::vector<Issues>& results,
                   const At& at, bool ajv, const char* ajv_message,
                   Issues* out);
  void CheckNot(JsonNode schema, const At& at, bool ajv, Issues* out);
  void CheckIf(JsonNode schema, const At& at, bool ajv, Issues* out);

  config::Profile profile_;
  JsonNode root_;
  std::string path_;
};

// Local JSON pointer ("#/properties/a/$defs/b") from the schema root.
JsonNode Validator::Resolve(std::string_view ref) const {
  if (ref.empty() || ref[0] != '#') return {};
  JsonNode node = root_;
  size_t pos = 1;
  while (node && pos < ref.size()) {
    size_t end = ref.find('/', pos + 1);
    if (end == std::string_view::npos) end = ref.size();
    std::string segment;
    for (size_t i = pos + 1; i < end; ++i) {
      const bool escape = ref[i] == '~' && i + 1 < end;
      segment += escape ? (ref[i + 1] == '1' ? '/' : '~') : ref[i];
      i += escape ? 1 : 0;
    }
    if (node.is_array()) {
      const size_t index = std::strtoul(segment.c_str(), nullptr, 10);
      node = index < node.size() ? node.item(static_cast<uint32_t>(index))
                                 : JsonNode();
    } else {
      node = node.Find(segment);
    }
    pos = end;
  }
  return node;
}

void Validator::Check(JsonNode schema, const At& at, bool ajv, Issues* out) {
  if (schema.is_bool()) {
    if (schema.boolean()) return;
    out->push_back(ajv ? Ajv("boolean schema is false", at)
                       : Make(Code::kInvalidType,
                              "Invalid input: expected never, received " +
                                  ReceivedName(at.value),
                              at, /*aborts=*/true));
    return;
  }
  if (!schema.is_object()) return;
  ajv = ajv || schema.Find(blob::kValidatorKeyword).valid();
  // draft-07: a $ref replaces its siblings.
  if (const JsonNode ref = schema.Find("$ref"); ref.is_string()) {
    return Check(Resolve(ref.string()), at, ajv, out);
  }
  const size_t before = out->size();
  if (!CheckLocal(schema, at, ajv, out)) return;
  // zod skips what follows once a value failed in an aborting way.
  if (!ajv && Aborted(*out, before)) return;
  CheckComposite(schema, at, ajv, out);
}

// The keywords about the value itself. False when nothing further applies
// (zod stops at a wrong type or value).
bool Validator::CheckLocal(JsonNode schema, const At& at, bool ajv,
                           Issues* out) {
  const bool has_value_set =
      schema.Find("const").valid() || schema.Find("enum").valid();
  // A zod literal or enum only compares values: no separate type error.
  if (!ajv && has_value_set) return CheckValueSet(schema, at, ajv, out);
  const JsonNode type = schema.Find("type");
  const bool type_ok = !type || CheckType(type, at, ajv, out);
  if (ajv && has_value_set) CheckValueSet(schema, at, ajv, out);
  if (!type_ok) return false;
  if (!at.value) return true;  // only composites can judge `undefined`
  switch (at.value->kind) {
    case Kind::kNumber:
      CheckNumber(schema, at, ajv, out);
      break;
    case Kind::kString:
      CheckString(schema, at, ajv, out);
      break;
    case Kind::kArray:
      CheckArray(schema, at, ajv, out);
      break;
    case Kind::kObject:
      CheckObject(schema, at, ajv, out);
      break;
    default:
      break;
  }
  return true;
}

void Validator::CheckComposite(JsonNode schema, const At& at, bool ajv,
                               Issues* out) {
  if (const JsonNode all = schema.Find("allOf"); all.is_array()) {
    for (uint32_t i = 0; i < all.size(); ++i) Check(all.item(i), at, ajv, out);
  }
  if (const JsonNode any = schema.Find("anyOf"); any.is_array()) {
    CheckAnyOf(any, at, ajv, out);
  }
  if (const JsonNode one = schema.Find("oneOf"); one.is_array()) {
    CheckOneOf(one, at, ajv, out);
  }
  if (schema.Find("not")) CheckNot(schema.Find("not"), at, ajv, out);
  if (schema.Find("if")) CheckIf(schema, at, ajv, out);
}

// const / enum: zod's invalid_value, ajv's const / enum.
bool Validator::CheckValueSet(JsonNode schema, const At& at, bool ajv,
                              Issues* out) {
  const JsonNode c = schema.Find("const");
  const JsonNode e = schema.Find("enum");
  std::vector<JsonNode> values;
  if (c) values.push_back(c);
  for (uint32_t i = 0; e.is_array() && i < e.size(); ++i) {
    values.push_back(e.item(i));
  }
  const bool ok =
      at.value && std::any_of(values.begin(), values.end(),
                              [&](JsonNode v) { return Equal(*at.value, v); });
  if (ok) return true;
  std::vector<AllowedValue> allowed;
  for (JsonNode v : values) allowed.push_back(AllowedFrom(v));
  if (ajv) {
    const char* text = c ? "must be equal to constant"
                         : "must be equal to one of the allowed values";
    out->push_back(Ajv(AppendAllowedHint(text, allowed), at));
    return false;
  }
  std::string message;
  if (values.size() == 1) {
    message = "Invalid input: expected " + StringifyPrimitive(values[0]);
  } else {
    message = "Invalid option: expected one of ";
    for (size_t i = 0; i < values.size(); ++i) {
      message += (i ? "|" : "") + StringifyPrimitive(values[i]);
    }
  }
  Issue issue = Make(Code::kInvalidValue, message, at, /*aborts=*/true);
  issue.allowed.values = std::move(allowed);
  out->push_back(std::move(issue));
  return false;
}

bool Validator::CheckType(JsonNode type, const At& at, bool ajv, Issues* out) {
  if (!ajv) return CheckZodType(type, at, out);
  std::string names;
  bool ok = false;
  for (uint32_t i = 0; i < (type.is_array() ? type.size() : 1); ++i) {
    const JsonNode t = type.is_array() ? type.item(i) : type;
    if (!t.is_string()) continue;
    ok = ok || (at.value && TypeMatches(t.string(), *at.value, true));
    names += (names.empty() ? "" : ",") + std::string(t.string());
  }
  if (!ok) out->push_back(Ajv("must be " + names, at));
  return ok;
}

// zod: z.string() etc. fail with invalid_type; `type: [T, "null"]` is a
// nullable T; other type lists are unions of bare types.
bool Validator::CheckZodType(JsonNode type, const At& at, Issues* out) {
  std::vector<std::string_view> types;
  for (uint32_t i = 0; i < (type.is_array() ? type.size() : 1); ++i) {
    const JsonNode t = type.is_array() ? type.item(i) : type;
    if (t.is_string()) types.push_back(t.string());
  }
  auto matches = [&](std::string_view t) {
    return at.value && TypeMatches(t, *at.value, false);
  };
  if (std::any_of(types.begin(), types.end(), matches)) {
    const bool only_integer = std::none_of(
        types.begin(), types.end(),
        [&](std::string_view t) { return t != "integer" && matches(t); });
    if (!only_integer || IsInteger(at.value->number)) return true;
    out->push_back(Make(Code::kInvalidType,
                        "Invalid input: expected int, received number", at,
                        /*aborts=*/true));
    out->back().allowed.incomplete = true;
    return false;
  }
  if (types.size() == 2 && (types[0] == "null" || types[1] == "null")) {
    types = {types[0] == "null" ? types[1] : types[0]};
  }
  if (types.size() != 1) {
    Issue issue = Make(Code::kInvalidUnion, "Invalid input", at, true);
    issue.allowed.incomplete = true;  // some branch is not a boolean
    out->push_back(std::move(issue));
    return false;
  }
  const std::string_view expected = types[0] == "integer" ? "number" : types[0];
  Issue issue = Make(Code::kInvalidType,
                     "Invalid input: expected " + std::string(expected) +
                         ", received " + ReceivedName(at.value),
                     at, /*aborts=*/true);
  if (expected == "boolean") {
    issue.allowed.values = {AllowedBoolean(true), AllowedBoolean(false)};
  } else {
    issue.allowed.incomplete = true;
  }
  out->push_back(std::move(issue));
  return false;
}

void Validator::CheckNumber(JsonNode schema, const At& at, bool ajv,
                            Issues* out) {
  const double v = at.value->number;
  if (JsonNode m = schema.Find("minimum"); m.is_number() && v < m.number()) {
    NumberBound(schema, at, ajv, true, true, m.number(), out);
  }
  if (JsonNode m = schema.Find("exclusiveMinimum");
      m.is_number() && v <= m.number()) {
    NumberBound(schema, at, ajv, true, false, m.number(), out);
  }
  if (JsonNode m = schema.Find("maximum"); m.is_number() && v > m.number()) {
    NumberBound(schema, at, ajv, false, true, m.number(), out);
  }
  if (JsonNode m = schema.Find("exclusiveMaximum");
      m.is_number() && v >= m.number()) {
    NumberBound(schema, at, ajv, false, false, m.number(), out);
  }
  const JsonNode step = schema.Find("multipleOf");
  if (step.is_number() && step.number() > 0 && !IsInteger(v / step.number())) {
    const std::string n = JsNumber(step.number());
    out->push_back(ajv ? Ajv("must be multiple of " + n, at)
                       : Make(Code::kNotMultipleOf,
                              "Invalid number: must be a multiple of " + n,
                              at));
  }
}

// zod: "Too small: expected number to be >0"; its safe-integer check says
// "int" (the export turns z.int()'s range into ±MAX_SAFE_INTEGER bounds).
void Validator::NumberBound(JsonNode schema, const At& at, bool ajv, bool small,
                            bool inclusive, double bound, Issues* out) {
  const std::string n = JsNumber(bound);
  const std::string op =
      std::string(small ? ">" : "<") + (inclusive ? "=" : "");
  if (ajv) {
    out->push_back(Ajv("must be " + op + " " + n, at));
    return;
  }
  const JsonNode type = schema.Find("type");
  const bool int_range = type.is_string() && type.string() == "integer" &&
                         std::fabs(bound) == kMaxSafeInteger;
  const std::string origin = int_range ? "int" : "number";
  Issue issue = Make(small ? Code::kTooSmall : Code::kTooBig,
                     std::string(small ? "Too small" : "Too big") +
                         ": expected " + origin + " to be " + op + n,
                     at);
  // 2026.9.6 appendNumericBoundHint(): plain numbers only.
  if (origin == "number") {
    issue.bound_hint =
        inclusive ? std::string(small ? " (minimum: " : " (maximum: ") + n + ")"
                  : std::string(small ? " (must be greater than "
                                      : " (must be less than ") +
                        n + ")";
  }
  out->push_back(std::move(issue));
}

void Validator::CheckString(JsonNode schema, const At& at, bool ajv,
                            Issues* out) {
  const std::string& s = at.value->string;
  // zod measures UTF-16 units (String.length), ajv code points.
  CheckSize(schema, "minLength", "maxLength", ajv ? CodePoints(s) : JsLength(s),
            "characters", "string", at, ajv, out);
  if (const JsonNode p = schema.Find("pattern"); p.is_string()) {
    CheckPattern(p.string(), at, ajv, out);
  }
  const JsonNode format = schema.Find("format");
  // Other formats (date-time, email) come with a `pattern`; unknown ones
  // are not enforced, as ajv with strict: false does not.
  if (format.is_string() && format.string() == "uri" && !CanParseUrl(s)) {
    out->push_back(ajv ? Ajv("must match format \"uri\"", at)
                       : Make(Code::kInvalidFormat, "Invalid URL", at));
  }
}

void Validator::CheckPattern(std::string_view pattern, const At& at, bool ajv,
                             Issues* out) {
  const JsPattern* re = CompiledPattern(pattern);
  if (!re || re->Test(at.value->string)) return;
  if (ajv) {
    out->push_back(
        Ajv("must match pattern \"" + std::string(pattern) + "\"", at));
    return;
  }
  const std::string_view custom =
      CustomPatternMessage(pattern, at.key, StringMember(at.parent, "source"));
  out->push_back(Make(Code::kInvalidFormat,
                      custom.empty() ? "Invalid string: must match pattern /" +
                                           std::string(pattern) + "/"
                                     : std::string(custom),
                      at));
}

// min/max keyword pair on a size (string length, item or property count).
void Validator::CheckSize(JsonNode schema, const char* min_kw,
                          const char* max_kw, size_t size,
                          std::string_view noun, std::string_view origin,
                          const At& at, bool ajv, Issues* out) {
  const JsonNode min = schema.Find(min_kw);
  const JsonNode max = schema.Find(max_kw);
  const std::string unit = " " + std::string(noun);
  if (min.is_number() && static_cast<double>(size) < min.number()) {
    const std::string n = JsNumber(min.number());
    out->push_back(ajv ? Ajv("must NOT have fewer than " + n + unit, at)
                       : Make(Code::kTooSmall,
                              "Too small: expected " + std::string(origin) +
                                  " to have >=" + n + unit,
                              at));
  }
  if (max.is_number() && static_cast<double>(size) > max.number()) {
    const std::string n = JsNumber(max.number());
    out->push_back(ajv ? Ajv("must NOT have more than " + n + unit, at)
                       : Make(Code::kTooBig,
                              "Too big: expected " + std::string(origin) +
                                  " to have <=" + n + unit,
                              at));
  }
}

void Validator::CheckArray(JsonNode schema, const At& at, bool ajv,
                           Issues* out) {
  const Value& array = *at.value;
  const JsonNode items = schema.Find("items");
  const size_t before = out->size();
  for (size_t i = 0; items && i < array.items.size(); ++i) {
    const JsonNode item_schema =
        items.is_array()
            ? (i < items.size() ? items.item(static_cast<uint32_t>(i))
                                : schema.Find("additionalItems"))
            : items;
    if (!item_schema) continue;
    PathScope scope(&path_, std::to_string(i));
    Check(item_schema, AtValue(*array.items[i]), ajv, out);
  }
  // zod runs an array's own checks only when its items did not abort.
  if (!ajv && Aborted(*out, before)) return;
  CheckArraySize(schema, at, ajv, out);
}

void Validator::CheckArraySize(JsonNode schema, const At& at, bool ajv,
                               Issues* out) {
  const Value& array = *at.value;
  CheckSize(schema, "minItems", "maxItems", array.items.size(), "items",
            "array", at, ajv, out);
  if (!schema.Find("uniqueItems").is_bool() ||
      !schema.Find("uniqueItems").boolean()) {
    return;
  }
  // ajv's loop order: the last duplicate pair, reported as "j and i".
  for (size_t i = array.items.size(); i-- > 0;) {
    for (size_t j = i; j-- > 0;) {
      if (!Equal(*array.items[i], *array.items[j])) continue;
      out->push_back(ajv ? Ajv("must NOT have duplicate items (items ## " +
                                   std::to_string(j) + " and " +
                                   std::to_string(i) + " are identical)",
                               at)
                         : Make(Code::kCustom, "Invalid input", at));
      return;
    }
  }
}

void Validator::CheckObject(JsonNode schema, const At& at, bool ajv,
                            Issues* out) {
  const Value& object = *at.value;
  const JsonNode props = schema.Find("properties");
  const JsonNode required = schema.Find("required");
  // ajv reports missing keys up front, at "<object>.<key>".
  for (uint32_t i = 0; ajv && i < required.size(); ++i) {
    const JsonNode key = required.item(i);
    if (!key.is_string() || FindMember(object, key.string())) continue;
    PathScope scope(&path_, key.string());
    out->push_back(Ajv(
        "must have required property '" + std::string(key.string()) + "'", at));
  }
  // zod walks its shape in declaration order; a missing required key is
  // its schema run on `undefined`.
  for (uint32_t i = 0; i < props.size(); ++i) {
    const std::string_view key = props.key(i);
    const MemberEntry* m = FindMember(object, key);
    if (!m && (ajv || !ListsString(required, key))) continue;
    PathScope scope(&path_, key);
    Check(props.value(i),
          m ? AtMember(object, *m) : At{nullptr, at.span, &object, key}, ajv,
          out);
  }
  std::vector<const MemberEntry*> unknown;
  for (const MemberEntry& m : object.members) {
    // JSON.parse and json5 assign "__proto__" as the prototype, never as a
    // key: the reference cannot see it.
    if (m.key == "__proto__" || props.IndexOf(m.key) >= 0) continue;
    CheckExtraMember(schema, object, m, ajv, &unknown, out);
  }
  ReportUnknownKeys(unknown, ajv, out);
  CheckSize(schema, "minProperties", "maxProperties", object.members.size(),
            "properties", "object", at, ajv, out);
}

// A key outside `properties`: propertyNames, patternProperties, then
// additionalProperties (false: an unknown key).
void Validator::CheckExtraMember(JsonNode schema, const Value& object,
                                 const MemberEntry& m, bool ajv,
                                 std::vector<const MemberEntry*>* unknown,
                                 Issues* out) {
  if (const JsonNode names = schema.Find("propertyNames");
      names && !CheckPropertyName(names, m, ajv, out) && !ajv) {
    return;  // zod's record skips the value of an invalid key
  }
  bool matched = false;
  const JsonNode patterns = schema.Find("patternProperties");
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const JsPattern* re = CompiledPattern(patterns.key(i));
    // A pattern RE2 cannot run is assumed to match: no false unknown key.
    if (re && !re->Test(m.key)) continue;
    matched = true;
    PathScope scope(&path_, m.key);
    Check(patterns.value(i), AtMember(object, m), ajv, out);
  }
  if (matched) return;
  const JsonNode extra = schema.Find("additionalProperties");
  if (extra.is_bool() && !extra.boolean()) {
    unknown->push_back(&m);
  } else if (extra.is_object()) {
    PathScope scope(&path_, m.key);
    Check(extra, AtMember(object, m), ajv, out);
  }
}

// The key as a string value against `propertyNames`. zod (a record's key
// schema) reports "Invalid key in record" at the key; ajv at the object.
bool Validator::CheckPropertyName(JsonNode names, const MemberEntry& m,
                                  bool ajv, Issues* out) {
  const JsonNode type = names.Find("type");
  if (names.is_object() && names.size() == 1 && type.is_string() &&
      type.string() == "string") {
    return true;  // the common z.string() key: nothing to check
  }
  Value key;
  key.kind = Kind::kString;
  key.string = m.key;
  key.origin.span = m.key_span;
  Issues ignored;
  Check(names, AtValue(key), ajv, &ignored);
  if (ignored.empty()) return true;
  const At at{&key, m.key_span};
  if (ajv) {
    out->push_back(Ajv("property name must be valid", at));
    return false;
  }
  PathScope scope(&path_, m.key);
  out->push_back(Make(Code::kInvalidKey, "Invalid key in record", at, true));
  return false;
}

// The unknown keys of one object. zod words them as one issue
// (`Unrecognized key: "a"`, `Unrecognized keys: "a", "b"`), reported at the
// first key; so does 2026.9.6's ajv (formatAdditionalPropertiesMessage),
// while 2026.4.29's ajv repeats its message once per key, at each key.
void Validator::ReportUnknownKeys(
    const std::vector<const MemberEntry*>& unknown, bool ajv, Issues* out) {
  if (unknown.empty()) return;
  if (ajv && profile_ == config::Profile::k2026_4_29) {
    for (const MemberEntry* m : unknown) {
      out->push_back(Ajv("must NOT have additional properties",
                         {m->value.get(), m->key_span}));
    }
    return;
  }
  std::string quoted;
  for (const MemberEntry* m : unknown) {
    quoted += (quoted.empty() ? "\"" : ", \"") + m->key + "\"";
  }
  const At at{unknown[0]->value.get(), unknown[0]->key_span};
  if (ajv) {
    out->push_back(Ajv("must not have additional properties: " + quoted, at));
  } else {
    out->push_back(Make(
        Code::kUnrecognizedKeys,
        (unknown.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ") +
            quoted,
        at));
  }
}

// ---------------------------------------------------------------------------
// Unions.

// The property whose `const` tells the branches of a zod discriminated
// union apart (zod exports those as oneOf), or "".
std::string_view Discriminator(JsonNode branches) {
  const JsonNode first = branches.item(0).Find("properties");
  for (uint32_t k = 0; k < first.size(); ++k) {
    const std::string_view key = first.key(k);
    bool all = true;
    for (uint32_t b = 0; all && b < branches.size(); ++b) {
      all = branches.item(b).Find("properties").Find(key).Find("const").valid();
    }
    if (all) return key;
  }
  return {};
}

// Whether `branch` is the one the value means to be: its type matches and
// every `const` property it declares has that value.
bool BranchMatches(JsonNode branch, const Value* v) {
  if (!v) return false;
  const JsonNode type = branch.Find("type");
  if (type.is_string() && !TypeMatches(type.string(), *v, true)) return false;
  const JsonNode props = branch.Find("properties");
  if (!v->is_object()) return type.valid();
  bool any_const = false;
  for (uint32_t i = 0; i < props.size(); ++i) {
    const JsonNode c = props.value(i).Find("const");
    if (!c) continue;
    any_const = true;
    const MemberEntry* m = FindMember(*v, props.key(i));
    if (!m || !Equal(*m->value, c)) return false;
  }
  return any_const || type.valid();
}

// The branch to explain a failed union with: the one the value matches by
// type and discriminating consts (`unique`: no other does), else the one
// with the fewest problems (deepest first on ties).
struct Closest {
  size_t index = 0;
  bool unique = false;
};

size_t MaxDepth(const Issues& issues) {
  size_t d = 0;
  for (const Issue& i : issues) {
    d = std::max(
        d, static_cast<size_t>(std::count(i.path.begin(), i.path.end(), '.')));
  }
  return d;
}

Closest ClosestBranch(JsonNode branches, const std::vector<Issues>& results,
                      const Value* v) {
  std::vector<size_t> matching;
  for (uint32_t i = 0; i < branches.size(); ++i) {
    if (BranchMatches(branches.item(i), v)) matching.push_back(i);
  }
  if (matching.size() == 1) return {matching[0], true};
  size_t best = 0;
  for (size_t i = 1; i < results.size(); ++i) {
    const bool fewer = results[i].size() < results[best].size();
    const bool deeper = results[i].size() == results[best].size() &&
                        MaxDepth(results[i]) > MaxDepth(results[best]);
    if (fewer || deeper) best = i;
  }
  return {best, false};
}

// The allowed values of a failed zod union: every branch's, when each
// branch names some (collectAllowedValuesFromIssue, invalid_union).
Allowed UnionAllowed(const std::vector<Issues>& results) {
  Allowed out;
  for (const Issues& branch : results) {
    const Allowed a = CollectAllowed(branch);
    if (a.incomplete || a.values.empty()) return {true, {}};
    out.values.insert(out.values.end(), a.values.begin(), a.values.end());
  }
  return out;
}

// Whether every branch is just a constant (a union of literals): its list
// of values explains a failure better than any single branch.
bool AllConstants(JsonNode branches) {
  for (uint32_t i = 0; i < branches.size(); ++i) {
    if (!branches.item(i).Find("const")) return false;
  }
  return true;
}

void Validator::CheckAnyOf(JsonNode branches, const At& at, bool ajv,
                           Issues* out) {
  std::vector<Issues> results(branches.size());
  for (uint32_t i = 0; i < branches.size(); ++i) {
    Check(branches.item(i), at, ajv, &results[i]);
    if (results[i].empty()) return;
  }
  ReportUnion(branches, results, at, ajv, "must match a schema in anyOf", out);
}

void Validator::CheckOneOf(JsonNode branches, const At& at, bool ajv,
                           Issues* out) {
  const std::string_view disc = Discriminator(branches);
  if (!ajv && !disc.empty()) return CheckDiscriminated(branches, disc, at, out);
  std::vector<Issues> results(branches.size());
  size_t passing = 0;
  for (uint32_t i = 0; i < branches.size(); ++i) {
    Check(branches.item(i), at, ajv, &results[i]);
    passing += results[i].empty() ? 1 : 0;
  }
  if (passing == 1) return;
  if (passing > 1) {
    out->push_back(ajv ? Ajv("must match exactly one schema in oneOf", at)
                       : Make(Code::kInvalidUnion,
                              "Invalid input: more than one option matched", at,
                              true));
    return;
  }
  ReportUnion(branches, results, at, ajv,
              "must match exactly one schema in oneOf", out);
}

// zod's discriminatedUnion: the discriminator's value picks the branch.
void Validator::CheckDiscriminated(JsonNode branches, std::string_view disc,
                                   const At& at, Issues* out) {
  if (!at.value || !at.value->is_object()) {
    out->push_back(Make(
        Code::kInvalidType,
        "Invalid input: expected object, received " + ReceivedName(at.value),
        at, true));
    out->back().allowed.incomplete = true;
    return;
  }
  const MemberEntry* tag = FindMember(*at.value, disc);
  std::string options;
  for (uint32_t i = 0; i < branches.size(); ++i) {
    const JsonNode c =
        branches.item(i).Find("properties").Find(disc).Find("const");
    if (tag && Equal(*tag->value, c)) {
      return Check(branches.item(i), at, false, out);
    }
    options += (i ? " | '" : "'") +
               (c.is_string() ? std::string(c.string()) : JsonText(c)) + "'";
  }
  PathScope scope(&path_, disc);
  const At where = tag ? AtMember(*at.value, *tag) : at;
  out->push_back(Make(Code::kInvalidUnion,
                      "Invalid discriminator value. Expected " + options, where,
                      true));
  out->back().allowed.incomplete = true;  // zod lists no branch errors
}

// No branch matched. zod reports the only branch that failed without
// aborting, else one "Invalid input" (plus the allowed values when every
// branch names them); ajv lists every branch's errors and its own, of which
// clawlint keeps the branch the value clearly meant, else the union's own.
void Validator::ReportUnion(JsonNode branches,
                            const std::vector<Issues>& results, const At& at,
                            bool ajv, const char* ajv_message, Issues* out) {
  const Closest closest = ClosestBranch(branches, results, at.value);
  const Issues& best = results[closest.index];
  if (ajv && closest.unique) {
    out->insert(out->end(), best.begin(), best.end());
    return;
  }
  std::vector<size_t> live;
  for (size_t i = 0; !ajv && i < results.size(); ++i) {
    if (!Aborted(results[i])) live.push_back(i);
  }
  if (live.size() == 1) {
    out->insert(out->end(), results[live[0]].begin(), results[live[0]].end());
    return;
  }
  Issue issue = ajv ? Ajv(ajv_message, at)
                    : Make(Code::kInvalidUnion, "Invalid input", at, true);
  if (!ajv) issue.allowed = UnionAllowed(results);
  // A list of allowed values says it all; otherwise name the closest miss.
  if (!AllConstants(branches) && !best.empty()) {
    const Issue& first = best.front();
    issue.detail = (first.path.empty() ? "<root>" : first.path) + ": " +
                   FinalMessage(first, profile_);
  }
  out->push_back(std::move(issue));
}

void Validator::CheckNot(JsonNode schema, const At& at, bool ajv, Issues* out) {
  Issues inner;
  Check(schema, at, ajv, &inner);
  if (!inner.empty()) return;
  out->push_back(ajv ? Ajv("must NOT be valid", at)
                     : Make(Code::kCustom, "Invalid input", at));
}

// if/then/else: ajv also adds `must match "then" schema`; the branch's own
// problems say more and are in the reference's list too.
void Validator::CheckIf(JsonNode schema, const At& at, bool ajv, Issues* out) {
  Issues condition;
  Check(schema.Find("if"), at, ajv, &condition);
  const JsonNode next = schema.Find(condition.empty() ? "then" : "else");
  if (next) Check(next, at, ajv, out);
}

// 2026.9.6 reads a legacy `agents.list` array as `agents.entries` keyed by
// id before it validates (migratePersistedImplicitMainRoster). Returns the
// tree to validate: `root` itself, or a copy with that one rename (the
// checks read either form themselves).
const Value& MigratedRoster(const Value& root, config::Profile profile,
                            config::ValuePtr* keep) {
  const MemberEntry* agents_member = FindMember(root, "agents");
  if (profile != config::Profile::k2026_9_6 || !root.is_object() ||
      !agents_member || !agents_member->value->is_object()) {
    return root;
  }
  const Value& agents = *agents_member->value;
  const MemberEntry* list = FindMember(agents, "list");
  if (FindMember(agents, "entries") || !list || !list->value->is_array()) {
    return root;
  }
  auto entries = std::make_shared<Value>(*list->value);
  entries->kind = Kind::kObject;
  entries->items.clear();
  for (const config::ValuePtr& item : list->value->items) {
    const MemberEntry* id =
        item->is_object() ? FindMember(*item, "id") : nullptr;
    if (!id || !id->value->is_string()) return root;
    auto entry = std::make_shared<Value>(*item);
    std::erase_if(entry->members,
                  [](const MemberEntry& m) { return m.key == "id"; });
    entries->members.push_back(
        {id->value->string, id->value->origin.span, entry});
  }
  auto migrated_agents = std::make_shared<Value>(agents);
  for (MemberEntry& m : migrated_agents->members) {
    if (m.key == "list") m = {"entries", m.key_span, entries};
  }
  auto migrated = std::make_shared<Value>(root);
  for (MemberEntry& m : migrated->members) {
    if (m.key == "agents") m.value = migrated_agents;
  }
  *keep = migrated;
  return *migrated;
}

}  // namespace

std::vector<SchemaIssue> Validate(const config::Value& input,
                                  config::Profile profile) {
  config::ValuePtr migrated;
  const Value& root = MigratedRoster(input, profile, &migrated);
  Validator validator(profile, SchemaRoot(profile));
  Issues issues = validator.Run(root);
  // The reference's rules outside the exported schema (refinements.h).
  RewordCheckMessages(&issues);
  AddZodRefinements(root, profile, &issues);
  ApplyLoaderRules(root, profile, &issues);
  std::vector<SchemaIssue> out;
  for (const Issue& issue : issues) {
    out.push_back({issue.path.empty() ? "<root>" : issue.path,
                   FinalMessage(issue, profile), issue.span, issue.detail});
  }
  return out;
}

}  // namespace clawlint::schema
