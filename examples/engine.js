// Calling the rules engine module from plain JavaScript (docs/embedding.md).
import init, { check, rounds } from './engine/index.js';

await init();
const $ = (id) => document.getElementById(id);

for (const r of rounds()) $('round').append(new Option(`${r.round}${r.provisional ? " (provisional)" : ""}`, r.round));
$('round').value = '2027-H1';

function show(report) {
  const out = $('result');
  out.replaceChildren();
  if (report.error) {
    const p = document.createElement('p');
    p.className = 'error';
    p.dataset.field = report.error.field;
    p.textContent = `${report.error.field}: ${report.error.message}`;
    out.append(p);
    return;
  }
  const p = document.createElement('p');
  p.id = 'verdict';
  p.dataset.verdict = report.verdict;
  p.textContent = `Verdict: ${report.verdict}`;
  const table = document.createElement('table');
  for (const c of report.checks) {
    const row = table.insertRow();
    row.dataset.check = c.id;
    row.insertCell().textContent = c.id;
    row.insertCell().textContent = c.status;
  }
  out.append(p, table);
}

$('form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(check({
    round: $('round').value,
    sex: $('sex').value,
    birth_year: Number($('birth-year').value),
    education: $('education').value,
    education_status: 'graduated',
    // A number when it reads as one, else the text as typed: the engine names the field in error.
    height_cm: Number.isFinite(Number($('height').value)) ? Number($('height').value) : $('height').value,
    weight_kg: Number($('weight').value),
    vision_left: Number($('vision').value),
    vision_right: Number($('vision').value),
  }));
});
$('form').requestSubmit();
