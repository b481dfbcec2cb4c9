#!/usr/bin/env python3
"""Writes the hand-designed channel cases of tests/conformance/channels-*/ (one
JSON5 file per case, a `//` comment saying what it probes). Existing files are
kept unless --force. Record them with scripts/conformance/record DIR."""
import json, os, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "conformance")
FORCE = "--force" in sys.argv
cases = {}  # (theme, name) -> (comment, config)

def case(theme, name, comment, cfg):
    assert (theme, name) not in cases, name
    cases[(theme, name)] = (comment, cfg)

def ch(name, **kw):
    d = {"enabled": True}
    d.update(kw)
    return {"channels": {name: d}}

# Minimal "configured" base of each audited channel (Signal lives in channels-signal/).
BASE = {
    "discord": {"token": "discord-bot-token-1"},
    "telegram": {"botToken": "123456:telegram-token"},
    "imessage": {"cliPath": "/usr/local/bin/imsg"},
    "irc": {"host": "irc.example.net", "nick": "clawbot"},
    "nextcloud-talk": {"baseUrl": "https://cloud.example.com", "botSecret": "nc-secret-1"},
    "zalo": {"botToken": "zalo-token-1"},
    "synology-chat": {"token": "syno-token-1", "incomingUrl": "https://nas.example.com/hook"},
}
# Two ids that differ, two that are the same after the channel's DM normalizer.
IDS = {
    "discord": (["111111111111111111", "222222222222222222"], ["user:333333333333333333", "<@333333333333333333>"]),
    "telegram": (["111111", "222222"], ["tg:333333", "333333"]),
    "imessage": (["+15550000001", "alice@example.com"], ["+15550000002", " +15550000002 "]),
    "irc": (["alice!a@host", "bob"], ["irc:Carol", "user:carol"]),
    "nextcloud-talk": (["alice", "bob"], ["nc:Dave", "dave"]),
    "zalo": (["1001", "1002"], ["zl:1003", "1003"]),
    "synology-chat": (["alice", "bob"], ["Eve", "eve"]),
}

def base(c, **kw):
    d = {"enabled": True}
    d.update(BASE[c])
    d.update(kw)
    return d

def allow_key(c):
    return "allowedUserIds" if c == "synology-chat" else "allowFrom"

# ---------------------------------------------------------------- channels-dm
for c in BASE:
    a = allow_key(c)
    two, same = IDS[c]
    t = "channels-dm"
    case(t, f"{c}-open-wildcard", f"{c}: dmPolicy open with allowFrom [\"*\"]: dm.open, scope_main_multiuser (dmScope main)",
         {"channels": {c: base(c, dmPolicy="open", **{a: ["*"]})}})
    case(t, f"{c}-open-single", f"{c}: dmPolicy open without a wildcard: dm.open + dm.open_invalid",
         {"channels": {c: base(c, dmPolicy="open", **{a: [two[0]]})}})
    case(t, f"{c}-open-empty", f"{c}: dmPolicy open, no allowFrom at all",
         {"channels": {c: base(c, dmPolicy="open")}})
    case(t, f"{c}-disabled", f"{c}: dmPolicy disabled: dm.disabled (info) and no other DM check",
         {"channels": {c: base(c, dmPolicy="disabled", **{a: ["*"]})}})
    case(t, f"{c}-allowlist-two", f"{c}: dmPolicy allowlist with two distinct senders: scope_main_multiuser",
         {"channels": {c: base(c, dmPolicy="allowlist", **{a: two})}})
    case(t, f"{c}-allowlist-same", f"{c}: two allowFrom entries equal after the channel's DM normalizer: one sender",
         {"channels": {c: base(c, dmPolicy="allowlist", **{a: same})}})
    case(t, f"{c}-per-peer", f"{c}: session.dmScope per-channel-peer suppresses scope_main_multiuser",
         {"session": {"dmScope": "per-channel-peer"}, "channels": {c: base(c, dmPolicy="open", **{a: ["*"]})}})
    case(t, f"{c}-pairing-two", f"{c}: dmPolicy pairing (explicit) with two senders",
         {"channels": {c: base(c, dmPolicy="pairing", **{a: two})}})
    case(t, f"{c}-plain", f"{c}: configured with nothing else (schema/resolver defaults only)",
         {"channels": {c: base(c)}})
case("channels-dm", "multi-channel-open", "discord, telegram and irc all DM-open: channel order and numbering of the whole pass",
     {"channels": {"telegram": base("telegram", dmPolicy="open", allowFrom=["*"]),
                   "irc": base("irc", dmPolicy="open", allowFrom=["*"]),
                   "discord": base("discord", dmPolicy="open", allowFrom=["*"])}})
case("channels-dm", "dm-scope-main-explicit", "session.dmScope main written explicitly: scope_main_multiuser points at it",
     {"session": {"dmScope": "main"}, "channels": {"zalo": base("zalo", dmPolicy="allowlist", allowFrom=["1", "2"])}})
case("channels-dm", "dm-scope-per-account", "session.dmScope per-account-channel-peer",
     {"session": {"dmScope": "per-account-channel-peer"}, "channels": {"irc": base("irc", dmPolicy="open", allowFrom=["*"])}})
case("channels-dm", "discord-legacy-dm-policy", "discord legacy dm.policy/dm.allowFrom promoted at load: dm.open reads them",
     {"channels": {"discord": base("discord", dm={"policy": "open", "allowFrom": ["*"]})}})
case("channels-dm", "discord-legacy-dm-differs", "discord dm.allowFrom differs from allowFrom: both kept, allowFrom wins",
     {"channels": {"discord": base("discord", dmPolicy="open", allowFrom=["111"], dm={"allowFrom": ["*"]})}})
case("channels-dm", "discord-legacy-dm-equal", "discord dm.* equal to the top-level keys: dm copy dropped",
     {"channels": {"discord": base("discord", dmPolicy="open", allowFrom=["*"], dm={"policy": "open", "allowFrom": [" * "]})}})
case("channels-dm", "open-numeric-entries", "telegram allowFrom with numbers and blank entries",
     {"channels": {"telegram": base("telegram", dmPolicy="open", allowFrom=[123, " ", "", 456])}})

# ---------------------------------------------------------- channels-warnings
t = "channels-warnings"
case(t, "discord-group-open", "discord groupPolicy open without guilds: critical warning",
     {"channels": {"discord": base("discord", groupPolicy="open")}})
case(t, "discord-group-open-guilds", "discord groupPolicy open with a guild route",
     {"channels": {"discord": base("discord", groupPolicy="open", guilds={"123456789012345678": {"requireMention": True}})}})
case(t, "discord-group-disabled", "discord groupPolicy disabled: no warning",
     {"channels": {"discord": base("discord", groupPolicy="disabled")}})
case(t, "discord-defaults-open", "channels.defaults.groupPolicy open is pre-empted by discord's schema default",
     {"channels": {"defaults": {"groupPolicy": "open"}, "discord": base("discord")}})
case(t, "discord-account-open", "discord account-level groupPolicy open",
     {"channels": {"discord": {"enabled": True, "accounts": {"default": {"token": "t1", "groupPolicy": "open"}}}}})
case(t, "discord-root-open-accounts", "discord root groupPolicy open with a named account: moved to accounts.default, the named account has its own allowlist default",
     {"channels": {"discord": {"enabled": True, "token": "t0", "groupPolicy": "open", "accounts": {"work": {"token": "t1"}}}}})
case(t, "discord-two-accounts-open", "two discord accounts both group-open: warning.1 and warning.2 not merged",
     {"channels": {"discord": {"enabled": True, "accounts": {"a": {"token": "t1", "groupPolicy": "open"}, "b": {"token": "t2", "groupPolicy": "open"}}}}})
case(t, "telegram-group-open", "telegram groupPolicy open without groups: warning + groups.allowFrom.missing",
     {"channels": {"telegram": base("telegram", groupPolicy="open")}})
case(t, "telegram-group-open-groups", "telegram groupPolicy open with groups",
     {"channels": {"telegram": base("telegram", groupPolicy="open", groups={"-1001234567890": {"requireMention": True}})}})
case(t, "telegram-group-open-gaf", "telegram groupPolicy open with groupAllowFrom ids: no missing",
     {"channels": {"telegram": base("telegram", groupPolicy="open", groupAllowFrom=["111111"])}})
case(t, "telegram-group-open-wildcard", "telegram groupAllowFrom [\"*\"]: groups.allowFrom.wildcard",
     {"channels": {"telegram": base("telegram", groupPolicy="open", groupAllowFrom=["*"])}})
case(t, "telegram-groups-allowlist", "telegram allowlist with groups and no sender list: groups.allowFrom.missing",
     {"channels": {"telegram": base("telegram", groups={"-100123": {}})}})
case(t, "telegram-groups-override", "telegram group-level allowFrom override: no missing",
     {"channels": {"telegram": base("telegram", groups={"-100123": {"allowFrom": ["111"]}})}})
case(t, "telegram-topic-override", "telegram topic-level allowFrom override",
     {"channels": {"telegram": base("telegram", groups={"-100123": {"topics": {"7": {"allowFrom": ["222"]}}}})}})
case(t, "telegram-groups-disabled", "telegram groupPolicy disabled with groups: nothing",
     {"channels": {"telegram": base("telegram", groupPolicy="disabled", groups={"-100123": {}})}})
case(t, "telegram-commands-text-off", "commands.text false: only allowFrom invalid entries are checked",
     {"commands": {"text": False}, "channels": {"telegram": base("telegram", groupPolicy="open", allowFrom=["@alice"])}})
case(t, "telegram-accounts-groups", "telegram two accounts, root groups not inherited with >1 account",
     {"channels": {"telegram": {"enabled": True, "groups": {"-100123": {}}, "accounts": {"a": {"botToken": "1:a"}, "b": {"botToken": "2:b", "groupPolicy": "open"}}}}})
case(t, "telegram-one-account-groups", "telegram one named account inherits root groups",
     {"channels": {"telegram": {"enabled": True, "groups": {"-100123": {}}, "accounts": {"a": {"botToken": "1:a"}}}}})
case(t, "imessage-group-open", "imessage groupPolicy open",
     {"channels": {"imessage": base("imessage", groupPolicy="open")}})
case(t, "imessage-section-only", "imessage with only a groups map is configured",
     {"channels": {"imessage": {"enabled": True, "groups": {"chat1": {}}}}})
case(t, "irc-group-open", "irc groupPolicy open", {"channels": {"irc": base("irc", groupPolicy="open")}})
case(t, "irc-tls-off", "irc tls false: info warning", {"channels": {"irc": base("irc", tls=False)}})
case(t, "irc-nickserv-register", "irc nickserv.register without password: two warnings",
     {"channels": {"irc": base("irc", nickserv={"register": True})}})
case(t, "irc-nickserv-register-password", "irc nickserv.register with a password: one warning",
     {"channels": {"irc": base("irc", nickserv={"register": True, "password": "ns-pass-1", "registerEmail": "a@example.com"})}})
case(t, "irc-all-warnings", "irc group open, tls off, register without password: warning.1..4",
     {"channels": {"irc": base("irc", groupPolicy="open", tls=False, nickserv={"register": True})}})
case(t, "irc-and-zalo", "irc three warnings then zalo: numbering continues across channels",
     {"channels": {"zalo": base("zalo"), "irc": base("irc", groupPolicy="open", tls=False, nickserv={"register": True, "password": "p-1"})}})
case(t, "irc-unconfigured", "irc without nick: not configured, no findings",
     {"channels": {"irc": {"enabled": True, "host": "irc.example.net", "groupPolicy": "open"}}})
case(t, "nextcloud-group-open", "nextcloud-talk groupPolicy open without rooms",
     {"channels": {"nextcloud-talk": base("nextcloud-talk", groupPolicy="open")}})
case(t, "nextcloud-group-open-rooms", "nextcloud-talk groupPolicy open with rooms",
     {"channels": {"nextcloud-talk": base("nextcloud-talk", groupPolicy="open", rooms={"abc123": {}})}})
case(t, "nextcloud-no-secret", "nextcloud-talk without a secret: not configured",
     {"channels": {"nextcloud-talk": {"enabled": True, "baseUrl": "https://c.example.com", "dmPolicy": "open"}}})
case(t, "zalo-default-open", "zalo has no schema default: group policy falls back to open",
     {"channels": {"zalo": base("zalo")}})
case(t, "zalo-defaults-allowlist", "channels.defaults.groupPolicy allowlist applies to zalo",
     {"channels": {"defaults": {"groupPolicy": "allowlist"}, "zalo": base("zalo")}})
case(t, "zalo-group-allow-from", "zalo open with groupAllowFrom: restrict-senders variant",
     {"channels": {"zalo": base("zalo", groupPolicy="open", groupAllowFrom=["1001"])}})
case(t, "zalo-allow-from-only", "zalo open with allowFrom only",
     {"channels": {"zalo": base("zalo", allowFrom=["1001"])}})
case(t, "zalo-disabled-groups", "zalo groupPolicy disabled", {"channels": {"zalo": base("zalo", groupPolicy="disabled")}})
case(t, "feishu-group-open", "feishu groupPolicy open (appId+appSecret configured)",
     {"channels": {"feishu": {"enabled": True, "appId": "cli_a1", "appSecret": "fs-secret-1", "groupPolicy": "open"}}})
case(t, "feishu-accounts-open", "feishu two accounts, one group-open",
     {"channels": {"feishu": {"enabled": True, "accounts": {"a": {"appId": "cli_a", "appSecret": "s-a"}, "b": {"appId": "cli_b", "appSecret": "s-b", "groupPolicy": "open"}}}}})
case(t, "feishu-dm-open", "feishu dmPolicy open: no DM checks in 4.29",
     {"channels": {"feishu": {"enabled": True, "appId": "cli_a1", "appSecret": "fs-secret-1", "dmPolicy": "open", "allowFrom": ["*"]}}})
case(t, "feishu-unconfigured", "feishu without appSecret: not configured",
     {"channels": {"feishu": {"enabled": True, "appId": "cli_a1", "groupPolicy": "open"}}})
s = "synology-chat"
case(t, "synology-empty", "synology-chat with nothing: token/incomingUrl missing, allowlist without ids",
     {"channels": {s: {"enabled": True}}})
case(t, "synology-insecure-ssl", "synology-chat allowInsecureSsl: info warning",
     {"channels": {s: base(s, allowInsecureSsl=True, allowedUserIds=["alice"])}})
case(t, "synology-name-matching", "synology-chat dangerouslyAllowNameMatching: warning + reply finding",
     {"channels": {s: base(s, dangerouslyAllowNameMatching=True, allowedUserIds=["alice"])}})
case(t, "synology-open-empty", "synology-chat dmPolicy open with no ids",
     {"channels": {s: base(s, dmPolicy="open")}})
case(t, "synology-open-star", "synology-chat dmPolicy open with \"*\"",
     {"channels": {s: base(s, dmPolicy="open", allowedUserIds=["*"])}})
case(t, "synology-csv-ids", "synology-chat allowedUserIds as a comma string",
     {"channels": {s: base(s, allowedUserIds="alice, bob")}})
case(t, "synology-inherited-webhook", "synology-chat named account inheriting the root webhookPath with dangerouslyAllowInheritedWebhookPath",
     {"channels": {s: base(s, webhookPath="/hook/a", dangerouslyAllowInheritedWebhookPath=True, allowedUserIds=["a"], accounts={"b": {"token": "syno-token-2", "incomingUrl": "https://nas.example.com/b", "allowedUserIds": ["b"]}})}})
case(t, "synology-accounts", "synology-chat two accounts, one DM-open",
     {"channels": {s: base(s, allowedUserIds=["a"], accounts={"b": {"token": "syno-token-2", "incomingUrl": "https://nas.example.com/b", "dmPolicy": "open"}})}})

# ---------------------------------------------------------- channels-accounts
t = "channels-accounts"
case(t, "discord-two-accounts-dm-open", "two discord accounts DM-open with the same root path: DM findings deduped",
     {"channels": {"discord": {"enabled": True, "dmPolicy": "open", "allowFrom": ["*"], "accounts": {"default": {"token": "t1"}, "b": {"token": "t2"}}}}})
case(t, "discord-accounts-own-dm", "two discord accounts each with their own dmPolicy open: not deduped",
     {"channels": {"discord": {"enabled": True, "accounts": {"a": {"token": "t1", "dmPolicy": "open", "allowFrom": ["*"]}, "b": {"token": "t2", "dmPolicy": "open", "allowFrom": ["*"]}}}}})
case(t, "discord-seeded-default", "discord root token+dmPolicy with a named account: seeded accounts.default is audited first",
     {"channels": {"discord": {"enabled": True, "token": "t0", "dmPolicy": "open", "allowFrom": ["*"], "accounts": {"work": {"token": "t1"}}}}})
case(t, "discord-default-account", "defaultAccount names b: b is audited first",
     {"channels": {"discord": {"enabled": True, "defaultAccount": "b", "accounts": {"a": {"token": "t1", "groupPolicy": "open"}, "b": {"token": "t2", "groupPolicy": "open"}}}}})
case(t, "discord-default-account-missing", "defaultAccount names a missing account: default then sorted",
     {"channels": {"discord": {"enabled": True, "defaultAccount": "zzz", "accounts": {"b": {"token": "t1", "groupPolicy": "open"}, "a": {"token": "t2", "dmPolicy": "disabled"}}}}})
case(t, "discord-account-disabled", "disabled discord account is skipped",
     {"channels": {"discord": {"enabled": True, "accounts": {"a": {"token": "t1", "enabled": False, "groupPolicy": "open"}, "b": {"token": "t2", "dmPolicy": "disabled"}}}}})
case(t, "discord-account-empty-token", "discord account with an empty token is not configured even with a root token",
     {"channels": {"discord": {"enabled": True, "token": "t0", "accounts": {"default": {"token": "", "groupPolicy": "open"}}}}})
case(t, "discord-bot-prefix-token", "discord token 'Bot ' only: not configured",
     {"channels": {"discord": {"enabled": True, "token": "Bot ", "groupPolicy": "open"}}})
case(t, "discord-channel-disabled", "channels.discord.enabled false: no channel findings",
     {"channels": {"discord": {"enabled": False, "token": "t0", "groupPolicy": "open", "dmPolicy": "open"}}})
case(t, "discord-no-enabled-key", "discord section without enabled key but with keys: present",
     {"channels": {"discord": {"token": "t0", "dmPolicy": "open", "allowFrom": ["*"]}}})
case(t, "discord-name-matching-one", "dangerouslyAllowNameMatching on the root, single account",
     {"channels": {"discord": base("discord", dangerouslyAllowNameMatching=True)}})
case(t, "discord-name-matching-two", "dangerouslyAllowNameMatching on the root inherited by two accounts: one finding per account",
     {"channels": {"discord": {"enabled": True, "dangerouslyAllowNameMatching": True, "accounts": {"a": {"token": "t1"}, "b": {"token": "t2"}}}}})
case(t, "discord-name-matching-explicit-default", "dangerouslyAllowNameMatching, single explicit accounts.default",
     {"channels": {"discord": {"enabled": True, "accounts": {"default": {"token": "t1", "dangerouslyAllowNameMatching": True}}}}})
case(t, "telegram-seeded", "telegram named account: root dmPolicy/allowFrom/groupPolicy move to accounts.default (static set)",
     {"channels": {"telegram": {"enabled": True, "botToken": "1:root", "dmPolicy": "open", "allowFrom": ["*"], "groupPolicy": "open", "accounts": {"b": {"botToken": "2:b"}}}}})
case(t, "telegram-accounts-wildcard-merge", "telegram account allowFrom with * and a root id: account list minus *",
     {"channels": {"telegram": {"enabled": True, "dmPolicy": "open", "allowFrom": ["111"], "accounts": {"default": {"botToken": "1:a", "allowFrom": ["*", "222"]}}}}})
case(t, "telegram-account-case", "telegram account key in another case than defaultAccount",
     {"channels": {"telegram": {"enabled": True, "defaultAccount": "Work", "accounts": {"work": {"botToken": "1:a", "dmPolicy": "open", "allowFrom": ["*"]}, "home": {"botToken": "2:b", "dmPolicy": "disabled"}}}}})
case(t, "telegram-token-file", "telegram tokenFile counts as configured even if unreadable",
     {"channels": {"telegram": {"enabled": True, "tokenFile": "/nonexistent/token", "dmPolicy": "disabled"}}})
case(t, "telegram-unconfigured", "telegram without token: no channel findings",
     {"channels": {"telegram": {"enabled": True, "dmPolicy": "open", "allowFrom": ["*"]}}})
case(t, "irc-two-accounts", "irc two accounts both tls off: warning.1 and warning.2",
     {"channels": {"irc": {"enabled": True, "host": "irc.example.net", "tls": False, "accounts": {"a": {"nick": "bot-a"}, "b": {"nick": "bot-b"}}}}})
case(t, "irc-account-inherits", "irc named account inherits host from root (not promoted)",
     {"channels": {"irc": {"enabled": True, "host": "irc.example.net", "nick": "root", "dmPolicy": "open", "accounts": {"x": {"nick": "x"}}}}})
case(t, "zalo-two-accounts", "zalo two accounts: two open warnings",
     {"channels": {"zalo": {"enabled": True, "accounts": {"a": {"botToken": "z1"}, "b": {"botToken": "z2", "dmPolicy": "open", "allowFrom": ["1"]}}}}})
case(t, "imessage-accounts", "imessage accounts with different DM policies",
     {"channels": {"imessage": {"enabled": True, "cliPath": "/bin/imsg", "accounts": {"a": {"dmPolicy": "open", "allowFrom": ["*"]}, "b": {"dmPolicy": "disabled"}}}}})
case(t, "nextcloud-accounts", "nextcloud-talk root secret with an account",
     {"channels": {"nextcloud-talk": {"enabled": True, "baseUrl": "https://c.example.com", "botSecret": "s", "accounts": {"x": {"dmPolicy": "open", "allowFrom": ["*"]}}}}})
case(t, "all-channels", "every audited channel configured (no signal): channel order",
     {"channels": {c: base(c, dmPolicy="open", allowFrom=["*"]) if c != "synology-chat" else base(c, dmPolicy="open", allowedUserIds=["*"]) for c in BASE}})
case(t, "enabled-only", "channels present with only enabled:true: not configured",
     {"channels": {c: {"enabled": True} for c in ["discord", "telegram", "irc", "zalo", "nextcloud-talk"]}})
case(t, "accounts-empty-object", "accounts {} means the default account only",
     {"channels": {"discord": base("discord", accounts={}, groupPolicy="open")}})

# --------------------------------------------------------- channels-identity
t = "channels-identity"
DISCORD = [
    ("digits", "123456789012345678"), ("mention", "<@123456789012345678>"), ("mention-bang", "<@!123456789012345678>"),
    ("role", "<@&123456789012345678>"), ("tag", "alice#1234"), ("name", "alice"),
    ("prefix-discord", "discord:alice"), ("prefix-upper", "Discord:123"), ("prefix-user", "user:alice"),
    ("prefix-pk", "pk:abcdef"), ("bare-prefix", "discord:"), ("spaces", "  123456789012345678  "),
    ("half-mention", "123456789012345678>"), ("wildcard", "*"), ("empty", ""), ("name-spaces", "alice smith"),
]
for n, e in DISCORD:
    case(t, f"discord-{n}", f"discord allowlist entry {json.dumps(e)} (name_based_entries rule)",
         {"channels": {"discord": base("discord", dmPolicy="allowlist", allowFrom=[e])}})
case(t, "discord-guild-users", "discord guild and channel users lists with names: first hit located",
     {"channels": {"discord": base("discord", guilds={"123": {"users": ["123456", "bob"], "channels": {"456": {"users": ["carol#0001", "789"]}}}})}})
case(t, "discord-many-names", "discord seven names: detail lists five (+2 more)",
     {"channels": {"discord": base("discord", allowFrom=["a", "b", "c", "d", "e", "f", "g"])}})
case(t, "discord-names-allowed", "discord names with dangerouslyAllowNameMatching: info",
     {"channels": {"discord": base("discord", allowFrom=["alice"], dangerouslyAllowNameMatching=True)}})
case(t, "discord-number-entry", "discord numeric allowFrom entry",
     {"channels": {"discord": base("discord", allowFrom=[123456789012345678])}})
TELEGRAM = [
    ("digits", "123456"), ("tg-prefix", "tg:123456"), ("tg-upper", "TG:123456"), ("telegram-prefix", "telegram: 123456"),
    ("negative", "-1001234567890"), ("at-user", "@alice"), ("name", "alice"), ("spaces", " 123456 "),
    ("wildcard", "*"), ("empty", ""), ("bare-prefix", "tg:"), ("plus", "+123456"), ("tg-negative", "tg:-100123"),
]
for n, e in TELEGRAM:
    case(t, f"telegram-{n}", f"telegram allowFrom entry {json.dumps(e)} (numeric id rule)",
         {"channels": {"telegram": base("telegram", dmPolicy="allowlist", allowFrom=[e])}})
case(t, "telegram-number", "telegram numeric allowFrom entries (negative number too)",
     {"channels": {"telegram": base("telegram", allowFrom=[123456, -100123])}})
case(t, "telegram-group-lists", "telegram invalid entries in groupAllowFrom, group and topic lists (groups configured)",
     {"channels": {"telegram": base("telegram", groupAllowFrom=["@bob"], groups={"-100123": {"allowFrom": ["carol"], "topics": {"5": {"allowFrom": ["@dave"]}}}})}})
case(t, "telegram-group-lists-ignored", "telegram invalid group entries ignored when groups are not configured and policy allowlist",
     {"channels": {"telegram": base("telegram", groupAllowFrom=["@bob"])}})
case(t, "telegram-many-invalid", "telegram seven invalid entries",
     {"channels": {"telegram": base("telegram", allowFrom=["@a", "@b", "@c", "@d", "@e", "@f", "@a"])}})

# ------------------------------------------------------------- channels-misc
t = "channels-misc"
for c, extra in [("slack", {"botToken": "xoxb-1", "appToken": "xapp-1"}), ("googlechat", {"dm": {"policy": "open", "allowFrom": ["*"]}}),
                 ("msteams", {"appId": "a", "appPassword": "p"}), ("mattermost", {"botToken": "m", "baseUrl": "https://mm.example.com"}),
                 ("line", {"channelAccessToken": "l", "channelSecret": "s"}), ("bluebubbles", {"serverUrl": "http://localhost:1234", "password": "p"}),
                 ("matrix", {"homeserver": "https://matrix.example.org", "accessToken": "tok"}), ("nostr", {"privateKey": "nsec1xyz"})]:
    cfg = {"enabled": True, "groupPolicy": "open"}
    cfg.update(extra)
    if c != "googlechat":
        cfg["dmPolicy"] = "open"
        cfg["allowFrom"] = ["*"]
    case(t, f"not-audited-{c}", f"{c} is not audited in 4.29: no channel findings even when open", {"channels": {c: cfg}})
case(t, "feishu-doc-owner", "feishu configured, tools.doc not disabled: doc_owner_open_id",
     {"channels": {"feishu": {"enabled": True, "appId": "cli_a1", "appSecret": "fs-1"}}})
case(t, "feishu-doc-disabled", "feishu tools.doc false: no doc_owner_open_id",
     {"channels": {"feishu": {"enabled": True, "appId": "cli_a1", "appSecret": "fs-1", "tools": {"doc": False}}}})
case(t, "feishu-doc-accounts", "feishu two accounts: doc_owner_open_id deduped",
     {"channels": {"feishu": {"enabled": True, "accounts": {"a": {"appId": "cli_a", "appSecret": "s-a"}, "b": {"appId": "cli_b", "appSecret": "s-b"}}}}})
case(t, "feishu-doc-account-tools", "feishu account tools.doc false, the other account inherits root tools",
     {"channels": {"feishu": {"enabled": True, "tools": {"doc": True}, "accounts": {"a": {"appId": "cli_a", "appSecret": "s-a", "tools": {"doc": False}}, "b": {"appId": "cli_b", "appSecret": "s-b"}}}}})
case(t, "discord-native-unrestricted", "commands.native true + useAccessGroups false + guild without users: unrestricted",
     {"commands": {"native": True, "useAccessGroups": False}, "channels": {"discord": base("discord", guilds={"123": {}})}})
case(t, "discord-native-no-allowlists", "channels.discord.commands.native true, guild without users: no_allowlists",
     {"channels": {"discord": base("discord", commands={"native": True}, guilds={"123": {}})}})
case(t, "discord-native-auto", "commands.native auto (schema default) counts as off",
     {"commands": {"native": "auto"}, "channels": {"discord": base("discord", guilds={"123": {}})}})
case(t, "discord-native-users", "native commands with guild users: nothing",
     {"commands": {"native": True}, "channels": {"discord": base("discord", guilds={"123": {"users": ["111"]}})}})
case(t, "discord-native-skills", "commands.nativeSkills true with guilds: no_allowlists",
     {"commands": {"nativeSkills": True}, "channels": {"discord": base("discord", guilds={"123": {}})}})
case(t, "discord-native-owner", "dm.allowFrom survives next to a different allowFrom: owner set, no no_allowlists",
     {"commands": {"native": True}, "channels": {"discord": base("discord", allowFrom=["111"], dm={"allowFrom": ["222"]}, guilds={"123": {}})}})
case(t, "discord-native-group-disabled", "native commands with groupPolicy disabled: nothing",
     {"commands": {"native": True, "useAccessGroups": False}, "channels": {"discord": base("discord", groupPolicy="disabled", guilds={"123": {}})}})
case(t, "synology-reply-accounts", "synology-chat dangerouslyAllowNameMatching in one named account",
     {"channels": {s: base(s, allowedUserIds=["a"], accounts={"b": {"token": "t2", "incomingUrl": "https://n/b", "allowedUserIds": ["b"], "dangerouslyAllowNameMatching": True}})}})
case(t, "mixed-findings-order", "channel findings after exposure/trust findings; open groups on discord and telegram",
     {"channels": {"discord": base("discord", groupPolicy="open"), "telegram": base("telegram", groupPolicy="open", dmPolicy="open", allowFrom=["*"])}})

written = 0
for (theme, name), (comment, cfg) in cases.items():
    d = os.path.join(ROOT, theme)
    os.makedirs(d, exist_ok=True)
    p = os.path.join(d, name + ".json5")
    if os.path.exists(p) and not FORCE:
        continue
    with open(p, "w") as f:
        f.write("// " + comment + "\n" + json.dumps(cfg, indent=2) + "\n")
    written += 1
print(f"{len(cases)} cases, {written} written")
