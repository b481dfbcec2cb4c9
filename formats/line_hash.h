// GitHub code scanning's `primaryLocationLineHash`, computed from the bytes
// we scanned (a git blob), so SARIF made without a checkout still lets GitHub
// de-duplicate alerts across commits.
//
// A port of hash() in github/codeql-action src/fingerprints.ts (read at
// f3f1edb): the file is decoded as UTF-8 into UTF-16 code units (invalid
// bytes become U+FFFD, like Node's decoder); spaces and tabs are skipped; CR
// and CRLF count as LF; a rolling hash (multiplier 37, modulo 2^64) over the
// next 100 kept code units is taken at the first kept unit of every line; an
// EOF sentinel (65535) and zero padding end the input. The value is
// `<hex hash>:<n>` where n counts earlier lines of the same file with the same
// hash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clawlint::formats {

/// The hash of every line, index = line - 1, plus one for the line after a
/// final newline (codeql-action hashes it too). Like codeql-action, a lone CR
/// ends a line here (LineIndex counts LF only: configs with bare CR line ends
/// get hashes for shifted lines, as upload-sarif would give them).
std::vector<std::string> LineHashes(std::string_view bytes);

}  // namespace clawlint::formats
