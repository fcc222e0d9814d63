// The engine module (dist/engine/) in Node's V8: evaluations per second through its JSON API, the
// same five applicants as crates/rules/examples/bench.rs.   node engine.mjs <dist/engine>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2]);
const mod = await import(pathToFileURL(path.join(dir, 'index.js')).href);
await mod.default({ module_or_path: fs.readFileSync(path.join(dir, 'enlistment-rules_bg.wasm')) });
const raw = await import(pathToFileURL(path.join(dir, 'enlistment-rules.js')).href);

const APPLICANTS = [
  { round: '2026-H2', as_of: '2026-05-01', sex: 'male', birth_year: 2005, education: 'high_school', education_status: 'graduated', height_cm: 175, weight_kg: 65, vision_left: 4.9, vision_right: 4.9 },
  { round: '2026-H1', as_of: '2026-01-10', sex: 'female', birth_year: 2005, education: 'bachelor', education_status: 'enrolled', height_cm: 163, weight_kg: 52, vision_left: 4.8, vision_right: 4.9 },
  { round: '2027-H1', as_of: '2026-11-29', sex: 'male', birth_year: 2005, education: 'bachelor', education_status: 'enrolled', height_cm: 172, weight_kg: 66, vision_left: 5.0, vision_right: 5.0, refractive_surgery_months: 3, special_posts: 'all' },
  { round: '2025-H2', as_of: '2025-05-01', sex: 'male', birth_year: 2003, education: 'high_school', education_status: 'graduated', height_cm: 181, weight_kg: 88, vision_left: 4.6, vision_right: 5.1, tattoo: true, tattoo_exposed_cm: 4.0, political: { criminal_record: true } },
].map((a) => JSON.stringify(a));

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
