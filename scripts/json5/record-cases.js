#!/usr/bin/env node
// Records what the real json5 2.2.3 does with every input in cases.js into
// tests/data/json5/cases.json, the conformance oracle for
// tests/unit/json5_test.cpp. Run by hand after editing cases.js; CI only
// reads the recorded file.
//
// Usage: node scripts/json5/record-cases.js [path/to/node_modules/json5]
//
// Value encoding (JSON cannot hold everything JS can):
//   null, booleans, strings     as themselves (lone surrogates -> U+FFFD, the
//                               same replacement our parser makes)
//   finite numbers except -0    as JSON numbers
//   NaN, Infinity, -Infinity, -0  {"$num": "NaN" | "Infinity" | ...}
//   arrays                      as arrays
//   objects                     {"$obj": [[key, value], ...]} in JS
//                               enumeration order (Object.keys)
'use strict'
const fs = require('fs')
const path = require('path')
const {findJson5} = require('./find-json5')

const json5Dir = findJson5(process.argv[2])
const JSON5 = require(path.join(json5Dir, 'lib', 'index.js'))
const version = require(path.join(json5Dir, 'package.json')).version
const cases = require('./cases.js')

function wellFormed(s) {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i)
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1)
      if (v >= 0xdc00 && v <= 0xdfff) {
        out += s[i] + s[i + 1]
        i++
        continue
      }
    }
    out += u >= 0xd800 && u <= 0xdfff ? '\ufffd' : s[i]
  }
  return out
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

function record(entry) {
  const bytes = typeof entry === 'string' ? Buffer.from(entry, 'utf8')
                                          : Buffer.from(entry.hex, 'hex')
  // What openclaw does: fs.readFileSync(path, 'utf-8') then JSON5.parse.
  const text = bytes.toString('utf8')
  const out = typeof entry === 'string' ? {input: entry}
                                        : {input_hex: entry.hex}
  try {
    out.value = encode(JSON5.parse(text))
    out.ok = true
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err
    out.ok = false
    out.error = err.message
    out.line = err.lineNumber
    out.column = err.columnNumber
  }
  return out
}

console.warn = () => {}  // json5 warns about raw U+2028/U+2029 in strings
const seen = new Set()
const records = []
for (const entry of cases) {
  const id = typeof entry === 'string' ? 's:' + entry : 'h:' + entry.hex
  if (seen.has(id)) continue
  seen.add(id)
  records.push(record(entry))
}

const dest = path.join(__dirname, '..', '..', 'tests', 'data', 'json5',
                       'cases.json')
const body = records.map((r) => '  ' + JSON.stringify(r)).join(',\n')
fs.writeFileSync(dest, `{"json5_version": ${JSON.stringify(version)}, ` +
                           `"cases": [\n${body}\n]}\n`)
console.log(`recorded ${records.length} cases from json5 ${version} -> ${dest}`)
