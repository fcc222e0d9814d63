// 征兵自测 rules engine, as an ES module for portals. Everything runs in this page; nothing is sent.
//
//   import init, { check, benefits, plan, rounds, places, sources } from './engine/index.js';
//   await init();                       // fetches ./enlistment-rules_bg.wasm beside this file
//   const report = check({ round: '2027-H1', sex: 'male', birth_year: 2007, height_cm: 172 });
//
// check(), benefits() and plan() take an object (or JSON text) in the command-line tool's format and return
// an object: the report, estimate or plan, or { error: { field, code, message } }. See docs/embedding.md.
import wasmInit, * as raw from './enlistment-rules.js';

const text = (input) => (typeof input === 'string' ? input : JSON.stringify(input));

export default function init(options) {
  return wasmInit(options ?? { module_or_path: new URL('./enlistment-rules_bg.wasm', import.meta.url) });
}
export const check = (input) => JSON.parse(raw.check(text(input)));
export const benefits = (input) => JSON.parse(raw.benefits(text(input)));
export const plan = (input) => JSON.parse(raw.plan(text(input)));
export const rounds = () => JSON.parse(raw.rounds());
export const places = () => JSON.parse(raw.places());
export const sources = () => JSON.parse(raw.sources());
