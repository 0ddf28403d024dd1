package extract

// Prize lists, one prize a line: "Best director: X for “T” (France)",
// "Palme d’Or: “T,” X", "Grand Prix: Shared by A for “T1” and B for “T2”",
// "Best actress: X, T", "Best actor: X (T)". The prize before the colon
// says whether the winner acted, directed or wrote; a prize that names no
// job (a festival's top prize, a jury's) is crew work with no job.

import "github.com/castgraph/castgraph/graph"

// awardLineRule reads a line of a prize list.
func (x *extractor) awardLineRule() {
	if !x.sentHas(cAwardLine) {
		return // no prize word
	}
	t := x.toks
	st := bulletEnd(t)
	if len(t)-st < 3 || !t[st].cap || !prizeLine(t, st) {
		return
	}
	colon := st
	for t[colon].text != ":" {
		colon++
	}
	kind, job, _ := x.awardCategory(st, colon)
	if kind == "" {
		kind, job = graph.KindCrew, ""
	}
	r := colon + 1
	if x.tok(r).low == "shared" && x.tok(r+1).low == "by" {
		r += 2 // "Shared by A for T1 and B for T2"
	}
	for r < len(t) {
		next := x.awardLineWinner(r, kind, job)
		if next <= r {
			return
		}
		r = next
		for r < len(t) && t[r].text == "(" { // "(France)": the work's country
			for r < len(t) && t[r].text != ")" {
				r++
			}
			r++
		}
		if x.tok(r).low != "and" && x.tok(r).text != "," && x.tok(r).text != ";" {
			return
		}
		r++
	}
}

// awardLineWinner reads one winner and work at r ("X for T", "X “T”",
// "X, T", "X (T)", "“T,” X") and credits them; it returns where the pair
// ends, or r when none is there.
func (x *extractor) awardLineWinner(r int, kind, job string) int {
	for m := r; m < r+3 && x.tok(m).cap; m++ {
		if x.tok(m+1).kind == tPoss && isQuote(x.tok(m+2).text) && describes(x.span(r, m+1)) {
			// "Hong Kong’s “T” X": the work's country, no winner
			if e := x.awardWinnerAt(m+2, kind, job); e > m+2 {
				return e
			}
			return r
		}
	}
	return x.awardWinnerAt(r, kind, job)
}

// awardWinnerAt is awardLineWinner past a country's possessive.
func (x *extractor) awardWinnerAt(r int, kind, job string) int {
	if pe := x.personAt(r); pe > r && x.personShaped(r, pe) {
		winners := []string{x.resolve(x.span(r, pe))}
		if x.tok(pe).low == "and" {
			// "Hamaguchi Ryusuke and Takamasa Oe for T": one prize, two winners
			if pe2 := x.personAt(pe + 1); pe2 > pe+1 && x.personShaped(pe+1, pe2) && (x.tok(pe2).low == "for" || x.tok(pe2).text == "," && x.titleStarts(pe2+1)) { // "A and B, T"
				winners = append(winners, x.resolve(x.span(pe+1, pe2)))
				pe = pe2
			}
		}
		at := 0
		switch x.tok(pe).text {
		case "for", ",":
			at = x.awardWork(pe + 1)
		case "(":
			at = x.awardWork(pe + 1)
		default:
			if x.tok(pe).kind == tPunct && x.tok(pe).text != "“" && x.tok(pe).text != "\"" && x.tok(pe).text != "‘" {
				return r
			}
			at = x.awardWork(pe)
		}
		if at <= 0 {
			return r
		}
		e := x.titleAt(x.titlePrefix(at), false)
		if e <= at {
			return r
		}
		x.awardCredits(winners, kind, job, at)
		if x.tok(e).text == ")" && x.tok(pe).text == "(" {
			e++
		}
		return e
	}
	if at := x.awardWork(r); at > 0 {
		p := x.titlePrefix(at)
		e := x.titleAt(p, false)
		if e <= p {
			return r
		}
		w := e
		if x.tok(w).text == "(" && isQuote(x.tok(w+1).text) {
			if c := x.closeOf(w); c > w {
				w = c + 1 // "“T” (“Other Title”), X": the title in English
			}
		}
		if x.tok(w).text == "," {
			w++
		}
		if pe := x.personAt(w); pe > w && x.personShaped(w, pe) && (pe >= len(x.toks) || x.tok(pe).kind == tPunct) {
			x.awardCredits([]string{x.resolve(x.span(w, pe))}, kind, job, at)
			return pe
		}
	}
	return r
}
