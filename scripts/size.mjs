// Prints the gzip size of each asset the first screen loads (dist/index.html's scripts, modulepreloads
// and stylesheets), and their total. Run after `vite build`: `npm run size`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = new Set();
for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
  const tag = m[0];
  const isJs = tag.startsWith('<script') || /rel="modulepreload"/.test(tag);
  const isCss = /rel="stylesheet"/.test(tag);
  if ((isJs || isCss) && !/^https?:/.test(m[1])) refs.add(m[1].replace(/^\.?\//, ''));
}
let js = 0;
let total = 0;
const rows = [];
for (const ref of refs) {
  const buf = readFileSync(join(dist, ref));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  if (ref.endsWith('.js')) js += gz;
  rows.push([ref, buf.length, gz]);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [ref, raw, gz] of rows)
  console.log(`${ref.padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
console.log(`initial JS: ${kb(js)} gzip; initial JS + CSS: ${kb(total)} gzip`);
