// A search box with suggestions, as the ARIA combobox pattern describes:
// typing asks castgraph's search for people and shows; the arrow keys move
// through the suggestions, Enter picks one, Escape closes the list.
import { search } from './api.js';

export function combobox(input, list, onError) {
  let hits = [];
  let active = -1;
  let timer = 0;
  let pending = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren();
    hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.dataset.name = h.name;
      const name = document.createElement('span');
      name.textContent = h.name;
      const kind = document.createElement('span');
      kind.className = `kind ${h.kind}`;
      kind.textContent = h.kind;
      li.append(name, kind);
      // mousedown, not click: it comes before the input's blur.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    if (hits.length === 0) {
      close();
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
      list.children[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const pick = (i) => {
    input.value = hits[i].name;
    hits = [];
    close();
    input.dispatchEvent(new CustomEvent('picked', { bubbles: true }));
  };

  const suggest = async () => {
    const text = input.value.trim();
    if (pending) pending.abort();
    if (text.length < 2) {
      hits = [];
      render();
      return;
    }
    pending = new AbortController();
    const mine = ++seq;
    try {
      const found = await search(text, 8, pending.signal);
      if (mine !== seq || document.activeElement !== input) return;
      hits = found;
      active = -1;
      render();
    } catch (err) {
      if (err.name !== 'AbortError') onError(err);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener('keydown', (ev) => {
    const open = !list.hidden && hits.length > 0;
    switch (ev.key) {
      case 'ArrowDown':
        if (!open) {
          suggest();
          return;
        }
        active = (active + 1) % hits.length;
        render();
        ev.preventDefault();
        break;
      case 'ArrowUp':
        if (!open) return;
        active = active <= 0 ? hits.length - 1 : active - 1;
        render();
        ev.preventDefault();
        break;
      case 'Enter':
        if (open && active >= 0) {
          ev.preventDefault();
          pick(active);
        } else {
          close();
        }
        break;
      case 'Escape':
        if (open) {
          ev.preventDefault();
          close();
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    seq++;
    close();
  });
  return { close };
}
