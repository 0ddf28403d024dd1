package embedded

// The evidence side of a load's merge: the templates of its sentences (see
// sentence.go), whether a credit already has a statement, and how the new
// statements go into the graph's tables.

// sentence returns the id of the template of p's evidence, adding it when
// new. person, show and detail are the fact's; cd is the detail of the
// credit it merged into (the first fact's). The template prepare made for
// the names as the fact spells them is the credit's unless the graph
// displays one of them otherwise (an alias, or a job spelled otherwise):
// then it is made again here, from the names the credit reads back with.
func (d *delta) sentence(p *prepared, person, show, detail, cd uint32) uint32 {
	t, h := p.tmpl, p.tmplHash
	if !d.spelled(p, person, show, detail, cd) {
		names := d.names(person, show, cd)
		t = string(appendTemplate(nil, p.Evidence, &names))
		h = hashSentence(t)
	}
	g, lk := d.g, d.lk
	base := uint32(g.sentences.len())
	id, ok := lk.sentences.find(h, func(id uint32) bool {
		if id >= base {
			return d.sentences[id-base] == t
		}
		return g.sentences.get(id) == t
	})
	if ok {
		return id
	}
	// New: straight into the loader's table (a failed load drops the lookups).
	id = base + uint32(len(d.sentences))
	d.sentences = append(d.sentences, t)
	d.sentBytes += len(t)
	lk.sentences.insert(h, id)
	return id
}

// spelled reports whether the credit's names read back as p spells them:
// its person and show are displayed so (prepare found them under this
// spelling, or the batch adds them with it), and it has p's character or
// job (cd is detail), the character displayed so too.
func (d *delta) spelled(p *prepared, person, show, detail, cd uint32) bool {
	g := d.g
	n := uint32(g.nodes())
	node := func(id, pre uint32, name string) bool {
		return pre != 0 || id >= n && d.newNames[id-n] == name
	}
	if cd != detail || !node(person, p.pid, p.Person) || !node(show, p.sid, p.Show) {
		return false
	}
	if k := detail &^ castBit; k != 0 && detail&castBit != 0 {
		if base := uint32(g.charName.len()); k-1 >= base {
			return d.charName[k-1-base] == p.Character
		}
		return g.charName.get(k-1) == p.Character
	}
	return true
}

// names returns the names of a credit of the batch, as memGraph.names does
// once the batch is applied.
func (d *delta) names(person, show, detail uint32) creditNames {
	g := d.g
	node := func(id uint32) string {
		if n := uint32(g.nodes()); id >= n {
			return d.newNames[id-n]
		}
		return g.nodeName.get(id)
	}
	n := creditNames{node(person), node(show)}
	k := detail &^ castBit
	switch {
	case k == 0:
	case detail&castBit != 0:
		if base := uint32(g.charName.len()); k-1 >= base {
			n[refCharacter-1] = d.charName[k-1-base]
		} else {
			n[refCharacter-1] = g.charName.get(k - 1)
		}
	default:
		if base := uint32(g.jobs.len()); k-1 >= base {
			n[refJob-1] = d.jobs[k-1-base]
		} else {
			n[refJob-1] = g.jobs.get(k - 1)
		}
	}
	return n
}

// hasEvidence reports whether credit id has a statement from article art
// whose template is sent.
func (d *delta) hasEvidence(id, art, sent uint32) bool {
	g := d.g
	head := int32(-1)
	if int(id) < len(g.credits) {
		for _, e := range g.ev[g.evOff[id]:g.evOff[id+1]] {
			if e.article == art && e.sentence == sent {
				return true
			}
		}
		if h, ok := d.evHead[id]; ok {
			head = h
		}
	} else {
		head = d.evHeadNew[int(id)-len(g.credits)]
	}
	for k := head; k >= 0; k = d.evs[k].next {
		if d.evs[k].article == art && d.evs[k].sentence == sent {
			return true
		}
	}
	return false
}

// applyEvidence adds the new statements: appended when they are all on new
// credits, merged into a new layout when older credits get some. base is
// how many credits the graph had before the batch. It changes only the
// sentences and the evidence tables.
func (d *delta) applyEvidence(base uint32) {
	g := d.g
	g.sentences.grow(len(d.sentences), d.sentBytes)
	growIn(&g.evOff, len(d.credits))
	growIn(&g.ev, len(d.evs))
	for _, s := range d.sentences {
		g.sentences.add(s)
	}
	put := func(ev []evidence, k int32) []evidence {
		for ; k >= 0; k = d.evs[k].next {
			e := d.evs[k]
			ev = append(ev, evidence{article: e.article, date: e.date, sentence: e.sentence})
		}
		return ev
	}
	if len(d.evHead) > 0 {
		ev := make([]evidence, 0, len(g.ev)+len(d.evs))
		off := make([]uint32, 1, len(g.evOff)+len(d.credits))
		for id := range base {
			ev = append(ev, g.ev[g.evOff[id]:g.evOff[id+1]]...)
			if k, ok := d.evHead[id]; ok {
				ev = put(ev, k)
			}
			off = append(off, uint32(len(ev)))
		}
		g.ev, g.evOff = ev, off
	}
	for _, k := range d.evHeadNew {
		g.ev = put(g.ev, k)
		g.evOff = append(g.evOff, uint32(len(g.ev)))
	}
}
