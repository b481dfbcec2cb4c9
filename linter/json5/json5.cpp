// JSON5 parser mirroring json5 2.2.3's lib/parse.js state machine: the same
// lex states, parse states and position bookkeeping, so acceptance, values
// and error messages agree with the reference byte for byte. The nesting is
// kept on an explicit stack (as json5 does), so depth never costs C++ stack.
//
// Deliberate representation choices (not visible in json5 itself):
//  - Input is UTF-8; ill-formed sequences read as U+FFFD covering their
//    maximal valid prefix (WHATWG decoder, what Node's readFileSync('utf-8')
//    does) and count as one UTF-16 unit.
//  - Strings are stored as UTF-8. A `\uD83D\uDE00` escape pair combines into
//    one code point as in JS; a lone surrogate escape becomes U+FFFD.
#include "json5/json5.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace clawlint::json5 {
namespace {

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};

#include "json5_unicode.inc"

constexpr int32_t kEof = -1;
constexpr int32_t kReplacement = 0xFFFD;

template <size_t N>
bool InRanges(const CodePointRange (&ranges)[N], int32_t cp) {
  if (cp < 0) return false;
  const auto c = static_cast<uint32_t>(cp);
  size_t lo = 0;
  size_t hi = N;
  while (lo < hi) {  // first range whose start is above c
    const size_t mid = lo + (hi - lo) / 2;
    if (ranges[mid].first <= c) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo > 0 && c <= ranges[lo - 1].last;
}

bool IsAsciiLetter(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(int32_t c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(int32_t c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(int32_t c) {
  if (IsDigit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}
bool IsSpaceSeparator(int32_t c) {
  return c >= 0x80 && InRanges(kSpaceSeparator, c);
}
bool IsIdStartChar(int32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || c == '$' || c == '_';
  return InRanges(kIdStart, c);
}
bool IsIdContinueChar(int32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || IsDigit(c) || c == '$' || c == '_';
  return InRanges(kIdContinue, c);
}
bool IsHighSurrogate(uint32_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsLowSurrogate(uint32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

/// One decoded input character.
struct Char {
  int32_t cp = kEof;
  uint32_t bytes = 0;  // length in the UTF-8 input
  uint32_t units = 0;  // length in UTF-16, which is what json5 columns count
};

/// Decodes a non-ASCII code point at `pos` like the WHATWG UTF-8 decoder.
Char DecodeMultiByte(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t avail = s.size() - pos;
  const unsigned b0 = p[0];
  uint32_t need = 0;
  uint32_t cp = 0;
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return {kReplacement, 1, 1};
  }
  for (uint32_t i = 1; i <= need; ++i) {
    if (i >= avail || p[i] < lo || p[i] > hi) return {kReplacement, i, 1};
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  return {static_cast<int32_t>(cp), need + 1, cp >= 0x10000 ? 2u : 1u};
}

/// Decodes the code point at `pos`; kEof past the end.
inline Char DecodeAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return {};
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) return {b, 1, 1};
  return DecodeMultiByte(s, pos);
}

/// json5's formatChar(): how an offending character appears in a message.
std::string FormatChar(int32_t c) {
  switch (c) {
    case '\'':
      return "\\'";
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    case '\v':
      return "\\v";
    case '\0':
      return "\\0";
    case 0x2028:
      return "\\u2028";
    case 0x2029:
      return "\\u2029";
  }
  if (c < 0x20) {
    static constexpr char kHex[] = "0123456789abcdef";
    return {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
  }
  std::string out;
  AppendUtf8(&out, static_cast<uint32_t>(c));
  return out;
}

/// JS Number() of a decimal literal such as "12", ".5", "5.", "1e-3".
double ParseDecimal(std::string_view digits) {
  double value = 0;
  const char* first = digits.data();
  const char* last = first + digits.size();
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc::result_out_of_range) return value;
  // Out of range: overflow if the leading digit sits at a positive power of
  // ten, else underflow. Only the order of magnitude matters here.
  int64_t magnitude = 0;
  bool seen_point = false;
  bool seen_nonzero = false;
  const char* p = first;
  for (; p != last && *p != 'e' && *p != 'E'; ++p) {
    if (*p == '.') {
      seen_point = true;
    } else if (!seen_nonzero && *p == '0') {
      if (seen_point) --magnitude;
    } else {
      seen_nonzero = true;
      if (!seen_point) ++magnitude;
    }
  }
  if (p != last) {
    ++p;  // 'e'
    const bool negative = p != last && *p == '-';
    if (p != last && (*p == '+' || *p == '-')) ++p;
    int64_t exponent = 0;
    // Absurdly long exponents, or ones near INT64_MAX (found by fuzzing:
    // "11E9223372036854775807" overflowed the sum below), are clamped; the
    // input is far shorter than 2^40 digits, so the sign decides.
    constexpr int64_t kHuge = int64_t{1} << 40;
    if (std::from_chars(p, last, exponent).ec != std::errc{} ||
        exponent > kHuge) {
      exponent = kHuge;
    }
    magnitude += negative ? -exponent : exponent;
  }
  return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

/// JS Number() of hex digits (after "0x"), rounded half to even like V8.
double ParseHex(std::string_view digits) {
  size_t i = 0;
  while (i < digits.size() && digits[i] == '0') ++i;
  uint64_t mantissa = 0;
  int64_t exponent = 0;
  int used = 0;
  bool sticky = false;  // any nonzero digit beyond the first 16
  for (; i < digits.size(); ++i) {
    const int v = HexValue(static_cast<unsigned char>(digits[i]));
    if (used < 16) {
      mantissa = (mantissa << 4) | static_cast<uint64_t>(v);
      ++used;
    } else {
      exponent += 4;
      sticky = sticky || v != 0;
    }
  }
  if (mantissa == 0) return 0;
  const int bits = 64 - std::countl_zero(mantissa);
  if (bits > 53) {
    const int drop = bits - 53;
    const uint64_t rest = mantissa & ((uint64_t{1} << drop) - 1);
    const uint64_t half = uint64_t{1} << (drop - 1);
    mantissa >>= drop;
    exponent += drop;
    if (rest > half || (rest == half && (sticky || (mantissa & 1)))) {
      ++mantissa;  // may reach 2^53, still exact as a double
    }
  }
  if (exponent > 2048) return std::numeric_limits<double>::infinity();
  return std::ldexp(static_cast<double>(mantissa), static_cast<int>(exponent));
}

enum class TokenType {
  kEof,
  kPunctuator,
  kNull,
  kBoolean,
  kNumeric,
  kString,
  kIdentifier
};

struct Token {
  TokenType type = TokenType::kEof;
  int32_t punctuator = 0;
  bool boolean = false;
  double number = 0;
  std::string string;  // kString and kIdentifier
  uint32_t begin = 0;
  uint32_t end = 0;
};

// json5's parse states; each also names the lex state used after whitespace.
enum class ParseState {
  kStart,
  kBeforePropertyName,
  kAfterPropertyName,
  kBeforePropertyValue,
  kBeforeArrayValue,
  kAfterPropertyValue,
  kAfterArrayValue,
  kEnd
};

enum class LexState {
  kDefault,
  kComment,
  kMultiLineComment,
  kMultiLineCommentAsterisk,
  kSingleLineComment,
  kValue,
  kIdentifierNameStartEscape,
  kIdentifierName,
  kIdentifierNameEscape,
  kSign,
  kZero,
  kDecimalInteger,
  kDecimalPointLeading,
  kDecimalPoint,
  kDecimalFraction,
  kDecimalExponent,
  kDecimalExponentSign,
  kDecimalExponentInteger,
  kHexadecimal,
  kHexadecimalInteger,
  kString,
  kParseState,  // dispatch on the parse state (json5's lexStates[parseState])
};

enum class Step { kContinue, kToken, kError };

/// Key -> member position for one large object, so duplicate detection
/// stays linear overall. Open addressing over member indices only: the
/// member keys themselves move whenever the vector grows.
class MemberIndex {
 public:
  explicit MemberIndex(const std::vector<Member>& members) {
    for (const Member& m : members) Add(Hash(m.key));
  }

  static size_t Hash(std::string_view key) {
    return std::hash<std::string_view>{}(key);
  }

  /// Position of `key` (with hash `hash`) in `members`, or -1.
  int64_t Find(const std::vector<Member>& members, std::string_view key,
               size_t hash) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask; slots_[i] != 0; i = (i + 1) & mask) {
      const uint32_t at = slots_[i] - 1;
      if (hashes_[at] == hash && members[at].key == key) return at;
    }
    return -1;
  }

  /// Records the hash of the member about to be appended.
  void Add(size_t hash) {
    hashes_.push_back(hash);
    if (hashes_.size() * 2 > slots_.size()) {
      Rehash(std::max<size_t>(64, slots_.size() * 2));
    } else {
      Place(static_cast<uint32_t>(hashes_.size() - 1));
    }
  }

 private:
  void Rehash(size_t size) {
    slots_.assign(size, 0);
    for (uint32_t i = 0; i < hashes_.size(); ++i) Place(i);
  }

  void Place(uint32_t at) {
    const size_t mask = slots_.size() - 1;
    size_t i = hashes_[at] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = at + 1;
  }

  std::vector<uint32_t> slots_;  // member position + 1; 0 is empty
  std::vector<size_t> hashes_;   // per member
};

/// An open array or object.
struct Frame {
  Node* node = nullptr;
  std::unique_ptr<MemberIndex> index;  // built once the object grows
};

constexpr size_t kLinearLookupMembers = 16;

class Parser {
 public:
  Parser(std::string_view text, const Limits& limits)
      : text_(text), limits_(limits), cur_(DecodeAt(text, 0)) {}

  bool Run(Document* doc, ParseError* error);

 private:
  // Input cursor (json5's peek/read with its line/column bookkeeping).
  int32_t Peek() const { return cur_.cp; }
  int32_t Read();
  bool Literal(std::string_view rest);

  // Errors, positioned exactly as json5 positions them.
  Step Fail(std::string message, uint32_t offset);
  Step InvalidChar(int32_t c);
  Step InvalidEof();
  Step InvalidIdentifier();

  // Lexer.
  bool Lex();
  Step LexStep();
  Step LexDefault();
  Step LexComment();
  Step LexMultiLineComment();
  Step LexMultiLineCommentAsterisk();
  Step LexSingleLineComment();
  Step LexValue();
  Step LexIdentifierNameStartEscape();
  Step LexIdentifierName();
  Step LexIdentifierNameEscape();
  Step LexSign();
  Step LexZero();
  Step LexDecimalInteger();
  Step LexDecimalPointLeading();
  Step LexDecimalPoint();
  Step LexDecimalFraction();
  Step LexDecimalExponent();
  Step LexDecimalExponentSign();
  Step LexDecimalExponentInteger();
  Step LexHexadecimal();
  Step LexHexadecimalInteger();
  Step LexString();
  Step LexForParseState();
  Step LexStart();
  Step LexBeforePropertyName();
  Step LexAfterPropertyName();
  Step LexAfterPropertyValue();
  Step LexBeforeArrayValue();
  Step LexAfterArrayValue();
  Step LexEnd();
  bool Escape();
  bool HexEscape(uint32_t* unit);
  bool UnicodeEscape(uint32_t* unit);
  void StartNumber(LexState next);
  Step NumberToken(double value);

  // Token construction.
  Step NewToken(TokenType type);
  Step Punctuator(int32_t c);
  void AppendUnit(uint32_t unit);
  void FlushSurrogate();
  void AppendRawRun();
  void AddComment(bool block, uint32_t end);

  // Parser.
  bool ParseStep();
  bool Push();
  void Pop();
  void SetStateAfterValue();
  void DefineProperty(Frame* frame, std::unique_ptr<Node> value);

  std::string_view text_;
  const Limits& limits_;
  Document doc_;
  ParseError error_;

  // Cursor.
  size_t pos_ = 0;
  Char cur_;
  uint32_t line_ = 1;
  uint32_t column_ = 0;
  uint32_t read_offset_ = 0;  // where the last Read() character started

  // Lexer state (json5's module-level variables).
  LexState lex_state_ = LexState::kDefault;
  std::string buffer_;
  uint32_t pending_high_ = 0;  // unpaired high surrogate escape in buffer_
  bool double_quote_ = false;
  double sign_ = 1;
  uint32_t token_begin_ = 0;
  uint32_t number_begin_ = 0;
  uint32_t comment_begin_ = 0;
  uint32_t escape_offset_ = 0;  // the `\` of an identifier escape
  Token token_;

  // Parser state.
  ParseState parse_state_ = ParseState::kStart;
  std::vector<Frame> stack_;
  std::string key_;
  uint32_t key_begin_ = 0;
  uint32_t key_end_ = 0;
};

int32_t Parser::Read() {
  read_offset_ = static_cast<uint32_t>(pos_);
  const int32_t c = cur_.cp;
  if (c == '\n') {
    ++line_;
    column_ = 0;
  } else if (c != kEof) {
    column_ += cur_.units;
  } else {
    ++column_;
  }
  if (c != kEof) {
    pos_ += cur_.bytes;
    cur_ = DecodeAt(text_, pos_);
  }
  return c;
}

bool Parser::Literal(std::string_view rest) {
  for (const char expected : rest) {
    if (Peek() != expected) {
      InvalidChar(Read());
      return false;
    }
    Read();
  }
  return true;
}

Step Parser::Fail(std::string message, uint32_t offset) {
  message += " at " + std::to_string(line_) + ":" + std::to_string(column_);
  error_.message = std::move(message);
  error_.offset = offset;
  error_.line = line_;
  error_.column = column_;
  return Step::kError;
}

Step Parser::InvalidChar(int32_t c) {
  if (c == kEof) return InvalidEof();
  return Fail("JSON5: invalid character '" + FormatChar(c) + "'", read_offset_);
}

Step Parser::InvalidEof() {
  return Fail("JSON5: invalid end of input",
              static_cast<uint32_t>(text_.size()));
}

Step Parser::InvalidIdentifier() {
  column_ -= 5;  // json5 points back at the `\` of `\uXXXX`
  return Fail("JSON5: invalid identifier character", escape_offset_);
}

bool Parser::Lex() {
  lex_state_ = LexState::kDefault;
  buffer_.clear();
  pending_high_ = 0;
  double_quote_ = false;
  sign_ = 1;
  for (;;) {
    const Step step = LexStep();
    if (step == Step::kToken) return true;
    if (step == Step::kError) return false;
  }
}

Step Parser::LexStep() {
  switch (lex_state_) {
    case LexState::kDefault:
      return LexDefault();
    case LexState::kComment:
      return LexComment();
    case LexState::kMultiLineComment:
      return LexMultiLineComment();
    case LexState::kMultiLineCommentAsterisk:
      return LexMultiLineCommentAsterisk();
    case LexState::kSingleLineComment:
      return LexSingleLineComment();
    case LexState::kValue:
      return LexValue();
    case LexState::kIdentifierNameStartEscape:
      return LexIdentifierNameStartEscape();
    case LexState::kIdentifierName:
      return LexIdentifierName();
    case LexState::kIdentifierNameEscape:
      return LexIdentifierNameEscape();
    case LexState::kSign:
      return LexSign();
    case LexState::kZero:
      return LexZero();
    case LexState::kDecimalInteger:
      return LexDecimalInteger();
    case LexState::kDecimalPointLeading:
      return LexDecimalPointLeading();
    case LexState::kDecimalPoint:
      return LexDecimalPoint();
    case LexState::kDecimalFraction:
      return LexDecimalFraction();
    case LexState::kDecimalExponent:
      return LexDecimalExponent();
    case LexState::kDecimalExponentSign:
      return LexDecimalExponentSign();
    case LexState::kDecimalExponentInteger:
      return LexDecimalExponentInteger();
    case LexState::kHexadecimal:
      return LexHexadecimal();
    case LexState::kHexadecimalInteger:
      return LexHexadecimalInteger();
    case LexState::kString:
      return LexString();
    case LexState::kParseState:
      return LexForParseState();
  }
  return Step::kError;  // unreachable
}

Step Parser::LexDefault() {
  const int32_t c = Peek();
  switch (c) {
    case '\t':
    case '\v':
    case '\f':
    case ' ':
    case 0x00A0:
    case 0xFEFF:
    case '\n':
    case '\r':
    case 0x2028:
    case 0x2029:
      Read();
      return Step::kContinue;
    case '/':
      comment_begin_ = static_cast<uint32_t>(pos_);
      Read();
      lex_state_ = LexState::kComment;
      return Step::kContinue;
    case kEof:
      Read();
      return NewToken(TokenType::kEof);
  }
  if (IsSpaceSeparator(c)) {
    Read();
    return Step::kContinue;
  }
  token_begin_ = static_cast<uint32_t>(pos_);
  lex_state_ = LexState::kParseState;
  return Step::kContinue;
}

Step Parser::LexComment() {
  switch (Peek()) {
    case '*':
      Read();
      lex_state_ = LexState::kMultiLineComment;
      return Step::kContinue;
    case '/':
      Read();
      lex_state_ = LexState::kSingleLineComment;
      return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexMultiLineComment() {
  switch (Peek()) {
    case '*':
      Read();
      lex_state_ = LexState::kMultiLineCommentAsterisk;
      return Step::kContinue;
    case kEof:
      return InvalidChar(Read());
  }
  Read();
  return Step::kContinue;
}

Step Parser::LexMultiLineCommentAsterisk() {
  switch (Peek()) {
    case '*':
      Read();
      return Step::kContinue;
    case '/':
      Read();
      AddComment(/*block=*/true, static_cast<uint32_t>(pos_));
      lex_state_ = LexState::kDefault;
      return Step::kContinue;
    case kEof:
      return InvalidChar(Read());
  }
  Read();
  lex_state_ = LexState::kMultiLineComment;
  return Step::kContinue;
}

Step Parser::LexSingleLineComment() {
  switch (Peek()) {
    case '\n':
    case '\r':
    case 0x2028:
    case 0x2029:
      AddComment(/*block=*/false, static_cast<uint32_t>(pos_));
      Read();
      lex_state_ = LexState::kDefault;
      return Step::kContinue;
    case kEof:
      AddComment(/*block=*/false, static_cast<uint32_t>(pos_));
      Read();
      return NewToken(TokenType::kEof);
  }
  Read();
  return Step::kContinue;
}

Step Parser::LexValue() {
  const int32_t c = Peek();
  switch (c) {
    case '{':
    case '[':
      Read();
      return Punctuator(c);
    case 'n':
      Read();
      if (!Literal("ull")) return Step::kError;
      return NewToken(TokenType::kNull);
    case 't':
    case 'f':
      Read();
      if (!Literal(c == 't' ? "rue" : "alse")) return Step::kError;
      token_.boolean = c == 't';
      return NewToken(TokenType::kBoolean);
    case '-':
    case '+':
      if (Read() == '-') sign_ = -1;
      lex_state_ = LexState::kSign;
      return Step::kContinue;
    case '.':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
    case 'I':
    case 'N':
      return LexSign();  // identical to json5's sign state with sign 1
    case '"':
    case '\'':
      double_quote_ = Read() == '"';
      buffer_.clear();
      lex_state_ = LexState::kString;
      return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexIdentifierNameStartEscape() {
  if (Peek() != 'u') return InvalidChar(Read());
  Read();
  uint32_t u = 0;
  if (!UnicodeEscape(&u)) return Step::kError;
  const auto c = static_cast<int32_t>(u);
  if (c != '$' && c != '_' && !IsIdStartChar(c)) return InvalidIdentifier();
  AppendUnit(u);
  lex_state_ = LexState::kIdentifierName;
  return Step::kContinue;
}

Step Parser::LexIdentifierName() {
  const int32_t c = Peek();
  switch (c) {
    case '$':
    case '_':
    case 0x200C:
    case 0x200D:
      AppendUnit(static_cast<uint32_t>(Read()));
      return Step::kContinue;
    case '\\':
      escape_offset_ = static_cast<uint32_t>(pos_);
      Read();
      lex_state_ = LexState::kIdentifierNameEscape;
      return Step::kContinue;
  }
  if (IsIdContinueChar(c)) {
    AppendUnit(static_cast<uint32_t>(Read()));
    return Step::kContinue;
  }
  token_.string = std::move(buffer_);
  return NewToken(TokenType::kIdentifier);
}

Step Parser::LexIdentifierNameEscape() {
  if (Peek() != 'u') return InvalidChar(Read());
  Read();
  uint32_t u = 0;
  if (!UnicodeEscape(&u)) return Step::kError;
  const auto c = static_cast<int32_t>(u);
  if (c != '$' && c != '_' && c != 0x200C && c != 0x200D &&
      !IsIdContinueChar(c)) {
    return InvalidIdentifier();
  }
  AppendUnit(u);
  lex_state_ = LexState::kIdentifierName;
  return Step::kContinue;
}

void Parser::StartNumber(LexState next) {
  number_begin_ = static_cast<uint32_t>(pos_);
  Read();
  lex_state_ = next;
}

Step Parser::LexSign() {
  const int32_t c = Peek();
  switch (c) {
    case '.':
      StartNumber(LexState::kDecimalPointLeading);
      return Step::kContinue;
    case '0':
      StartNumber(LexState::kZero);
      return Step::kContinue;
    case 'I':
      Read();
      if (!Literal("nfinity")) return Step::kError;
      return NumberToken(sign_ * std::numeric_limits<double>::infinity());
    case 'N':
      Read();
      if (!Literal("aN")) return Step::kError;
      return NumberToken(std::numeric_limits<double>::quiet_NaN());
  }
  if (c >= '1' && c <= '9') {
    StartNumber(LexState::kDecimalInteger);
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexZero() {
  switch (Peek()) {
    case '.':
      Read();
      lex_state_ = LexState::kDecimalPoint;
      return Step::kContinue;
    case 'e':
    case 'E':
      Read();
      lex_state_ = LexState::kDecimalExponent;
      return Step::kContinue;
    case 'x':
    case 'X':
      Read();
      lex_state_ = LexState::kHexadecimal;
      return Step::kContinue;
  }
  return NumberToken(sign_ * 0.0);
}

Step Parser::LexDecimalInteger() {
  switch (Peek()) {
    case '.':
      Read();
      lex_state_ = LexState::kDecimalPoint;
      return Step::kContinue;
    case 'e':
    case 'E':
      Read();
      lex_state_ = LexState::kDecimalExponent;
      return Step::kContinue;
  }
  if (IsDigit(Peek())) {
    Read();
    return Step::kContinue;
  }
  return NumberToken(
      sign_ * ParseDecimal(text_.substr(number_begin_, pos_ - number_begin_)));
}

Step Parser::LexDecimalPointLeading() {
  if (IsDigit(Peek())) {
    Read();
    lex_state_ = LexState::kDecimalFraction;
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexDecimalPoint() {
  switch (Peek()) {
    case 'e':
    case 'E':
      Read();
      lex_state_ = LexState::kDecimalExponent;
      return Step::kContinue;
  }
  if (IsDigit(Peek())) {
    Read();
    lex_state_ = LexState::kDecimalFraction;
    return Step::kContinue;
  }
  return NumberToken(
      sign_ * ParseDecimal(text_.substr(number_begin_, pos_ - number_begin_)));
}

Step Parser::LexDecimalFraction() {
  switch (Peek()) {
    case 'e':
    case 'E':
      Read();
      lex_state_ = LexState::kDecimalExponent;
      return Step::kContinue;
  }
  if (IsDigit(Peek())) {
    Read();
    return Step::kContinue;
  }
  return NumberToken(
      sign_ * ParseDecimal(text_.substr(number_begin_, pos_ - number_begin_)));
}

Step Parser::LexDecimalExponent() {
  switch (Peek()) {
    case '+':
    case '-':
      Read();
      lex_state_ = LexState::kDecimalExponentSign;
      return Step::kContinue;
  }
  if (IsDigit(Peek())) {
    Read();
    lex_state_ = LexState::kDecimalExponentInteger;
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexDecimalExponentSign() {
  if (IsDigit(Peek())) {
    Read();
    lex_state_ = LexState::kDecimalExponentInteger;
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexDecimalExponentInteger() {
  if (IsDigit(Peek())) {
    Read();
    return Step::kContinue;
  }
  return NumberToken(
      sign_ * ParseDecimal(text_.substr(number_begin_, pos_ - number_begin_)));
}

Step Parser::LexHexadecimal() {
  if (IsHexDigit(Peek())) {
    Read();
    lex_state_ = LexState::kHexadecimalInteger;
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexHexadecimalInteger() {
  if (IsHexDigit(Peek())) {
    Read();
    return Step::kContinue;
  }
  const size_t digits = number_begin_ + 2;  // skip "0x"
  return NumberToken(sign_ * ParseHex(text_.substr(digits, pos_ - digits)));
}

Step Parser::LexString() {
  switch (Peek()) {
    case '\\':
      Read();
      return Escape() ? Step::kContinue : Step::kError;
    case '"':
    case '\'':
      if ((Peek() == '"') == double_quote_) {
        Read();
        FlushSurrogate();
        token_.string = std::move(buffer_);
        return NewToken(TokenType::kString);
      }
      break;
    case '\n':
    case '\r':
    case kEof:
      return InvalidChar(Read());
  }
  // U+2028/U+2029 are kept as is (json5 only warns on the console).
  AppendRawRun();
  return Step::kContinue;
}

// Appends the current character, plus any following plain ASCII run in one
// go: long strings are the bulk of big files.
void Parser::AppendRawRun() {
  AppendUnit(static_cast<uint32_t>(Read()));
  size_t end = pos_;
  while (end < text_.size()) {
    const auto b = static_cast<unsigned char>(text_[end]);
    if (b >= 0x80 || b == '\\' || b == '"' || b == '\'' || b == '\n' ||
        b == '\r') {
      break;
    }
    ++end;
  }
  if (end == pos_) return;
  buffer_.append(text_.data() + pos_, end - pos_);
  column_ += static_cast<uint32_t>(end - pos_);
  read_offset_ = static_cast<uint32_t>(end - 1);
  pos_ = end;
  cur_ = DecodeAt(text_, pos_);
}

bool Parser::Escape() {
  const int32_t c = Peek();
  switch (c) {
    case 'b':
      Read();
      AppendUnit('\b');
      return true;
    case 'f':
      Read();
      AppendUnit('\f');
      return true;
    case 'n':
      Read();
      AppendUnit('\n');
      return true;
    case 'r':
      Read();
      AppendUnit('\r');
      return true;
    case 't':
      Read();
      AppendUnit('\t');
      return true;
    case 'v':
      Read();
      AppendUnit('\v');
      return true;
    case '0':
      Read();
      if (IsDigit(Peek())) {
        InvalidChar(Read());
        return false;
      }
      AppendUnit(0);
      return true;
    case 'x':
    case 'u': {
      Read();
      uint32_t unit = 0;
      if (!(c == 'x' ? HexEscape(&unit) : UnicodeEscape(&unit))) return false;
      AppendUnit(unit);
      return true;
    }
    case '\n':
    case 0x2028:
    case 0x2029:
      Read();  // line continuation
      return true;
    case '\r':
      Read();
      if (Peek() == '\n') Read();
      return true;
    case kEof:
      InvalidChar(Read());
      return false;
  }
  if (c >= '1' && c <= '9') {
    InvalidChar(Read());
    return false;
  }
  AppendUnit(static_cast<uint32_t>(Read()));  // `\q` is just `q`
  return true;
}

bool Parser::HexEscape(uint32_t* unit) {
  *unit = 0;
  for (int i = 0; i < 2; ++i) {
    if (!IsHexDigit(Peek())) {
      InvalidChar(Read());
      return false;
    }
    *unit = *unit * 16 + static_cast<uint32_t>(HexValue(Read()));
  }
  return true;
}

bool Parser::UnicodeEscape(uint32_t* unit) {
  *unit = 0;
  for (int i = 0; i < 4; ++i) {
    if (!IsHexDigit(Peek())) {
      InvalidChar(Read());
      return false;
    }
    *unit = *unit * 16 + static_cast<uint32_t>(HexValue(Read()));
  }
  return true;
}

Step Parser::LexForParseState() {
  switch (parse_state_) {
    case ParseState::kStart:
      return LexStart();
    case ParseState::kBeforePropertyName:
      return LexBeforePropertyName();
    case ParseState::kAfterPropertyName:
      return LexAfterPropertyName();
    case ParseState::kBeforePropertyValue:
      lex_state_ = LexState::kValue;
      return Step::kContinue;
    case ParseState::kBeforeArrayValue:
      return LexBeforeArrayValue();
    case ParseState::kAfterPropertyValue:
      return LexAfterPropertyValue();
    case ParseState::kAfterArrayValue:
      return LexAfterArrayValue();
    case ParseState::kEnd:
      return LexEnd();
  }
  return Step::kError;  // unreachable
}

Step Parser::LexStart() {
  const int32_t c = Peek();
  if (c == '{' || c == '[') {
    Read();
    return Punctuator(c);
  }
  lex_state_ = LexState::kValue;
  return Step::kContinue;
}

Step Parser::LexBeforePropertyName() {
  const int32_t c = Peek();
  switch (c) {
    case '\\':
      escape_offset_ = static_cast<uint32_t>(pos_);
      Read();
      lex_state_ = LexState::kIdentifierNameStartEscape;
      return Step::kContinue;
    case '}':
      Read();
      return Punctuator(c);
    case '"':
    case '\'':
      double_quote_ = Read() == '"';
      lex_state_ = LexState::kString;
      return Step::kContinue;
  }
  if (IsIdStartChar(c)) {  // includes `$` and `_`
    AppendUnit(static_cast<uint32_t>(Read()));
    lex_state_ = LexState::kIdentifierName;
    return Step::kContinue;
  }
  return InvalidChar(Read());
}

Step Parser::LexAfterPropertyName() {
  if (Peek() == ':') {
    Read();
    return Punctuator(':');
  }
  return InvalidChar(Read());
}

Step Parser::LexAfterPropertyValue() {
  const int32_t c = Peek();
  if (c == ',' || c == '}') {
    Read();
    return Punctuator(c);
  }
  return InvalidChar(Read());
}

Step Parser::LexBeforeArrayValue() {
  if (Peek() == ']') {
    Read();
    return Punctuator(']');
  }
  lex_state_ = LexState::kValue;
  return Step::kContinue;
}

Step Parser::LexAfterArrayValue() {
  const int32_t c = Peek();
  if (c == ',' || c == ']') {
    Read();
    return Punctuator(c);
  }
  return InvalidChar(Read());
}

Step Parser::LexEnd() { return InvalidChar(Read()); }

Step Parser::NewToken(TokenType type) {
  token_.type = type;
  token_.begin = token_begin_;
  token_.end = static_cast<uint32_t>(pos_);
  return Step::kToken;
}

Step Parser::Punctuator(int32_t c) {
  token_.punctuator = c;
  return NewToken(TokenType::kPunctuator);
}

Step Parser::NumberToken(double value) {
  token_.number = value;
  return NewToken(TokenType::kNumeric);
}

// Appends one code point, or one UTF-16 unit from a `\u` escape: JS joins a
// high and a low surrogate escape into one character; a lone one is U+FFFD.
void Parser::AppendUnit(uint32_t unit) {
  if (IsLowSurrogate(unit) && pending_high_ != 0) {
    const uint32_t cp =
        0x10000 + ((pending_high_ - 0xD800) << 10) + (unit - 0xDC00);
    pending_high_ = 0;
    AppendUtf8(&buffer_, cp);
    return;
  }
  FlushSurrogate();
  if (IsHighSurrogate(unit)) {
    pending_high_ = unit;
  } else if (IsLowSurrogate(unit)) {
    AppendUtf8(&buffer_, kReplacement);
  } else {
    AppendUtf8(&buffer_, unit);
  }
}

void Parser::FlushSurrogate() {
  if (pending_high_ == 0) return;
  pending_high_ = 0;
  AppendUtf8(&buffer_, kReplacement);
}

void Parser::AddComment(bool block, uint32_t end) {
  doc_.comments.push_back(Comment{comment_begin_, end, block});
}

bool Parser::ParseStep() {
  if (token_.type == TokenType::kEof) {
    // Every state but `end` rejects the end of input (json5 invalidEOF).
    if (parse_state_ == ParseState::kEnd) return true;
    InvalidEof();
    return false;
  }
  switch (parse_state_) {
    case ParseState::kStart:
    case ParseState::kBeforePropertyValue:
      return Push();
    case ParseState::kBeforePropertyName:
      if (token_.type == TokenType::kPunctuator) {  // `}`
        Pop();
        return true;
      }
      key_ = std::move(token_.string);
      key_begin_ = token_.begin;
      key_end_ = token_.end;
      parse_state_ = ParseState::kAfterPropertyName;
      return true;
    case ParseState::kAfterPropertyName:  // the lexer only lets `:` through
      parse_state_ = ParseState::kBeforePropertyValue;
      return true;
    case ParseState::kBeforeArrayValue:
      if (token_.type == TokenType::kPunctuator && token_.punctuator == ']') {
        Pop();
        return true;
      }
      return Push();
    case ParseState::kAfterPropertyValue:
    case ParseState::kAfterArrayValue:
      if (token_.punctuator == ',') {
        parse_state_ = parse_state_ == ParseState::kAfterArrayValue
                           ? ParseState::kBeforeArrayValue
                           : ParseState::kBeforePropertyName;
      } else {
        Pop();
      }
      return true;
    case ParseState::kEnd:  // the lexer rejects anything but the end
      return true;
  }
  return false;  // unreachable
}

bool Parser::Push() {
  auto node = std::make_unique<Node>();
  node->begin = token_.begin;
  node->end = token_.end;
  bool container = false;
  switch (token_.type) {
    case TokenType::kPunctuator:
      container = true;
      node->kind = token_.punctuator == '{' ? Kind::kObject : Kind::kArray;
      break;
    case TokenType::kBoolean:
      node->kind = Kind::kBool;
      node->boolean = token_.boolean;
      break;
    case TokenType::kNumeric:
      node->kind = Kind::kNumber;
      node->number = token_.number;
      break;
    case TokenType::kString:
      node->kind = Kind::kString;
      node->string = std::move(token_.string);
      break;
    default:
      node->kind = Kind::kNull;
      break;
  }
  if (container && stack_.size() >= limits_.max_depth) {
    Fail("nesting deeper than " + std::to_string(limits_.max_depth) + " levels",
         token_.begin);
    return false;
  }
  Node* raw = node.get();
  if (!doc_.root) {
    doc_.root = std::move(node);
  } else if (stack_.back().node->kind == Kind::kArray) {
    stack_.back().node->items.push_back(std::move(node));
  } else {
    DefineProperty(&stack_.back(), std::move(node));
  }
  if (container) {
    stack_.push_back(Frame{raw, nullptr});
    parse_state_ = raw->kind == Kind::kArray ? ParseState::kBeforeArrayValue
                                             : ParseState::kBeforePropertyName;
  } else {
    SetStateAfterValue();
  }
  return true;
}

void Parser::Pop() {
  stack_.back().node->end = token_.end;
  stack_.pop_back();
  SetStateAfterValue();
}

void Parser::SetStateAfterValue() {
  if (stack_.empty()) {
    parse_state_ = ParseState::kEnd;
  } else if (stack_.back().node->kind == Kind::kArray) {
    parse_state_ = ParseState::kAfterArrayValue;
  } else {
    parse_state_ = ParseState::kAfterPropertyValue;
  }
}

// Object.defineProperty semantics: a repeated key replaces the value but
// keeps the member's original place in the order.
void Parser::DefineProperty(Frame* frame, std::unique_ptr<Node> value) {
  auto& members = frame->node->members;
  Member* existing = nullptr;
  size_t hash = 0;
  if (frame->index) {
    hash = MemberIndex::Hash(key_);
    const int64_t at = frame->index->Find(members, key_, hash);
    if (at >= 0) existing = &members[static_cast<size_t>(at)];
  } else {
    for (Member& m : members) {
      if (m.key == key_) {
        existing = &m;
        break;
      }
    }
  }
  if (existing != nullptr) {
    existing->key_begin = key_begin_;
    existing->key_end = key_end_;
    existing->value = std::move(value);
    return;
  }
  if (frame->index) {
    frame->index->Add(hash);
  }
  members.push_back(
      Member{std::move(key_), key_begin_, key_end_, std::move(value)});
  if (!frame->index && members.size() >= kLinearLookupMembers) {
    frame->index = std::make_unique<MemberIndex>(members);
  }
}

bool Parser::Run(Document* doc, ParseError* error) {
  do {
    if (!Lex() || !ParseStep()) {
      *error = std::move(error_);
      return false;
    }
  } while (token_.type != TokenType::kEof);
  *doc = std::move(doc_);
  return true;
}

/// line:column of byte `offset` under json5's rules (for the size error).
void PositionAt(std::string_view text, size_t offset, ParseError* error) {
  uint32_t line = 1;
  uint32_t column = 0;
  for (size_t pos = 0; pos < offset && pos < text.size();) {
    const Char c = DecodeAt(text, pos);
    if (c.cp == '\n') {
      ++line;
      column = 0;
    } else {
      column += c.units;
    }
    pos += c.bytes;
  }
  error->line = line;
  error->column = column + 1;
}

}  // namespace

const Member* Node::Find(std::string_view key) const {
  for (const Member& m : members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

bool Parse(std::string_view text, Document* doc, ParseError* error,
           const Limits& limits) {
  *doc = Document{};
  // Offsets are 32-bit, so that is a hard ceiling whatever the limit says.
  const uint64_t max_bytes = std::min<uint64_t>(
      limits.max_bytes, std::numeric_limits<uint32_t>::max());
  if (text.size() > max_bytes) {
    *error = ParseError{};
    error->message = "file larger than " + std::to_string(max_bytes) + " bytes";
    error->offset = static_cast<uint32_t>(max_bytes);
    PositionAt(text, max_bytes, error);
    return false;
  }
  Parser parser(text, limits);
  return parser.Run(doc, error);
}

}  // namespace clawlint::json5
