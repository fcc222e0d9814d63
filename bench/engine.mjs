// The engine module (dist/engine/) in Node's V8: evaluations per second through its JSON API, the
// same five applicants as crates/rules/examples/bench.rs.   node engine.mjs <dist/engine>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2]);
const mod = await import(pathToFileURL(path.join(dir, 'index.js')).href);
await mod.default({ module_or_path: fs.readFileSync(path.join(dir, 'enlistment-rules_bg.wasm')) });
const raw = await import(pathToFileURL(path.join(dir, 'enlistment-rules.js')).href);

// The same applicants as the native figure (crates/rules/examples/bench.rs).
const APPLICANTS = JSON.parse(fs.readFileSync(new URL('./applicants.json', import.meta.url), 'utf8')).map((a) => JSON.stringify(a));

for (const a of APPLICANTS) {
  const r = JSON.parse(raw.check(a));
  if (!r.verdict) throw new Error(`no verdict for ${a}: ${JSON.stringify(r)}`);
}
let n = 0;
const start = performance.now();
while (performance.now() - start < 2000) {
  for (const a of APPLICANTS) raw.check(a);
  n += APPLICANTS.length;
}
console.log(JSON.stringify({ wasmJsonPerSec: Math.round(n / ((performance.now() - start) / 1000)) }));
