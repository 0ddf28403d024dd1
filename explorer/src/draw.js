// How the explorer draws: Cytoscape's style for people, shows and credits,
// and where nodes go for a chain, for two shows' linking actors and for a
// node's newly drawn neighbours.

const ink = '#111827';
const personFill = '#1d4ed8';
const showFill = '#b45309';
const pick = '#be123c';

export const drawStyle = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 13,
      color: ink,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': 130,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 2,
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': personFill } },
  { selector: 'node[kind = "show"]', style: { shape: 'round-rectangle', 'background-color': showFill, width: 36, height: 24 } },
  { selector: 'node.path', style: { 'font-weight': 'bold' } },
  { selector: 'node.end', style: { 'border-width': 4, 'border-color': ink, width: 36, height: 36 } },
  { selector: 'node.end[kind = "show"]', style: { width: 46, height: 30 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#6b7280',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 11,
      color: '#1f2937',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 2,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge.path', style: { width: 4, 'line-color': ink } },
  // Down a narrow drawing, names go beside the nodes and labels stay level.
  { selector: 'node.narrow', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 8, 'text-margin-y': 0, 'text-max-width': 150 } },
  { selector: 'edge.narrow', style: { 'text-rotation': 'none' } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': pick } },
  { selector: 'edge:selected', style: { width: 6, 'line-color': pick, color: pick } },
];

// fitCapped fits the drawing in its box, names included, but zooms in no
// further than 1.4, so that a short answer is not drawn huge. It fits again
// on the next frame, when the names' sizes are known for certain.
export function fitCapped(cy) {
  const fit = () => {
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
  };
  fit();
  requestAnimationFrame(fit);
}

function narrow(cy) {
  return cy.width() < 560;
}

// layoutChain puts a chain on a line across a wide drawing, snaking back
// and forth over rows when it is too long for one, and down a narrow
// drawing (a phone's).
export function layoutChain(cy, nodes) {
  const down = narrow(cy);
  cy.elements().toggleClass('narrow', down);
  const positions = {};
  const step = 170;
  const cols = Math.max(2, Math.floor((cy.width() - 120) / step) + 1);
  nodes.forEach((n, i) => {
    if (down) {
      positions[n.id] = { x: 0, y: i * 130 };
      return;
    }
    const row = Math.floor(i / cols);
    const col = row % 2 === 0 ? i % cols : cols - 1 - (i % cols);
    positions[n.id] = { x: col * step, y: row * 150 + (i % 2) * 36 };
  });
  cy.layout({ name: 'preset', positions, fit: false }).run();
  fitCapped(cy);
}

// layoutLinking puts the two shows on either side and the people who link
// them between, one above another.
export function layoutLinking(cy, a, b, people) {
  const down = narrow(cy);
  cy.elements().toggleClass('narrow', down);
  const positions = {};
  const span = down ? 260 : 520;
  positions[a.id] = { x: 0, y: 0 };
  positions[b.id] = down ? { x: 0, y: span } : { x: span, y: 0 };
  people.forEach((p, i) => {
    const off = (i - (people.length - 1) / 2) * (down ? 150 : 90);
    positions[p.id] = down ? { x: off, y: span / 2 } : { x: span / 2, y: off };
  });
  cy.layout({ name: 'preset', positions, fit: false }).run();
  fitCapped(cy);
}

// layoutAround places the nodes newly added next to `center` in a ring
// around it, with the neighbours drawn earlier that hang on center alone (an
// earlier page), clear of the rest of the drawing where it can, then fits
// the drawing.
export function layoutAround(cy, center, added) {
  cy.elements().toggleClass('narrow', narrow(cy));
  const leaves = center.neighborhood('node').filter((n) =>
    !n.hasClass('path') && !n.hasClass('end') && n.connectedEdges().every((ed) => ed.connectedNodes().contains(center)));
  const ring = leaves.union(added);
  if (added.length > 0 && ring.length > 0) {
    const c = center.position();
    const others = cy.nodes().not(ring).not(center);
    // Open the ring away from the rest of the drawing.
    let away = 0;
    if (others.length > 0) {
      const bb = others.boundingBox();
      away = Math.atan2(c.y - (bb.y1 + bb.y2) / 2, c.x - (bb.x1 + bb.x2) / 2);
    }
    const radius = Math.max(140, ring.length * 20);
    const spread = others.length > 0 ? Math.PI * 1.4 : Math.PI * 2;
    const slots = others.length > 0 ? ring.length - 1 : ring.length;
    ring.forEach((n, i) => {
      const t = ring.length === 1 ? 0 : (i / slots - 0.5) * spread;
      n.position({ x: c.x + radius * Math.cos(away + t), y: c.y + radius * Math.sin(away + t) });
    });
  }
  cy.animate({ fit: { eles: cy.elements(), padding: 36 } }, { duration: 200 });
}
