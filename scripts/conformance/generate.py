#!/usr/bin/env python3
"""Seeded generator of random, valid OpenClaw configs for the conformance corpus.

    scripts/conformance/generate.py SEED COUNT [--out DIR] [--force]

Writes DIR/seed-<SEED>-<n>.json5 for n = 1..COUNT (DIR defaults to tests/conformance/random).
The same seed always gives the same files (Python's random.Random, no other input). Existing
files are left alone unless --force is given, so records made for them stay valid.

The configs draw from the gateway, hooks, logging, discovery, tools, sandbox (agents.defaults
and agents.list) and node-command keys of the spec (shared/spec/checks-gateway.md,
config-format.md): valid enum values, plausible strings, tokens of varied lengths, sometimes
`${VAR}` templates (with or without an `env.vars` entry that defines them) or SecretRef objects
`{source:"env",provider:"default",id:"X"}` where SecretRefs are allowed (gateway.auth.token /
password, gateway.remote.token / password). Keys are chosen to be valid for both reference
releases (2026.4.29 and 2026.9.6); keys that only one release accepts (logging.redactSensitive,
gateway.controlUi.allowInsecureAuth, gateway.nodes.allowCommands/denyCommands on the 4.29 side;
gateway.nodes.commands, mcp.apps, gateway.auth.trustedProxy.deviceAutoApprove,
security.audit.suppressions on the 9.6 side) are used sparingly, so that each release refuses
well under 20 % of the configs. Known validation rules are respected: tailscale serve and funnel
only with a loopback bind (or custom 127.0.0.1), serve never with auth mode none,
gateway.auth.trustedProxy always with its required userHeader, no docker network host,
container:* networks only with dangerouslyAllowContainerNamespaceJoin, absolute bind sources
only, no unconfined seccomp/apparmor profiles, and agent rosters with exactly one default.
No model refs, channels, plugins, browser or auth profiles (they make 2026.4.29 load plugins).
"""
import argparse
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "conformance", "random"))

# Rates of keys accepted by only one release (each one makes the other release refuse the config).
ONLY_429_RATE = 0.04   # per config, per 4.29-only key family
ONLY_96_RATE = 0.03    # per config, per 9.6-only key family

HTTP_DENY = ["exec", "spawn", "shell", "fs_write", "fs_delete", "fs_move", "apply_patch",
             "sessions_spawn", "sessions_send", "gateway", "nodes"]
HTTP_429_ONLY = ["cron"]
HTTP_96_ONLY = ["terminal", "portal", "automations", "plugins", "computer", "openclaw"]
HTTP_SAFE = ["read", "web_search", "web_fetch", "image", "session_status", "memory_search", "group:runtime"]
NODE_DANGEROUS = ["camera.snap", "camera.clip", "screen.record", "contacts.add", "calendar.add",
                  "reminders.add", "sms.send", "sms.search"]
NODE_SAFE = ["location.get", "device.info", "device.status", "system.notify", "camera.list",
             "system.run", "system.which", "notifications.list", "screen.snapshot"]
NODE_ODD = ["camera.*", "system.reboot", "group:camera", "canvas.present", "my.custom", "sms send"]
BLOCKED_BINDS = ["/etc", "/proc", "/sys", "/dev", "/boot", "/run", "/var/run", "/var/run/docker.sock",
                 "/run/docker.sock", "/etc/ssl", "/root", "/var", "/"]
SAFE_BINDS = ["/srv/data", "/opt/tools", "/home/agent/work", "/data/cache", "/mnt/shared"]
ORIGINS = ["https://claw.example.com", "http://localhost:18789", "https://control.internal.net",
           "*", " ", "http://10.0.0.5:18789"]
PROXIES = ["127.0.0.1", "::1", "127.0.0.1/32", "::1/128", "10.0.0.1", "10.0.0.0/8", "192.168.1.10",
           "172.16.0.0/12", "127.0.0.0/8", " ::1 "]
VAR_NAMES = ["GW_TOKEN", "GW_PASSWORD", "OPENCLAW_GATEWAY_TOKEN", "OPENCLAW_GATEWAY_PASSWORD",
             "HOOKS_TOKEN", "CLAW_SECRET", "REMOTE_TOKEN"]
PLACEHOLDERS = ["undefined", "null", "", "   ", "changeme"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.env_vars = {}

    # -- primitives ---------------------------------------------------------------------------
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def secret(self):
        """A plaintext secret of a varied length (short ones trip the length checks)."""
        n = self.pick([4, 8, 12, 16, 20, 23, 24, 25, 32, 40, 64])
        alphabet = string.ascii_letters + string.digits + "-_"
        s = "".join(self.r.choice(alphabet) for _ in range(n))
        if self.chance(0.08):
            s = "  " + s + " "        # padding: the checks trim
        return s

    def var_template(self, names=VAR_NAMES):
        name = self.pick(names)
        if self.chance(0.5):
            self.env_vars.setdefault(name, self.secret())
        return "${" + name + "}"

    def secret_ref(self):
        name = self.pick(VAR_NAMES)
        if self.chance(0.4):
            self.env_vars.setdefault(name, self.secret())
        return {"source": "env", "provider": "default", "id": name}

    def credential(self, ref_ok=True):
        """A gateway credential: plaintext (varied), ${VAR}, SecretRef or a placeholder."""
        x = self.r.random()
        if x < 0.55:
            return self.secret()
        if x < 0.72:
            return self.var_template()
        if x < 0.88 and ref_ok:
            return self.secret_ref()
        return self.pick(PLACEHOLDERS)

    # -- sections -----------------------------------------------------------------------------
    def gateway(self, cfg):
        g = {}
        r = self.r
        ts = None
        if self.chance(0.3):
            ts = self.pick(["off", "serve", "funnel", "serve", "funnel"])
        bind = None
        if self.chance(0.75):
            if ts in ("serve", "funnel"):
                # both tailscale modes need a loopback bind (or custom 127.0.0.1)
                bind = self.pick(["loopback", "custom", "loopback"])
            else:
                bind = self.pick(["loopback", "lan", "tailnet", "auto", "custom", "lan", "loopback"])
        if bind is not None:
            g["bind"] = bind
        if bind == "custom":
            g["customBindHost"] = "127.0.0.1" if ts in ("serve", "funnel") else self.pick(
                ["127.0.0.1", "10.0.0.5", "192.168.1.20", "0.0.0.0", "  "])
        if self.chance(0.3):
            g["port"] = self.pick([18789, 18790, 19000, 8080, 443, 65000])
        if self.chance(0.2):
            g["mode"] = self.pick(["local", "local", "remote"])
        if ts is not None:
            g["tailscale"] = {"mode": ts}

        # auth
        if self.chance(0.75):
            a = {}
            modes = ["token", "password", "trusted-proxy", "none", None, None, None]
            if ts == "serve":
                modes = ["token", "password", "trusted-proxy", None, None]
            mode = self.pick(modes)
            if mode is not None:
                a["mode"] = mode
            if mode in ("token", None) and self.chance(0.8):
                a["token"] = self.credential()
            if mode in ("password", None) and self.chance(0.5 if mode is None else 0.85):
                a["password"] = self.credential()
            if mode in ("none", "trusted-proxy") and self.chance(0.15):
                a["token"] = self.secret()
            if self.chance(0.15):
                a["allowTailscale"] = self.chance(0.5)
            if self.chance(0.3):
                rl = {}
                for k, vals in (("maxAttempts", [3, 5, 10, 20]), ("windowMs", [60000, 300000]),
                                ("lockoutMs", [300000, 900000])):
                    if self.chance(0.6):
                        rl[k] = self.pick(vals)
                if self.chance(0.3):
                    rl["exemptLoopback"] = self.chance(0.5)
                a["rateLimit"] = rl
            if (mode == "trusted-proxy" and self.chance(0.8)) or self.chance(0.05):
                # userHeader is required whenever the trustedProxy object exists
                tp = {"userHeader": self.pick(["x-forwarded-user", "x-auth-request-user", "cf-access-user"])}
                if self.chance(0.4):
                    tp["requiredHeaders"] = self.r.sample(["x-forwarded-proto", "x-forwarded-host", "cf-ray"], self.r.randint(1, 2))
                if self.chance(0.6):
                    tp["allowUsers"] = self.r.sample(["alice@example.com", "bob", "ops@example.com"], self.r.randint(0, 2))
                if self.chance(0.3):
                    tp["allowLoopback"] = self.chance(0.6)
                if mode == "trusted-proxy" and self.chance(ONLY_96_RATE * 3):
                    tp["deviceAutoApprove"] = {"enabled": self.chance(0.7),
                                               "scopes": self.r.sample(["operator.read", "operator.write", "operator.admin"], self.r.randint(1, 2))}
                a["trustedProxy"] = tp
            g["auth"] = a

        if self.chance(0.4):
            g["trustedProxies"] = self.r.sample(PROXIES, self.r.randint(0, 3))
        if self.chance(0.2):
            g["allowRealIpFallback"] = self.chance(0.7)

        # control UI
        if self.chance(0.45):
            c = {}
            if self.chance(0.2):
                c["enabled"] = self.chance(0.5)
            if self.chance(0.5):
                c["allowedOrigins"] = self.r.sample(ORIGINS, self.r.randint(0, 2))
            if self.chance(0.25):
                c["dangerouslyAllowHostHeaderOriginFallback"] = self.chance(0.7)
            if self.chance(0.12):
                c["dangerouslyDisableDeviceAuth"] = self.chance(0.7)
            if self.chance(ONLY_429_RATE):
                c["allowInsecureAuth"] = self.chance(0.7)
            if self.chance(0.2):
                c["basePath"] = self.pick(["/ui", "/control", "/"])
            g["controlUi"] = c

        # HTTP tools invoke policy
        if self.chance(0.3):
            pool = HTTP_DENY + HTTP_SAFE * 2
            allow = self.r.sample(pool, self.r.randint(1, 3))
            if self.chance(ONLY_96_RATE):
                allow.append(self.pick(HTTP_96_ONLY))
            if self.chance(0.1):
                allow.append(self.pick(HTTP_429_ONLY))
            if self.chance(0.15):
                allow = [(" " + a.upper() + " ") if self.chance(0.5) else a for a in allow]
            t = {"allow": allow}
            if self.chance(0.3):
                t["deny"] = self.r.sample(HTTP_DENY, 1)
            g["tools"] = t

        # HTTP endpoints
        if self.chance(0.25):
            eps = {}
            for ep in ("chatCompletions", "responses"):
                if self.chance(0.6):
                    eps[ep] = {"enabled": self.chance(0.6)}
            g["http"] = {"endpoints": eps}

        # remote
        if self.chance(0.15):
            rem = {}
            if self.chance(0.6):
                rem["url"] = self.pick(["wss://gw.example.net", "ws://10.0.0.2:18789"])
            if self.chance(0.6):
                rem["token"] = self.credential()
            if self.chance(0.3):
                rem["password"] = self.credential()
            g["remote"] = rem

        # nodes
        if self.chance(0.3):
            n = {}
            if self.chance(0.4):
                n["browser"] = {"mode": self.pick(["auto", "manual", "off"])}
            if self.chance(0.3):
                n["pairing"] = {"autoApproveCidrs": self.r.sample(["10.0.0.0/8", "192.168.0.0/16", "100.64.0.0/10"], self.r.randint(0, 2))}
            x = self.r.random()
            if x < ONLY_429_RATE * 2:
                n["allowCommands"] = self.r.sample(NODE_DANGEROUS + NODE_SAFE, self.r.randint(1, 3))
                if self.chance(0.6):
                    n["denyCommands"] = self.r.sample(NODE_DANGEROUS + NODE_SAFE + NODE_ODD, self.r.randint(1, 2))
            elif x < ONLY_429_RATE * 2 + ONLY_96_RATE * 2:
                cmds = {"allow": self.r.sample(NODE_DANGEROUS + NODE_SAFE + ["health.summary"], self.r.randint(1, 3))}
                if self.chance(0.6):
                    cmds["deny"] = self.r.sample(NODE_DANGEROUS + NODE_SAFE + NODE_ODD, self.r.randint(1, 2))
                n["commands"] = cmds
            if n:
                g["nodes"] = n
        if self.chance(0.1):
            g["reload"] = {"mode": self.pick(["off", "hybrid"])}   # 9.6 dropped "restart" and "hot"
        if g or self.chance(0.5):
            cfg["gateway"] = g

    def hooks(self, cfg):
        if not self.chance(0.5):
            return
        h = {}
        if self.chance(0.85):
            h["enabled"] = self.chance(0.8)
        if self.chance(0.7):
            x = self.r.random()
            gw_token = cfg.get("gateway", {}).get("auth", {}).get("token")
            if x < 0.1 and isinstance(gw_token, str):
                h["token"] = gw_token                  # reuse of the gateway token
            elif x < 0.25:
                h["token"] = self.var_template(["HOOKS_TOKEN", "OPENCLAW_GATEWAY_TOKEN", "HOOK_SECRET_VALUE"])
            else:
                h["token"] = self.secret()
        if self.chance(0.3):
            h["path"] = self.pick(["/", " / ", "/hooks", "/webhooks/in", "//"])
        if self.chance(0.5):
            h["defaultSessionKey"] = self.pick(["hook:main", "webhook", "  ", "agent:main:hooks"])
        if self.chance(0.5):
            h["allowedAgentIds"] = self.r.sample(["main", "*", " * ", "ops", "research"], self.r.randint(0, 2))
        if self.chance(0.3):
            h["allowRequestSessionKey"] = self.chance(0.7)
        if self.chance(0.3):
            h["allowedSessionKeyPrefixes"] = self.r.sample(["hook:", "webhook:", " ", ""], self.r.randint(0, 2))
        if self.chance(0.15):
            h["gmail"] = {"account": "me@example.com", "allowUnsafeExternalContent": self.chance(0.6)}
        if self.chance(0.2):
            maps = []
            for i in range(self.r.randint(1, 3)):
                m = {"id": f"m{i}", "action": self.pick(["wake", "agent"])}
                if self.chance(0.5):
                    m["match"] = {"path": f"/in/{i}"}
                if self.chance(0.4):
                    m["allowUnsafeExternalContent"] = self.chance(0.6)
                maps.append(m)
            h["mappings"] = maps
        if self.chance(0.2):
            internal = {}
            if self.chance(0.5):
                internal["enabled"] = self.chance(0.7)
            if self.chance(0.4):
                internal["entries"] = {"session-memory": {"enabled": self.chance(0.7)}}
            if self.chance(0.2):
                internal["load"] = {"extraDirs": [self.pick(["/opt/hooks", " "])]}
            h["internal"] = internal
        cfg["hooks"] = h

    def logging(self, cfg):
        if not self.chance(0.3):
            return
        lg = {}
        levels = ["silent", "fatal", "error", "warn", "info", "debug", "trace"]
        if self.chance(0.6):
            lg["level"] = self.pick(levels)
        if self.chance(0.3):
            lg["consoleLevel"] = self.pick(levels)
        if self.chance(0.3):
            lg["consoleStyle"] = self.pick(["pretty", "json"])
        if self.chance(0.2):
            lg["file"] = self.pick(["/var/log/openclaw.log", "/tmp/openclaw/gateway.log"])
        if self.chance(0.2):
            lg["redactPatterns"] = ["sk-[A-Za-z0-9]{20,}"]
        if self.chance(ONLY_429_RATE * 2):
            lg["redactSensitive"] = self.pick(["off", "tools"])
        cfg["logging"] = lg

    def discovery(self, cfg):
        if not self.chance(0.3):
            return
        d = {}
        if self.chance(0.85):
            d["mdns"] = {"mode": self.pick(["off", "minimal", "full", "full"])}
        if self.chance(0.15):
            d["wideArea"] = {"domain": "claw.example.net"}
        cfg["discovery"] = d

    def tools(self, cfg):
        if not self.chance(0.35):
            return
        t = {}
        if self.chance(0.2):
            t["profile"] = self.pick(["minimal", "coding", "messaging", "full"])
        if self.chance(0.2):
            t["deny"] = self.r.sample(["exec", "browser", "group:web", "web_fetch"], self.r.randint(1, 2))
        if self.chance(0.25):
            t["elevated"] = {"enabled": self.chance(0.5)}
        if self.chance(0.3):
            ex = {}
            if self.chance(0.5):
                ex["security"] = self.pick(["deny", "allowlist", "full"])
            if self.chance(0.4):
                ex["ask"] = self.pick(["off", "on-miss", "always"])
            if self.chance(0.3):
                ex["host"] = self.pick(["auto", "sandbox", "gateway"])
            if self.chance(0.4):
                ex["applyPatch"] = {"workspaceOnly": self.chance(0.5)}
            t["exec"] = ex
        if self.chance(0.25):
            t["fs"] = {"workspaceOnly": self.chance(0.5)}
        if t:
            cfg["tools"] = t

    def docker(self):
        d = {}
        if self.chance(0.4):
            d["image"] = self.pick(["openclaw-sandbox:bookworm-slim", "ghcr.io/example/sandbox:1"])
        if self.chance(0.4):
            binds = []
            for _ in range(self.r.randint(1, 3)):
                src = self.pick(BLOCKED_BINDS + SAFE_BINDS * 2)
                binds.append(f"{src}:/mnt/{len(binds)}" + self.pick(["", ":ro", ":rw"]))
            d["binds"] = binds
        if self.chance(0.3):
            if self.chance(0.25):
                d["network"] = "container:" + self.pick(["db", "proxy"])
                d["dangerouslyAllowContainerNamespaceJoin"] = True
            else:
                d["network"] = self.pick(["none", "bridge", "openclaw-net"])
        for k in ("dangerouslyAllowReservedContainerTargets", "dangerouslyAllowExternalBindSources"):
            if self.chance(0.08):
                d[k] = self.chance(0.7)
        if self.chance(0.2):
            d["readOnlyRoot"] = self.chance(0.7)
        if self.chance(0.1):
            d["seccompProfile"] = "/etc/docker/seccomp-strict.json"
        return d

    def sandbox(self, cfg):
        if not self.chance(0.35):
            return
        agents = {}
        if self.chance(0.8):
            sb = {}
            if self.chance(0.6):
                sb["mode"] = self.pick(["off", "non-main", "all"])
            if self.chance(0.7):
                sb["docker"] = self.docker()
            if self.chance(0.3):
                sb["workspaceAccess"] = self.pick(["none", "ro", "rw"])
            if self.chance(0.2):
                sb["scope"] = self.pick(["session", "agent", "shared"])
            agents["defaults"] = {"sandbox": sb}
        if self.chance(0.25):
            lst = [{"id": "main", "default": True}]
            for aid in self.r.sample(["ops", "research", "worker"], self.r.randint(1, 2)):
                e = {"id": aid}
                if self.chance(0.7):
                    s = {}
                    if self.chance(0.5):
                        s["mode"] = self.pick(["off", "non-main", "all"])
                    if self.chance(0.7):
                        s["docker"] = self.docker()
                    e["sandbox"] = s
                lst.append(e)
            agents["list"] = lst
        if agents:
            cfg["agents"] = agents

    def extras(self, cfg):
        if self.chance(ONLY_96_RATE):
            cfg["mcp"] = {"apps": {"enabled": self.chance(0.7)}}
        if self.chance(ONLY_96_RATE):
            cfg.setdefault("security", {})["audit"] = {"suppressions": [
                {"checkId": self.pick(["gateway.loopback_no_auth", "gateway.trusted_proxies_missing", "gateway.http.no_auth"]),
                 "reason": "generated"}]}

    def config(self):
        cfg = {}
        self.gateway(cfg)
        self.hooks(cfg)
        self.logging(cfg)
        self.discovery(cfg)
        self.tools(cfg)
        self.sandbox(cfg)
        self.extras(cfg)
        if self.env_vars and self.chance(0.85):
            cfg = {"env": {"vars": dict(sorted(self.env_vars.items()))}, **cfg}
        return cfg


# -- JSON5 output ---------------------------------------------------------------------------
def ident_ok(k):
    return k and (k[0].isalpha() or k[0] in "_$") and all(c.isalnum() or c in "_$" for c in k)


def q(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        flat = "{ " + ", ".join(f"{k if ident_ok(k) else q(k)}: {dump(x, indent + 1)}" for k, x in v.items()) + " }"
        if len(v) <= 3 and len(flat) + 2 * indent <= 72 and "\n" not in flat:
            return flat
        items = []
        for k, x in v.items():
            key = k if ident_ok(k) else q(k)
            items.append(f"{pad}  {key}: {dump(x, indent + 1)},")
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(dump(x, indent + 1) for x in v) + "]"
        return "[\n" + "\n".join(f"{pad}  {dump(x, indent + 1)}," for x in v) + f"\n{pad}]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, str):
        return q(v)
    raise TypeError(type(v))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("count", type=int)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--force", action="store_true", help="overwrite existing files")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    written = kept = 0
    for n in range(1, args.count + 1):
        # One independent stream per config, so config n does not depend on COUNT.
        rng = random.Random(f"clawlint-conformance/{args.seed}/{n}")
        cfg = Gen(rng).config()
        text = (f"// Generated by scripts/conformance/generate.py {args.seed} {args.count} (config {n}); do not edit.\n"
                + dump(cfg) + "\n")
        path = os.path.join(args.out, f"seed-{args.seed}-{n}.json5")
        if os.path.exists(path) and not args.force:
            kept += 1
            continue
        with open(path, "w") as f:
            f.write(text)
        written += 1
    print(f"generate.py: {written} written, {kept} kept, in {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
