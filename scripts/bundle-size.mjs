// Prints what the offline copies weigh: the service worker's precache (dist/, from `npm run build`) and
// the single file (dist-single/unrolled.html, from `npm run build:single`). Usage: node scripts/bundle-size.mjs
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (existsSync('dist/sw.js')) {
  const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/\{url:"([^"]+)",revision/g)].map((m) => m[1]);
  if (new Set(urls).size !== urls.length) console.log('note: the precache lists a file twice');
  const sizes = urls.map((u) => ({ u, n: statSync(`dist/${u}`).size }));
  const total = sizes.reduce((a, b) => a + b.n, 0);
  const kinds = {};
  for (const { u, n } of sizes) {
    const k = u.endsWith('.woff2') ? 'KaTeX fonts (woff2)' : u.startsWith('corpora/') ? 'corpora' : 'app';
    kinds[k] = (kinds[k] ?? 0) + n;
  }
  console.log(`precache: ${urls.length} files, ${kib(total)}`);
  for (const [k, n] of Object.entries(kinds)) console.log(`  ${k}: ${kib(n)}`);
} else console.log('precache: dist/sw.js missing (run npm run build)');

const single = 'dist-single/unrolled.html';
if (existsSync(single)) {
  const b = readFileSync(single);
  console.log(`single file: ${single} ${kib(b.length)} (${kib(gzipSync(b).length)} gzipped)`);
} else console.log(`single file: ${single} missing (run npm run build:single)`);
