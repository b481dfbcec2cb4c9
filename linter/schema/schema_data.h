// The reference's config schemas, compiled into clawlint at build time from
// schema/openclaw-<V>.schema.json (compile_schema.cpp): one per release.
#pragma once

#include "config/loader.h"
#include "schema/static_json.h"

namespace clawlint::schema {

/// The compiled schema of `profile`'s release. Static data: no parsing.
const Blob& SchemaBlob(config::Profile profile);

/// The root of that schema.
JsonNode SchemaRoot(config::Profile profile);

}  // namespace clawlint::schema
