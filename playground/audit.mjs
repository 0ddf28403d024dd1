// Runs the GraphQL-over-HTTP server audit of graphql-http against a live
// castgraph and prints every result. Exits 1 when any MUST item fails, 2 on
// bad usage or when the server cannot be reached.
//
//   node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2] || process.env.CASTGRAPH_URL;
if (!url) {
  console.error('usage: node audit.mjs URL (the /graphql endpoint of a running castgraph)');
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  console.error(`audit could not run against ${url}: ${err.message}`);
  process.exit(2);
}

const counts = {};
const failed = [];
for (const r of results) {
  const level = r.name.split(' ')[0];
  counts[level] ??= { ok: 0, failed: 0 };
  if (r.status === 'ok') {
    counts[level].ok++;
    console.log(`ok     ${r.id} ${r.name}`);
  } else {
    counts[level].failed++;
    failed.push(r);
    console.log(`${r.status.padEnd(6)} ${r.id} ${r.name}: ${r.reason}`);
  }
}
console.log('');
for (const level of ['MUST', 'SHOULD', 'MAY']) {
  const c = counts[level] ?? { ok: 0, failed: 0 };
  console.log(`${level}: ${c.ok} passed, ${c.failed} failed`);
}
const mustFailed = failed.filter((r) => r.name.startsWith('MUST'));
if (mustFailed.length > 0) {
  console.error(`\n${mustFailed.length} MUST item(s) failed against ${url}`);
  process.exit(1);
}
