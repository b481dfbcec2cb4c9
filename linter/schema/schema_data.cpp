#include "schema/schema_data.h"

#include "schema/schema_blobs.h"

namespace clawlint::schema {

// The blobs are read at compile time already: a broken build-time compiler
// fails the build, not a run.
static_assert(kSchema_2026_4_29.ok() && kSchema_2026_9_6.ok());
static_assert(kSchema_2026_4_29.root().Find("additionalProperties").is_bool());
static_assert(kSchema_2026_9_6.root().Find("properties").Find("security"));

const Blob& SchemaBlob(config::Profile profile) {
  switch (profile) {
    case config::Profile::k2026_9_6:
      return kSchema_2026_9_6;
    case config::Profile::k2026_4_29:
      break;
  }
  return kSchema_2026_4_29;
}

JsonNode SchemaRoot(config::Profile profile) {
  return SchemaBlob(profile).root();
}

}  // namespace clawlint::schema
