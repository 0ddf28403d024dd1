package extract

// A surname two credited people share: "Zack Snyder will direct. Deborah
// Snyder will produce. Snyder said ..." is Deborah Snyder, the one named
// last before the surname alone. After a trade's noun ("director Park"),
// the one of them credited in that trade.

import "strings"

// ambiguousSurname is nearestFull's last answer: a surname is asked of
// again and again in one sentence.
type ambiguousSurname struct {
	name string
	sent int
	full string
}

// nearestFull returns the full name ending in the surname name that the
// text names last before name stands alone in the sentence being read,
// where two or more people the article credits share that surname; else
// "". Only names the article credits count.
func (x *extractor) nearestFull(name string) string {
	if v, ok := x.know.surnameEntry(x.fold(name)); !ok || v != "" {
		return "" // no full name, or one: resolveUncached's answer
	}
	if x.amb.name == name && x.amb.sent == x.sentAt {
		return x.amb.full
	}
	full := x.fullByTrade(name) // "director Park": the one Park credited as crew
	for j := min(x.sentAt, len(x.sents)-1); j >= 0 && full == ""; j-- {
		f, two := x.lastFullIn(j, name, j == x.sentAt)
		if two {
			break // "A Park and B Park star in T. It is Park's first": either
		}
		if full = f; full != "" {
			break
		}
	}
	x.amb = ambiguousSurname{name, x.sentAt, full}
	return full
}

// lastFullIn returns the last credited full name ending in the surname name
// in sentence j, before name stands alone there when alone is set; two is
// set where the sentence names two such people.
func (x *extractor) lastFullIn(j int, name string, alone bool) (best string, two bool) {
	s := &x.sents[j]
	t := s.toks
	for a := 1; a < len(t); a++ {
		if t[a].text != name {
			continue
		}
		if !isName(&t[a-1]) || !t[a-1].cap {
			if alone {
				break // the surname alone: only names before it count
			}
			continue
		}
		st := a - 1
		for st > 0 && a-st < 3 && isName(&t[st-1]) && t[st-1].cap {
			st--
		}
		if full := cleanSpace(s.text[t[st].start:t[a].end]); x.know.person(x.fold(full)) {
			two = two || best != "" && best != full
			best = full
		}
	}
	return best, two
}

// fullByTrade returns the one credited full name that starts or ends with
// the surname name, where name stands alone in the sentence being read
// after a job noun ("director Park", "Director Park"), of a person credited
// off screen, or after a performer's noun ("actress Park"), of one credited
// on screen only; else "".
func (x *extractor) fullByTrade(name string) string {
	if x.sentAt < 0 || x.sentAt >= len(x.sents) {
		return ""
	}
	t := x.sents[x.sentAt].toks
	crew, found := false, false
	for a := 1; a < len(t) && !found; a++ {
		if t[a].text != name || isName(&t[a-1]) {
			continue
		}
		switch p := &t[a-1]; {
		case p.has(cJobNoun) && p.kind == tWord:
			crew, found = true, true
		case p.low == "actor" || p.low == "actress":
			found = true
		default:
			return "" // the first use alone names no trade
		}
	}
	if !found {
		return ""
	}
	x.know.askCredits()
	key, best := x.fold(name), ""
	for _, m := range x.know.named {
		fk, full := m.key, m.full
		sp, lsp := strings.IndexByte(full, ' '), strings.LastIndexByte(full, ' ')
		if sp < 0 || x.fold(full[:sp]) != key && x.fold(full[lsp+1:]) != key || !x.know.person(fk) || x.know.crewed(fk) != crew {
			continue
		}
		if best != "" && x.fold(best) != fk {
			return "" // two of that trade
		}
		best = full
	}
	return best
}
