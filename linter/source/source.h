// Source files and byte-span locations.
//
// Every finding points into the exact bytes that were scanned: a Span is a
// half-open byte range into one SourceFile. Line and column are computed only
// when a report is written (LineIndex), never stored.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace clawlint {

/// Index of a file in a SourceSet.
using FileId = uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

/// Half-open byte range [begin, end) in one source file.
struct Span {
  FileId file = kNoFile;
  uint32_t begin = 0;
  uint32_t end = 0;

  bool valid() const { return file != kNoFile; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// 1-based line and column. Columns count Unicode code points (SARIF
/// "unicodeCodePoints"); a leading UTF-8 BOM is not counted.
struct LineCol {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// Maps byte offsets to line/column. LF and CRLF end a line.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// Position of the byte at `offset` (clamped to the end of the text).
  LineCol At(uint32_t offset) const;
  /// Byte offset where 1-based `line` starts (clamped).
  uint32_t LineStart(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

/// One scanned file: its repo-relative POSIX path and its exact bytes.
struct SourceFile {
  std::string path;
  std::string bytes;
  LineIndex lines;

  SourceFile(std::string p, std::string b)
      : path(std::move(p)), bytes(std::move(b)), lines(bytes) {}
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;
};

/// All files read during one run. Files are stable in memory once added.
class SourceSet {
 public:
  FileId Add(std::string path, std::string bytes);
  const SourceFile& Get(FileId id) const { return *files_.at(id); }
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace clawlint
