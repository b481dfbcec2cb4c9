#!/usr/bin/env node
// Differential fuzzing of our JSON5 parser against the real json5 2.2.3.
// Generates random JSON5-ish texts (grammar-generated values, mutated
// recorded cases, token soup), runs both parsers and reports every input
// where acceptance, value or error message differ. A development tool: CI
// only uses the recorded cases.
//
// Usage:
//   g++ -std=c++20 -O1 -fsanitize=address,undefined -Ilinter \
//     scripts/json5/json5_driver.cpp linter/json5/json5.cpp -o /tmp/json5_driver
//   node scripts/json5/fuzz-diff.js /tmp/json5_driver [count] [seed]
'use strict'
const path = require('path')
const {execFileSync} = require('child_process')
const {findJson5} = require('./find-json5')

const driver = process.argv[2]
const count = Number(process.argv[3] || 20000)
let seed = Number(process.argv[4] || 1)
if (!driver) {
  console.error('usage: fuzz-diff.js <json5_driver> [count] [seed]')
  process.exit(2)
}
const JSON5 = require(path.join(findJson5(), 'lib', 'index.js'))
const cases = require('./cases.js')

function rand(n) {  // deterministic xorshift
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) % n
}
const pick = (xs) => xs[rand(xs.length)]

const spaces = [' ', '\n', '\r\n', '\t', '\u00a0', '\ufeff', '\u2028',
                '\u3000', '\r', '\v', '// c\n', '/* c */', '/**/']
const keys = ['a', '$', '_x', 'b1', '"q"', "'s'", '\\u0061', 'a\\u0062',
              'null', 'true', '__proto__', '\u00e9t\u00e9', '\u{1D465}',
              '"\\uD800"', '"1"', "'0'", 'k\u200c', '""']
const scalars = ['1', '-1', '+1', '.5', '5.', '0x1F', '-0x0', '1e3', '-0',
                 '0.0e-1', 'Infinity', '-Infinity', 'NaN', '+NaN', 'null',
                 'true', 'false', '"s"', "'t'", '"\\x41\\u00e9"',
                 '"a\\\nb"', '"\\uD83D\\uDE00"', '"\\0"', "'\u2028'",
                 '"\u{1F600}"', '123456789012345678901', '0x' + 'f'.repeat(20)]
const soup = ['{', '}', '[', ']', ':', ',', '"', "'", '\\', '/', '*', '\n',
              '\r', ' ', 'u', 'x', '0', '1', '9', 'e', 'E', '.', '+', '-',
              'a', 'I', 'N', 'n', 't', 'f', '\u2028', '\ufeff', '\u00a0',
              '\u{1F600}', '\u0301', '\u200c', '\0', '\x01', '\u00e9', '$']

function ws() {
  let out = ''
  while (rand(3) === 0) out += pick(spaces)
  return out
}

function value(depth) {
  const r = rand(depth > 4 ? 1 : 4)
  if (r === 0) return pick(scalars)
  if (r === 1) {
    const n = rand(4)
    const items = []
    for (let i = 0; i < n; i++) items.push(ws() + value(depth + 1) + ws())
    return '[' + items.join(',') + (rand(3) === 0 ? ',' : '') + ws() + ']'
  }
  const n = rand(4)
  const members = []
  for (let i = 0; i < n; i++) {
    members.push(ws() + pick(keys) + ws() + ':' + ws() + value(depth + 1))
  }
  return '{' + members.join(',') + (rand(3) === 0 ? ',' : '') + ws() + '}'
}

function mutate(s) {
  const chars = Array.from(s)
  const edits = 1 + rand(3)
  for (let i = 0; i < edits; i++) {
    const at = rand(chars.length + 1)
    const op = rand(3)
    if (op === 0) chars.splice(at, 1)
    if (op === 1) chars.splice(at, 0, pick(soup))
    if (op === 2) chars.splice(at, 1, pick(soup))
  }
  return chars.join('')
}

// Raw bytes: a UTF-8 text with a few bytes replaced or inserted, so invalid
// sequences get decoded the way Node's readFileSync('utf-8') does.
function mutateBytes(buf) {
  const bytes = Array.from(buf)
  const edits = 1 + rand(3)
  for (let i = 0; i < edits; i++) {
    const b = pick([0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4,
                    0xf5, 0xff, 0xa0, 0x9f, 0x90])
    bytes.splice(rand(bytes.length + 1), rand(2), b)
  }
  return Buffer.from(bytes)
}

function generateBytes() {
  const text = generate()
  const buf = Buffer.from(text, 'utf8')
  return rand(5) === 0 ? mutateBytes(buf) : buf
}

function digits(n, alphabet = '0123456789') {
  let out = ''
  for (let i = 0; i < n; i++) out += pick(alphabet)
  return out
}

// Number literals stress decimal and hex rounding, overflow, underflow.
function number() {
  const sign = pick(['', '', '-', '+'])
  if (rand(3) === 0) {
    return sign + '0x' + digits(1 + rand(300), '0123456789abcdefABCDEF0')
  }
  let out = sign + pick(['', '0', '1', '9']) + digits(rand(25))
  if (rand(2) === 0) out += '.' + digits(rand(25))
  if (rand(2) === 0) {
    out += pick(['e', 'E']) + pick(['', '+', '-']) + String(rand(400))
  }
  return out
}

function generate() {
  const r = rand(5)
  if (r === 4) return '[' + number() + ',' + number() + ']'
  if (r === 0) return ws() + value(0) + ws()
  if (r === 1) return mutate(ws() + value(0) + ws())
  if (r === 2) {
    const c = pick(cases)
    return mutate(typeof c === 'string' ? c : Buffer.from(c.hex, 'hex')
                                                   .toString('utf8'))
  }
  let out = ''
  const n = rand(12)
  for (let i = 0; i < n; i++) out += pick(soup)
  return out
}

function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                   (m) => m.length === 2 ? m[0] + '\ufffd' : '\ufffd')
}

function encode(v) {
  if (v === null || typeof v === 'boolean') return v
  if (typeof v === 'string') return wellFormed(v)
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return {$num: 'NaN'}
    if (v === Infinity) return {$num: 'Infinity'}
    if (v === -Infinity) return {$num: '-Infinity'}
    if (Object.is(v, -0)) return {$num: '-0'}
    return v
  }
  if (Array.isArray(v)) return v.map(encode)
  return {$obj: Object.keys(v).map((k) => [wellFormed(k), encode(v[k])])}
}

function reference(text) {
  try {
    return {ok: true, value: encode(JSON5.parse(text))}
  } catch (err) {
    return {ok: false, error: err.message, line: err.lineNumber,
            column: err.columnNumber}
  }
}

// Key order of our JSON lines differs (nlohmann sorts); compare canonically.
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical)
  if (v === null || typeof v !== 'object') return v
  const out = {}
  for (const k of Object.keys(v).sort()) out[k] = canonical(v[k])
  return out
}
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

console.warn = () => {}
const inputs = []
for (let i = 0; i < count; i++) inputs.push(generateBytes())
const stdin = inputs.map((b) => b.toString('hex')).join('\n') + '\n'
const ours = execFileSync(driver, {input: stdin, maxBuffer: 1 << 30})
                 .toString('utf8').trim().split('\n').map((l) => JSON.parse(l))

// Known deviation: distinct lone-surrogate keys merge once both are U+FFFD.
const loneSurrogateKeys = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/
let failures = 0
for (let i = 0; i < inputs.length; i++) {
  const text = inputs[i].toString('utf8')
  const want = reference(text)
  if (same(want, ours[i])) continue
  if (loneSurrogateKeys.test(text) && want.ok && ours[i].ok) continue
  failures++
  if (failures <= 20) {
    console.log(JSON.stringify({input_hex: inputs[i].toString('hex'), want,
                                got: ours[i]}))
  }
}
const accepted = ours.filter((r) => r.ok).length
console.log(`${inputs.length} inputs (${accepted} accepted), ${failures} differences`)
process.exit(failures ? 1 : 0)
