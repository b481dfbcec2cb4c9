// Locates the json5 2.2.3 package used as the conformance oracle.
'use strict'
const fs = require('fs')
const os = require('os')
const path = require('path')

function findJson5(explicit) {
  const candidates = []
  if (explicit) candidates.push(explicit)
  if (process.env.JSON5_DIR) candidates.push(process.env.JSON5_DIR)
  const cache = path.join(os.homedir(), '.cache', 'openclaw-oracle')
  if (fs.existsSync(cache)) {
    for (const entry of fs.readdirSync(cache).sort()) {
      candidates.push(path.join(cache, entry, 'node_modules', 'json5'))
    }
  }
  for (const dir of candidates) {
    const pkg = path.join(dir, 'package.json')
    if (fs.existsSync(pkg) &&
        JSON.parse(fs.readFileSync(pkg, 'utf8')).version === '2.2.3') {
      return path.resolve(dir)
    }
  }
  throw new Error('json5 2.2.3 not found; pass its directory or set JSON5_DIR')
}

module.exports = {findJson5}
