// The castgraph explorer: two names in, a drawing of how they connect out,
// with the article sentence behind every link. It talks to castgraph's own
// /graphql and to nothing else.
import cytoscape from 'cytoscape';
import './explorer.css';
import { linking, neighbours, path, reach, resolve } from './api.js';
import { combobox } from './combo.js';
import { drawStyle, fitCapped, layoutAround, layoutChain, layoutLinking } from './draw.js';
import { describe, el, evidenceList, shortLabel } from './text.js';

const DEFAULT_HOPS = 6;
const MAX_HOPS = 12;
const PAGE = 10; // credits drawn per expansion
const REACH_LIMIT = 300; // people and shows counted for a side with no path

const $ = (id) => document.getElementById(id);
const form = $('ask');
const fromInput = $('from');
const toInput = $('to');
const statusBox = $('status');
const errorBox = $('error');
const answer = $('answer');
const details = $('details');

// state is the page's own account of what it shows, for tests and for
// anyone poking at the page: window.castgraphExplorer.state.
const state = {
  status: 'idle', // idle, loading, ready, notfound, nopath, error
  question: null, // {from, to, hops}
  kind: '', // chain or linking, once answered
  chain: [], // names along the drawn chain
  linking: [], // names of the linking actors drawn
  readyAt: null, // performance.now() when the first answer was drawn
};
const intro = [...answer.childNodes].map((n) => n.cloneNode(true)); // the answer before any question
const credits = new Map(); // edge id -> credit
const expanded = new Map(); // node id -> {shown, total, next}
const expanding = new Set(); // node ids whose next page is on its way
let current = null; // AbortController of the question being answered
let drawing = 0; // counts the drawings cleared, so a late page of credits is dropped

const cy = cytoscape({
  container: $('graph'),
  style: drawStyle,
  minZoom: 0.2,
  maxZoom: 3,
  boxSelectionEnabled: false,
  selectionType: 'single',
});
window.castgraphExplorer = { state, cy };

function setStatus(s) {
  state.status = s;
  document.body.dataset.state = s;
  if (s !== 'loading' && state.readyAt === null) state.readyAt = performance.now();
}

let busyTimer = 0;
function busy(on, what) {
  clearTimeout(busyTimer);
  document.body.classList.toggle('busy', on);
  $('graph').setAttribute('aria-busy', String(on));
  if (on) {
    // Fast answers show no flicker; slow ones say what is going on.
    busyTimer = setTimeout(() => say(`${what}…`, true), 150);
  } else if (statusBox.classList.contains('loading')) {
    say('');
  }
}

function say(text, loading) {
  statusBox.textContent = text;
  statusBox.classList.toggle('loading', Boolean(loading));
}

function showError(err) {
  errorBox.hidden = false;
  errorBox.textContent = err.code === 'NETWORK' ? err.message : `castgraph answered with an error: ${err.message}`;
}

function clearError() {
  errorBox.hidden = true;
  errorBox.textContent = '';
}

// --- the drawing ---

function addNode(n, classes) {
  let node = cy.getElementById(n.id);
  if (node.empty()) {
    node = cy.add({ group: 'nodes', data: { id: n.id, kind: n.kind, name: n.name } });
  }
  if (classes) node.addClass(classes);
  return node;
}

function addCredit(c, classes) {
  addNode(c.person);
  addNode(c.show);
  credits.set(c.id, c);
  let edge = cy.getElementById(c.id);
  if (edge.empty()) {
    edge = cy.add({ group: 'edges', data: { id: c.id, source: c.person.id, target: c.show.id, label: shortLabel(c) } });
  }
  if (classes) edge.addClass(classes);
  return edge;
}

function clearDrawing() {
  drawing++;
  cy.elements().remove();
  credits.clear();
  expanded.clear();
  expanding.clear();
  details.hidden = true;
  details.replaceChildren();
}

function fit() {
  fitCapped(cy);
}

function nodeOf(ele) {
  return { id: ele.id(), kind: ele.data('kind'), name: ele.data('name') };
}

// --- details of what was clicked ---

function showEdge(edge) {
  const c = credits.get(edge.id());
  if (!c) return;
  cy.elements().unselect();
  edge.select();
  details.hidden = false;
  details.replaceChildren(
    el('h2', {}, `${c.person.name} — ${c.show.name}`),
    el('p', { className: 'credit' }, describe(c)),
    el('h3', {}, c.evidence.length === 1 ? 'Evidence' : `Evidence (${c.evidence.length} statements)`),
    evidenceList(c.evidence),
  );
}

function showNode(node) {
  const n = nodeOf(node);
  const info = expanded.get(n.id);
  const hadFocus = details.contains(document.activeElement);
  cy.elements().unselect();
  node.select();
  const what = n.kind === 'person' ? 'credits' : 'cast and crew';
  const parts = [el('h2', {}, n.name, el('span', { className: `kind ${n.kind}` }, n.kind))];
  if (info) {
    parts.push(el('p', {}, `${info.shown} of ${info.total} ${info.total === 1 ? 'credit' : 'credits'} drawn.`));
  }
  const buttons = el('p', { className: 'buttons' });
  if (!info) {
    buttons.append(el('button', { type: 'button', onclick: () => expand(node) }, `Draw ${what}`));
  } else if (info.next) {
    buttons.append(el('button', { type: 'button', className: 'more', onclick: () => expand(node) }, `Show more (${info.total - info.shown} more)`));
  }
  buttons.append(
    el('button', { type: 'button', onclick: () => { fromInput.value = n.name; fromInput.focus(); } }, 'Ask from here'),
    el('button', { type: 'button', onclick: () => { toInput.value = n.name; toInput.focus(); } }, 'Ask to here'),
  );
  parts.push(buttons);
  // The credits drawn around the node, as text too.
  const drawn = node.connectedEdges().map((ed) => credits.get(ed.id())).filter(Boolean);
  if (drawn.length > 0) {
    parts.push(el('h3', {}, 'Credits drawn'), el('ul', { className: 'credits' }, ...drawn.map((c) => el('li', {},
      el('p', {}, describe(c), ' ', evidenceButton(c))))));
  }
  details.hidden = false;
  details.replaceChildren(...parts);
  if (hadFocus) (details.querySelector('button') || details).focus();
}

// expand draws a page of a node's credits around it: the first page, or the
// next one when some are drawn.
async function expand(node) {
  const n = nodeOf(node);
  const info = expanded.get(n.id);
  if (info && !info.next) {
    showNode(node);
    return;
  }
  if (expanding.has(n.id)) return;
  expanding.add(n.id);
  clearError();
  busy(true, `Drawing the credits of ${n.name}`);
  const mine = drawing;
  try {
    const page = await neighbours(n, PAGE, info && info.next);
    if (mine !== drawing) return;
    const before = new Set(cy.nodes().map((x) => x.id()));
    page.credits.forEach((c) => addCredit(c));
    const shown = (info ? info.shown : 0) + page.credits.length;
    expanded.set(n.id, { shown, total: page.total, next: page.next });
    const added = cy.nodes().filter((x) => !before.has(x.id()));
    layoutAround(cy, cy.getElementById(n.id), added);
    say(`Drew ${shown} of ${page.total} credits of ${n.name}.`);
    showNode(cy.getElementById(n.id));
  } catch (err) {
    if (mine === drawing) showError(err);
  } finally {
    expanding.delete(n.id);
    if (mine === drawing) busy(false);
  }
}

cy.on('tap', 'edge', (ev) => showEdge(ev.target));
cy.on('tap', 'node', (ev) => {
  const node = ev.target;
  if (expanded.has(node.id())) showNode(node);
  else expand(node);
});
cy.on('tap', (ev) => {
  if (ev.target === cy) {
    cy.elements().unselect();
    details.hidden = true;
  }
});

// --- answers ---

function nodeButton(n) {
  return el('button', {
    type: 'button',
    className: `link ${n.kind}`,
    onclick: () => {
      const node = cy.getElementById(n.id);
      if (node.nonempty()) {
        showNode(node);
        details.focus();
      }
    },
  }, n.name);
}

function evidenceButton(c) {
  return el('button', {
    type: 'button',
    className: 'small',
    onclick: () => {
      const edge = cy.getElementById(c.id);
      if (edge.nonempty()) {
        showEdge(edge);
        details.focus();
      }
    },
  }, 'Select this link');
}

function creditItem(c) {
  return el('li', {}, el('p', {}, describe(c), ' ', evidenceButton(c)), evidenceList(c.evidence));
}

function drawChain(p, note) {
  clearDrawing();
  const names = p.nodes.map((n) => n.name);
  p.nodes.forEach((n, i) => addNode(n, i === 0 || i === p.nodes.length - 1 ? 'end path' : 'path'));
  p.steps.forEach((s) => s.credits.forEach((c) => addCredit(c, 'path')));
  layoutChain(cy, p.nodes);
  state.kind = 'chain';
  state.chain = names;
  state.linking = [];

  const steps = p.steps.map((s) => el('li', {},
    el('p', { className: 'step' }, nodeButton(s.from), ' → ', nodeButton(s.to)),
    el('ul', { className: 'credits' }, ...s.credits.map(creditItem))));
  const length = p.length === 1 ? 'one credit' : `${p.length} credits`;
  answer.replaceChildren(
    el('h2', {}, names.join(' → ')),
    ...(note ? [el('p', { className: 'note' }, note)] : []),
    el('p', {}, p.length === 0 ? 'Both names are the same.' : `A chain of ${length}, the shortest there is.`),
    el('ol', { className: 'steps' }, ...steps),
  );
  say(`Found a chain of ${length}: ${names.join(' → ')}.`);
}

function drawLinking(showA, showB, links) {
  clearDrawing();
  addNode(showA, 'end');
  addNode(showB, 'end');
  links.forEach((l) => {
    addNode(l.person, 'path');
    [...l.inA, ...l.inB].forEach((c) => addCredit(c, 'path'));
  });
  layoutLinking(cy, showA, showB, links.map((l) => l.person));
  state.kind = 'linking';
  state.chain = [];
  state.linking = links.map((l) => l.person.name);

  const people = links.length === 1 ? 'One actor is' : `${links.length} actors are`;
  answer.replaceChildren(
    el('h2', {}, `${showA.name} and ${showB.name}`),
    el('p', {}, `${people} in the cast of both: ${state.linking.join(', ')}.`),
    el('ul', { className: 'steps' }, ...links.map((l) => el('li', {},
      el('p', { className: 'step' }, nodeButton(l.person)),
      el('ul', { className: 'credits' }, ...[...l.inA, ...l.inB].map(creditItem))))),
  );
  say(`${people} in both ${showA.name} and ${showB.name}.`);
}

function notFound(r, from, to) {
  clearDrawing();
  const parts = [el('h2', {}, 'Nothing found')];
  for (const [side, name, input] of [[r.from, from, fromInput], [r.to, to, toInput]]) {
    if (side.person || side.show) continue;
    parts.push(el('p', {}, `castgraph knows no person or show called “${name}”.`));
    const others = side.suggestions.filter((s) => s.toLowerCase() !== name.toLowerCase());
    if (others.length > 0) {
      const list = el('ul', { className: 'suggestions', 'aria-label': `Suggestions for ${name}` });
      others.forEach((s) => list.append(el('li', {}, el('button', {
        type: 'button',
        onclick: () => {
          input.value = s;
          const q = { from: fromInput.value.trim(), to: toInput.value.trim(), hops: DEFAULT_HOPS };
          ask(q, true);
        },
      }, s))));
      parts.push(el('p', {}, 'Did you mean:'), list);
    } else {
      parts.push(el('p', {}, 'No similar names either: try part of the name, or another spelling.'));
    }
  }
  answer.replaceChildren(...parts);
  say('Nothing found: see the suggestions.');
}

async function noPath(a, b, hops, signal, note) {
  clearDrawing();
  addNode(a, 'end');
  addNode(b, 'end');
  layoutChain(cy, [a, b]);
  state.kind = 'chain';
  state.chain = [];
  const sizes = el('p', { className: 'sizes' }, 'Counting what each side connects to…');
  const parts = [
    el('h2', {}, `No chain between ${a.name} and ${b.name}`),
    ...(note ? [el('p', { className: 'note' }, note)] : []),
    el('p', {}, `No chain of at most ${hops} credits links them in this graph.`),
    sizes,
  ];
  answer.replaceChildren(...parts);
  setStatus('nopath');
  busy(false);
  say(`No chain of at most ${hops} credits between ${a.name} and ${b.name}.`);
  try {
    const [ra, rb] = await Promise.all([reach(a, REACH_LIMIT, b.id, signal), reach(b, REACH_LIMIT, a.id, signal)]);
    const count = (r) => `${r.more ? 'more than ' : ''}${r.count} ${r.count === 1 ? 'person or show' : 'people and shows'}`;
    sizes.textContent = `${a.name}'s side of the graph holds ${count(ra)}; ${b.name}'s holds ${count(rb)}.`;
    if (ra.met || rb.met) {
      sizes.append(' They are connected, by a longer chain.');
    } else if (!ra.more && !rb.more) {
      sizes.append(' No chain of any length links the two sides.');
    }
    if (hops < MAX_HOPS && (ra.met || rb.met || ra.more || rb.more)) {
      answer.append(el('p', {}, el('button', {
        type: 'button',
        onclick: () => ask({ ...state.question, hops: MAX_HOPS }, true),
      }, `Look for chains of up to ${MAX_HOPS} credits`)));
    }
  } catch (err) {
    if (err.name === 'AbortError') return;
    sizes.textContent = `Could not count each side: ${err.message}`;
  }
}

// --- questions ---

function questionFromURL() {
  const q = new URLSearchParams(window.location.search);
  const hops = Number.parseInt(q.get('hops') || '', 10);
  return {
    from: (q.get('from') || '').trim(),
    to: (q.get('to') || '').trim(),
    hops: hops >= 1 && hops <= MAX_HOPS ? hops : DEFAULT_HOPS,
  };
}

function urlOf(q) {
  const p = new URLSearchParams({ from: q.from, to: q.to });
  if (q.hops !== DEFAULT_HOPS) p.set('hops', String(q.hops));
  return `${window.location.pathname}?${p.toString().replace(/\+/g, '%20')}`;
}

async function ask(q, push) {
  if (current) current.abort();
  const ctl = new AbortController();
  current = ctl;
  const { signal } = ctl;
  state.question = q;
  fromInput.value = q.from;
  toInput.value = q.to;
  if (push) window.history.pushState(null, '', urlOf(q));
  document.title = `${q.from} and ${q.to} · castgraph explorer`;
  clearError();
  setStatus('loading');
  busy(true, `Looking for ${q.from} and ${q.to}`);
  try {
    const r = await resolve(q.from, q.to, signal);
    if (signal.aborted) return;
    if (!(r.from.person || r.from.show) || !(r.to.person || r.to.show)) {
      notFound(r, q.from, q.to);
      setStatus('notfound');
      return;
    }
    const a = r.from.person || r.from.show;
    const b = r.to.person || r.to.show;
    let note = '';
    if (!r.from.person && !r.to.person && a.id !== b.id) {
      const links = await linking(a.name, b.name, signal);
      if (signal.aborted) return;
      if (links.length > 0) {
        drawLinking(a, b, links);
        setStatus('ready');
        return;
      }
      note = `No actor is credited in the cast of both ${a.name} and ${b.name}.`;
    }
    const p = await path(q.from, q.to, q.hops, signal);
    if (signal.aborted) return;
    if (p) {
      drawChain(p, note);
      setStatus('ready');
      return;
    }
    await noPath(a, b, q.hops, signal, note);
  } catch (err) {
    if (err.name === 'AbortError') return;
    clearDrawing();
    answer.replaceChildren(el('h2', {}, 'No answer'), el('p', {}, err.message));
    showError(err);
    say('castgraph answered with an error.');
    setStatus('error');
  } finally {
    if (current === ctl) busy(false);
  }
}

function askFromForm(ev) {
  ev.preventDefault();
  const from = fromInput.value.trim();
  const to = toInput.value.trim();
  if (!from || !to) {
    clearError();
    say(`Type a name in ${from ? 'To' : 'From'}.`);
    (from ? toInput : fromInput).focus();
    return;
  }
  ask({ from, to, hops: DEFAULT_HOPS }, true);
}

form.addEventListener('submit', askFromForm);
combobox(fromInput, $('from-list'), showError);
combobox(toInput, $('to-list'), showError);
// With From picked and To empty, go on to To.
fromInput.addEventListener('picked', () => {
  if (!toInput.value.trim()) toInput.focus();
});
$('swap').addEventListener('click', () => {
  [fromInput.value, toInput.value] = [toInput.value, fromInput.value];
});
$('fit').addEventListener('click', fit);
window.addEventListener('popstate', () => load());
// A drawing box that changes size (a phone turned, a window resized) gets
// the drawing fitted to it again.
let boxWidth = 0;
new ResizeObserver(() => {
  const w = $('graph').clientWidth;
  if (w === boxWidth) return;
  boxWidth = w;
  cy.resize();
  if (cy.elements().nonempty()) fitCapped(cy);
}).observe($('graph'));

function load() {
  const q = questionFromURL();
  if (q.from && q.to) {
    ask(q, false);
    return;
  }
  if (current) current.abort();
  fromInput.value = q.from;
  toInput.value = q.to;
  clearDrawing();
  clearError();
  say('');
  answer.replaceChildren(...intro.map((n) => n.cloneNode(true)));
  state.kind = '';
  state.chain = [];
  state.linking = [];
  setStatus('idle');
}

load();
