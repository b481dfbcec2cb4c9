#include "source/source.h"

#include <algorithm>

namespace clawlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

uint32_t LineIndex::LineStart(uint32_t line) const {
  if (line == 0) return 0;
  if (line > starts_.size()) return static_cast<uint32_t>(text_.size());
  return starts_[line - 1];
}

LineCol LineIndex::At(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const uint32_t line = static_cast<uint32_t>(it - starts_.begin());
  uint32_t begin = starts_[line - 1];
  // A UTF-8 BOM at the start of the file is not a column.
  if (line == 1 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3)
    begin = 3;
  uint32_t column = 1;
  for (uint32_t i = begin; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

FileId SourceSet::Add(std::string path, std::string bytes) {
  files_.push_back(
      std::make_unique<SourceFile>(std::move(path), std::move(bytes)));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace clawlint
