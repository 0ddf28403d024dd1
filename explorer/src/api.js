// The explorer's calls to castgraph's /graphql, next to the page. Every
// function returns plain objects: nodes {id, kind, name} and credits
// {id, person, show, kind, character, job, seasons, evidence}.

const endpoint = new URL('graphql', window.location.href).toString();

// ApiError is an answer castgraph gave that the page cannot use: an HTTP
// failure or a GraphQL error, with its message as castgraph wrote it.
export class ApiError extends Error {
  constructor(message, code, suggestions) {
    super(message);
    this.code = code || '';
    this.suggestions = suggestions || [];
  }
}

// gql runs one query and returns {data, errors}. It throws ApiError when
// there is no data at all.
export async function gql(query, variables, signal) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(`castgraph could not be reached: ${err.message}`, 'NETWORK');
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(`castgraph answered HTTP ${res.status}: ${text.slice(0, 300)}`, 'HTTP');
  }
  const errors = body.errors || [];
  if (!body.data) {
    const e = errors[0] || { message: `castgraph answered HTTP ${res.status} with no data` };
    throw new ApiError(e.message, e.extensions && e.extensions.code, e.extensions && e.extensions.suggestions);
  }
  return { data: body.data, errors };
}

// firstError throws the first error of a response, if any.
function firstError(errors) {
  if (errors.length > 0) {
    const e = errors[0];
    const ext = e.extensions || {};
    throw new ApiError(e.message, ext.code, ext.suggestions);
  }
}

const evidenceFields = 'evidence { article sentence date }';

// search returns up to `first` people and shows matching text, best first.
export async function search(text, first, signal) {
  const { data, errors } = await gql(
    'query Suggest($text: String!, $first: Int) { search(text: $text, first: $first) { kind id name show } }',
    { text, first }, signal);
  firstError(errors);
  return (data.search || []).filter((h) => h.kind === 'person' || h.kind === 'show');
}

// resolve finds what two names are: a person, a show, both or neither,
// with search hits for the names that match nothing.
export async function resolve(from, to, signal) {
  const { data, errors } = await gql(`query Resolve($from: String!, $to: String!) {
  fp: person(name: $from) { id name }
  fs: show(title: $from) { id title }
  tp: person(name: $to) { id name }
  ts: show(title: $to) { id title }
  fx: search(text: $from, first: 6) { kind name }
  tx: search(text: $to, first: 6) { kind name }
}`, { from, to }, signal);
  firstError(errors);
  const side = (p, s, hits) => ({
    person: p ? { id: p.id, kind: 'person', name: p.name } : null,
    show: s ? { id: s.id, kind: 'show', name: s.title } : null,
    suggestions: uniq((hits || []).filter((h) => h.kind === 'person' || h.kind === 'show').map((h) => h.name)),
  });
  const r = { from: side(data.fp, data.fs, data.fx), to: side(data.tp, data.ts, data.tx) };
  for (const [s, name] of [[r.from, from], [r.to, to]]) {
    if (!s.person && !s.show && s.suggestions.length === 0) {
      s.suggestions = await wordHits(name, signal);
    }
  }
  return r;
}

// wordHits searches for each word of a name that matches nothing as a
// whole ("Lee Minjae" finds the Lees), longest word first.
async function wordHits(name, signal) {
  const words = uniq(name.split(/[\s\-–.,:;'’"]+/).filter((w) => w.length >= 2))
    .sort((a, b) => b.length - a.length).slice(0, 3);
  const names = [];
  for (const w of words) {
    const hits = await search(w, 6, signal);
    names.push(...hits.map((h) => h.name));
    if (names.length >= 6) break;
  }
  return uniq(names).slice(0, 6);
}

function uniq(names) {
  return [...new Set(names)];
}

function creditOf(personRef, showRef, c, kind) {
  const k = kind || (c.kind === 'CREW' ? 'crew' : 'cast');
  return {
    id: [personRef.id, showRef.id, k, c.character || c.job || ''].join('|'),
    person: personRef,
    show: showRef,
    kind: k,
    character: c.character || '',
    job: c.job || '',
    seasons: c.seasons || [],
    evidence: c.evidence || [],
  };
}

const personRef = (p) => ({ id: p.id, kind: 'person', name: p.name });
const showRef = (s) => ({ id: s.id, kind: 'show', name: s.title });

// linking returns the people in the cast of both shows, with their credits
// in each.
export async function linking(showA, showB, signal) {
  const roles = `character seasons show { id title } ${evidenceFields}`;
  const { data, errors } = await gql(`query Linking($a: String!, $b: String!) {
  linkingActors(showA: $a, showB: $b) { person { id name } inA { ${roles} } inB { ${roles} } }
}`, { a: showA, b: showB }, signal);
  firstError(errors);
  return (data.linkingActors || []).map((l) => {
    const p = personRef(l.person);
    return {
      person: p,
      inA: l.inA.map((c) => creditOf(p, showRef(c.show), c, 'cast')),
      inB: l.inB.map((c) => creditOf(p, showRef(c.show), c, 'cast')),
    };
  });
}

// path returns the shortest chain between two names, null when there is
// none within maxHops: its nodes, and the credits between each two of them.
export async function path(from, to, maxHops, signal) {
  const { data, errors } = await gql(`query Chain($from: String!, $to: String!, $hops: Int) {
  shortestPath(from: $from, to: $to, maxHops: $hops) { length nodes { kind id name ${evidenceFields} } }
}`, { from, to, hops: maxHops }, signal);
  firstError(errors);
  const p = data.shortestPath;
  if (!p) return null;
  const nodes = p.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, evidence: n.evidence }));
  // The path gives each step's evidence; the credits (character, job,
  // seasons) come from the people on it.
  const people = nodes.filter((n) => n.kind === 'person');
  const credits = new Map(); // person id -> credits
  if (people.length > 0) {
    const vars = {};
    const fields = people.map((n, i) => {
      vars[`n${i}`] = n.name;
      return `p${i}: person(name: $n${i}) { id name roles { character seasons show { id title } ${evidenceFields} } crew { job seasons show { id title } ${evidenceFields} } }`;
    });
    const q = `query ChainCredits(${people.map((_, i) => `$n${i}: String!`).join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
    const r = await gql(q, vars, signal);
    firstError(r.errors);
    people.forEach((n, i) => {
      const d = r.data[`p${i}`];
      if (!d) return;
      const ref = { id: n.id, kind: 'person', name: n.name };
      credits.set(n.id, [
        ...(d.roles || []).map((c) => creditOf(ref, showRef(c.show), c, 'cast')),
        ...(d.crew || []).map((c) => creditOf(ref, showRef(c.show), c, 'crew')),
      ]);
    });
  }
  const steps = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1];
    const b = nodes[i];
    const [pn, sn] = a.kind === 'person' ? [a, b] : [b, a];
    let cs = (credits.get(pn.id) || []).filter((c) => c.show.id === sn.id);
    if (cs.length === 0) {
      // Not found among the person's credits: keep the step with the
      // path's own evidence.
      cs = [{ id: `${pn.id}|${sn.id}|credit|`, person: pn, show: sn, kind: 'cast', character: '', job: '', seasons: [], evidence: b.evidence }];
    }
    steps.push({ from: a, to: b, credits: cs });
  }
  return { length: p.length, nodes, steps };
}

// neighbours returns a page of a person's or a show's credits.
export async function neighbours(node, first, after, signal) {
  const credit = `kind character job seasons ${evidenceFields}`;
  const q = node.kind === 'person'
    ? `query Filmography($name: String!, $first: Int, $after: String) {
  n: person(name: $name) { id name credits(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${credit} show { id title } } } }
}`
    : `query Cast($name: String!, $first: Int, $after: String) {
  n: show(title: $name) { id title credits(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${credit} person { id name } } } }
}`;
  const { data, errors } = await gql(q, { name: node.name, first, after: after || null }, signal);
  firstError(errors);
  if (!data.n) throw new ApiError(`castgraph no longer knows ${node.name}`, 'NOT_FOUND');
  const conn = data.n.credits;
  const credits = conn.nodes.map((c) => node.kind === 'person'
    ? creditOf(node, showRef(c.show), c)
    : creditOf(personRef(c.person), node, c));
  return { credits, total: conn.totalCount, next: conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null };
}

// reach counts the people and shows connected to a node, up to limit, by
// following credits a few nodes per request. It also says whether it met
// the node with id `target`.
export async function reach(node, limit, target, signal) {
  const seen = new Map([[node.id, node]]);
  let frontier = [node];
  let met = false;
  while (frontier.length > 0 && seen.size < limit) {
    const next = [];
    for (let i = 0; i < frontier.length && seen.size < limit; i += 8) {
      const batch = frontier.slice(i, i + 8);
      const vars = {};
      const fields = batch.map((n, j) => {
        vars[`n${j}`] = n.name;
        return n.kind === 'person'
          ? `r${j}: person(name: $n${j}) { roles { show { id title } } crew { show { id title } } }`
          : `r${j}: show(title: $n${j}) { cast { person { id name } } crew { person { id name } } }`;
      });
      const q = `query Reach(${batch.map((_, j) => `$n${j}: String!`).join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
      const { data } = await gql(q, vars, signal);
      batch.forEach((n, j) => {
        const d = data[`r${j}`];
        if (!d) return;
        const refs = n.kind === 'person'
          ? [...(d.roles || []), ...(d.crew || [])].map((c) => showRef(c.show))
          : [...(d.cast || []), ...(d.crew || [])].map((c) => personRef(c.person));
        for (const r of refs) {
          if (r.id === target) met = true;
          if (!seen.has(r.id)) {
            seen.set(r.id, r);
            next.push(r);
          }
        }
      });
    }
    frontier = next;
  }
  return { count: Math.min(seen.size, limit), more: seen.size >= limit, met };
}
