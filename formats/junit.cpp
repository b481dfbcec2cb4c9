#include "formats/junit.h"

#include <map>
#include <set>
#include <sstream>

#include "config/loader.h"
#include "formats/ci_util.h"
#include "formats/location.h"
#include "formats/rules.h"

namespace clawlint::formats {

namespace {

// XML 1.0 text or attribute value: escaped, valid UTF-8, and without the
// control characters XML 1.0 forbids.
std::string Xml(std::string_view raw) {
  const std::string s = ValidUtf8(raw);
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

bool IsInputError(const Finding& f) {
  return f.check_id == "clawlint.parse_error" ||
         f.check_id == "clawlint.include_error" ||
         f.check_id == "clawlint.internal_error";
}

struct Case {
  std::string classname;
  std::string name;
  std::string file;
  uint32_t line = 1;
  std::string body;  // child elements, already XML
};

struct Suite {
  std::vector<Case> cases;
  int failures = 0, errors = 0, skipped = 0;
  std::set<std::string> names;  // classname + '\0' + name, for uniqueness
  std::set<std::string> fired;  // check ids with a finding here
  bool input_error = false;
};

std::string Details(const Finding& f, const Report& report, const Position& p) {
  std::string text = Message(f) + "\n";
  text += "check: " + f.check_id + " (" +
          std::string(SeverityName(f.severity)) + ")\n";
  text += "location: " + p.path + ":" + std::to_string(p.line) + ":" +
          std::to_string(p.column) + "\n";
  if (!f.config_path.empty()) text += "config path: " + f.config_path + "\n";
  for (const Span& site : f.include_chain) {
    Position s = Locate(report, site, f.root_path);
    text += "included from " + s.path + ":" + std::to_string(s.line) + ":" +
            std::to_string(s.column) + "\n";
  }
  if (!f.remediation.empty()) text += "fix: " + f.remediation + "\n";
  text += "help: clawlint --explain " + f.check_id + "\n";
  return text;
}

void AddCase(Suite* suite, Case c) {
  std::string key = c.classname + '\0' + c.name;
  if (!suite->names.insert(key).second) {
    for (int n = 2;; ++n) {
      std::string alt = c.name + " #" + std::to_string(n);
      if (suite->names.insert(c.classname + '\0' + alt).second) {
        c.name = alt;
        break;
      }
    }
  }
  suite->cases.push_back(std::move(c));
}

}  // namespace

void WriteJunit(const Report& report, Severity fail_on, std::ostream& out) {
  std::map<std::string, Suite> suites;
  for (const std::string& root : report.roots) suites[root];
  for (const ReportedFinding& item : CollectFindings(report, true)) {
    const Finding& f = *item.finding;
    Suite& suite = suites[f.root_path];
    suite.fired.insert(f.check_id);
    Position p = Locate(report, f.span, f.root_path);
    Case c;
    c.classname = f.check_id;
    c.name = p.path + ":" + std::to_string(p.line) + ":" +
             std::to_string(p.column) +
             (f.config_path.empty() ? "" : " " + f.config_path);
    c.file = p.path;
    c.line = p.line;
    const std::string details = Details(f, report, p);
    const std::string attrs = " message=\"" + Xml(Message(f)) + "\" type=\"" +
                              std::string(SeverityName(f.severity)) + "\"";
    if (item.suppressed) {
      const bool baselined = item.kind == checks::SuppressionKind::kBaseline;
      c.body = "<skipped message=\"" +
               Xml(std::string(baselined ? "baselined: " : "suppressed: ") +
                   (item.reason.empty() ? std::string("no reason given")
                                        : std::string(item.reason))) +
               "\"/><system-out>" + Xml(details) + "</system-out>";
      ++suite.skipped;
    } else if (IsInputError(f)) {
      c.body = "<error" + attrs + ">" + Xml(details) + "</error>";
      ++suite.errors;
      suite.input_error = true;
    } else if (f.severity >= fail_on) {
      c.body = "<failure" + attrs + ">" + Xml(details) + "</failure>";
      ++suite.failures;
    } else {
      c.body = "<system-out>" + Xml(details) + "</system-out>";
    }
    AddCase(&suite, std::move(c));
  }

  // Checks that ran clean: passing testcases (not for a root whose input
  // could not be read, where no check ran).
  const auto profile = config::ParseProfile(report.profile);
  for (auto& [root, suite] : suites) {
    if (suite.input_error || !profile) continue;
    for (const auto& check : checks::AllChecks()) {
      const checks::CheckMeta& m = check->meta();
      if (!checks::RunsIn(m, *profile) || suite.fired.count(std::string(m.id)))
        continue;
      AddCase(&suite, {std::string(m.id), std::string(m.id), root, 1, ""});
    }
  }

  int tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const auto& [root, suite] : suites) {
    tests += static_cast<int>(suite.cases.size());
    failures += suite.failures;
    errors += suite.errors;
    skipped += suite.skipped;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"clawlint\" tests=\"" << tests << "\" failures=\""
      << failures << "\" errors=\"" << errors << "\" skipped=\"" << skipped
      << "\" time=\"0\">\n";
  int id = 0;
  for (const auto& [root, suite] : suites) {
    out << "  <testsuite name=\"" << Xml(root) << "\" id=\"" << id++
        << "\" tests=\"" << suite.cases.size() << "\" failures=\""
        << suite.failures << "\" errors=\"" << suite.errors << "\" skipped=\""
        << suite.skipped << "\" time=\"0\" file=\"" << Xml(root) << "\">\n"
        << "    <properties>\n"
        << "      <property name=\"tool\" value=\"clawlint " CLAWLINT_VERSION
           "\"/>\n"
        << "      <property name=\"profile\" value=\"" << Xml(report.profile)
        << "\"/>\n"
        << "      <property name=\"source\" value=\"" << Xml(report.tree)
        << "\"/>\n"
        << "      <property name=\"fail-on\" value=\"" << SeverityName(fail_on)
        << "\"/>\n"
        << "    </properties>\n";
    for (const Case& c : suite.cases) {
      out << "    <testcase classname=\"" << Xml(c.classname) << "\" name=\""
          << Xml(c.name) << "\" file=\"" << Xml(c.file) << "\" line=\""
          << c.line << "\" time=\"0\"";
      if (c.body.empty()) {
        out << "/>\n";
      } else {
        out << ">" << c.body << "</testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace clawlint::formats
