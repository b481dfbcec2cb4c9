#include "schema/static_json.h"

#include <cmath>
#include <string>

#include "schema/js_format.h"

namespace clawlint::schema {

std::string JsonText(JsonNode node) {
  if (!node.valid()) return "undefined";
  switch (node.kind()) {
    case JsonNode::Kind::kNull:
      return "null";
    case JsonNode::Kind::kFalse:
      return "false";
    case JsonNode::Kind::kTrue:
      return "true";
    case JsonNode::Kind::kNumber:
      return std::isfinite(node.number()) ? JsNumber(node.number()) : "null";
    case JsonNode::Kind::kString:
      return JsonQuote(node.string());
    case JsonNode::Kind::kArray: {
      std::string out = "[";
      for (uint32_t i = 0; i < node.size(); ++i) {
        out += (i ? "," : "") + JsonText(node.item(i));
      }
      return out + "]";
    }
    case JsonNode::Kind::kObject: {
      std::string out = "{";
      for (uint32_t i = 0; i < node.size(); ++i) {
        out += (i ? "," : "") + JsonQuote(node.key(i)) + ":" +
               JsonText(node.value(i));
      }
      return out + "}";
    }
  }
  return "null";
}

}  // namespace clawlint::schema
