// The explorer's words: how a credit reads, as a sentence for the answer
// and as a short label on the drawing, and the evidence behind it.

// el makes an element: el('p', {className: 'x'}, 'text', child, ...).
export function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'className') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

// seasonsText is "season 2", "seasons 2 and 3", "seasons 1, 2 and 4", or "".
export function seasonsText(seasons) {
  if (!seasons || seasons.length === 0) return '';
  if (seasons.length === 1) return `season ${seasons[0]}`;
  return `seasons ${seasons.slice(0, -1).join(', ')} and ${seasons[seasons.length - 1]}`;
}

// shortLabel is the label of a credit's edge: "Han Du-seok · S2",
// "director · S1–3", "cast".
export function shortLabel(c) {
  const what = c.character || c.job || (c.kind === 'crew' ? 'crew' : 'cast');
  const s = c.seasons;
  if (!s || s.length === 0) return what;
  const contiguous = s.every((n, i) => i === 0 || n === s[i - 1] + 1);
  const seasons = s.length === 1 ? `S${s[0]}` : contiguous ? `S${s[0]}–${s[s.length - 1]}` : `S${s.join(', ')}`;
  return `${what} · ${seasons}`;
}

// describe says a credit as a sentence: "Roh Jae-won plays Han Du-seok in
// All of Us Are Dead (season 2)."
export function describe(c) {
  const p = c.person.name;
  const s = c.show.name;
  let text;
  if (c.kind === 'crew') {
    text = c.job ? `${p} is credited as ${c.job} of ${s}` : `${p} works on ${s}`;
  } else {
    text = c.character ? `${p} plays ${c.character} in ${s}` : `${p} is in the cast of ${s}`;
  }
  const seasons = seasonsText(c.seasons);
  return seasons ? `${text} (${seasons}).` : `${text}.`;
}

// evidenceList shows each statement of a credit: the sentence, then the
// article and its date.
export function evidenceList(evidence) {
  if (!evidence || evidence.length === 0) {
    return el('p', { className: 'none' }, 'No sentence kept for this credit.');
  }
  return el('ul', { className: 'evidence' }, ...evidence.map((e) => el('li', {},
    el('blockquote', {}, e.sentence),
    el('p', { className: 'source' }, 'Article ', el('cite', {}, e.article), e.date ? `, ${e.date}` : ', undated'))));
}
