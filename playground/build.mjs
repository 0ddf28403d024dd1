// Bundles the playground into ../schema/playground/dist: one minified
// script and one stylesheet, with every font and image inlined, so the page
// loads nothing from outside castgraph.
import * as esbuild from 'esbuild';
import { rmSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

// PLAYGROUND_OUT (a directory, ending in /) builds elsewhere, for
// scripts/build-playground --check.
const out = process.env.PLAYGROUND_OUT || new URL('../schema/playground/dist/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await esbuild.build({
  entryPoints: { playground: 'src/index.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  jsx: 'automatic',
  loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});

// A bundle that reaches for the network would break the offline promise.
for (const name of readdirSync(out)) {
  const text = readFileSync(out + name, 'utf8');
  for (const m of text.matchAll(/(?:@import\s+url\(|url\()\s*["']?(https?:)?\/\//g)) {
    throw new Error(`${name}: refers to a remote resource near ${JSON.stringify(text.slice(m.index, m.index + 80))}`);
  }
}
console.log(`playground built into ${process.env.PLAYGROUND_OUT ? out : 'schema/playground/dist'}:`);
for (const name of readdirSync(out).sort()) {
  console.log(`  ${name}`);
}
