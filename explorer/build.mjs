// Bundles the explorer into ../schema/explorer/dist: the page, one minified
// script and one stylesheet, so the page loads nothing from outside
// castgraph.
import * as esbuild from 'esbuild';
import { copyFileSync, rmSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

// EXPLORER_OUT (a directory, ending in /) builds elsewhere, for
// scripts/build-explorer --check.
const out = process.env.EXPLORER_OUT || new URL('../schema/explorer/dist/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: { explorer: 'src/index.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  loader: { '.svg': 'dataurl', '.png': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync('src/explore.html', out + 'explore.html');

// A bundle that reaches for the network would break the offline promise.
for (const name of readdirSync(out)) {
  const text = readFileSync(out + name, 'utf8');
  for (const m of text.matchAll(/(?:@import\s+url\(|url\(|\b(?:src|href)=)\s*["']?(https?:)?\/\//g)) {
    throw new Error(`${name}: refers to a remote resource near ${JSON.stringify(text.slice(m.index, m.index + 80))}`);
  }
}
console.log(`explorer built into ${process.env.EXPLORER_OUT ? out : 'schema/explorer/dist'}:`);
for (const name of readdirSync(out).sort()) {
  console.log(`  ${name}`);
}
