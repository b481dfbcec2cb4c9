// Allowlist identity rules (checks-channels.md §4.1), one table per rule:
// entry -> verdict, including prefixes, case, whitespace and empties.
#include "checks/channels/identity.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using clawlint::checks::channels::ClassifyIdentity;
using clawlint::checks::channels::Identity;

struct Row {
  const char* entry;
  Identity verdict;
};

constexpr Identity S = Identity::kStable;
constexpr Identity M = Identity::kMutable;  // "invalid" for telegram
constexpr Identity I = Identity::kIgnored;

void CheckRule(const char* channel, const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    INFO(channel << ": \"" << r.entry << "\"");
    CHECK(ClassifyIdentity(channel, r.entry) == r.verdict);
  }
}

}  // namespace

TEST_CASE("identity: discord", "[identity]") {
  CheckRule("discord", {
                           {"123456789012345678", S},
                           {"  123456789012345678  ", S},
                           {"<@123456789012345678>", S},
                           {"<@!123456789012345678>", S},
                           {"123456789012345678>", S},
                           {"discord:alice", S},
                           {"user:alice", S},
                           {"pk:abc", S},
                           {"Discord:123", M},  // prefix is case-sensitive
                           {"discord:", M},     // nothing after the prefix
                           {"<@&123456789012345678>", M},
                           {"alice#1234", M},
                           {"alice", M},
                           {"alice smith", M},
                           {"", I},
                           {"*", I},
                           {"  ", I},
                       });
}

TEST_CASE("identity: telegram", "[identity]") {
  CheckRule("telegram",
            {
                {"123456", S},
                {" 123456 ", S},
                {"tg:123456", S},
                {"TG:123456", S},
                {"telegram: 123456", S},
                {"-1001234567890", M},
                {"tg:-100123", M},
                {"+123456", M},
                {"@alice", M},
                {"alice", M},
                {"tg:", I},  // nothing after the prefix: not reported [oracle]
                {"", I},
                {"*", I},
            });
}

TEST_CASE("identity: zalouser", "[identity]") {
  CheckRule("zalouser", {
                            {"123", S},
                            {"zlu:group:123", S},
                            {"ZALOUSER:g-abc", S},
                            {"G-xyz", S},
                            {"group:", I},
                            {"My Group", M},
                            {"g-", M},
                        });
}

TEST_CASE("identity: slack (doctor only)", "[identity]") {
  CheckRule("slack", {
                         {"<@U12345678>", S},
                         {"<@u12345678>", S},
                         {"U0123ABC", S},
                         {"slack:W0123ABC", S},
                         {"user:abcdefgh", S},
                         {"u01", M},  // lower case and short
                         {"@alice", M},
                         {"alice", M},
                         {"<@U1>", M},
                         {"*", I},
                     });
}

TEST_CASE("identity: googlechat (doctor only)", "[identity]") {
  CheckRule("googlechat", {
                              {"users/123456789", S},
                              {"gchat:users/123", S},
                              {"alice@example.com", M},
                              {"users/alice@example.com", M},
                              {"Google-Chat:bob@example.com", M},
                              {"googlechat:", I},
                          });
}

TEST_CASE("identity: msteams (doctor only)", "[identity]") {
  CheckRule("msteams", {
                           {"29:1a2b3c", S},
                           {"msteams:00000000-0000-0000-0000-000000000000", S},
                           {"alice@contoso.com", M},
                           {"Alice Smith", M},
                           {"user:Alice Smith", M},
                       });
}

TEST_CASE("identity: irc (doctor only)", "[identity]") {
  CheckRule("irc", {
                       {"alice!a@host", S},
                       {"IRC:bob@host", S},
                       {"*!*@host", S},
                       {"alice", M},
                       {"user:alice", M},
                       {"irc:user:carol", M},
                   });
}

TEST_CASE("identity: mattermost (doctor only)", "[identity]") {
  CheckRule("mattermost", {
                              {"abcdefghijklmnopqrstuvwxyz", S},
                              {"@ABCDEFGHIJKLMNOPQRSTUVWXYZ", S},
                              {"mattermost:abcdefghijklmnopqrstuvwx12", S},
                              {"alice", M},
                              {"@alice", M},
                              {"abcdefghijklmnopqrstuvwxy", M},  // 25
                          });
}

TEST_CASE("identity: channels without a rule", "[identity]") {
  CHECK(ClassifyIdentity("signal", "anything") == Identity::kIgnored);
}
