// The compiled schemas as constexpr blobs, for code that wants to read them
// at compile time (schema_data.cpp, tests). Everything else should use
// schema_data.h. The included files are generated into the build tree by
// compile_schema (see CMakeLists.txt).
#pragma once

#include <string_view>

#include "schema/static_json.h"

namespace clawlint::schema {

namespace generated {
#include "schema_2026_4_29.inc"
#include "schema_2026_9_6.inc"
}  // namespace generated

inline constexpr Blob kSchema_2026_4_29(
    std::string_view(generated::kSchemaBlob_2026_4_29,
                     sizeof generated::kSchemaBlob_2026_4_29 - 1));
inline constexpr Blob kSchema_2026_9_6(
    std::string_view(generated::kSchemaBlob_2026_9_6,
                     sizeof generated::kSchemaBlob_2026_9_6 - 1));

}  // namespace clawlint::schema
