package extract

// Readings that keep a crew credit on its right person and show: a
// company called the team behind a work, a list's next entry, the work a
// person was in before "directed by".

// makerBehindNouns name a company in an appositive after a maker: "Produced
// by X – the team behind the hit telenovela T", "by X, the studio behind
// T". A person is never "the team behind" a show.
var makerBehindNouns = set(`team company studio studios outfit banner house firm shingle label producers`)

// companyBehind reports whether the name ending at e is followed by an
// appositive that calls it the team or company behind a work: "X – the team
// behind T", "X, the production house behind T".
func (x *extractor) companyBehind(e int) bool {
	p := x.tok(e)
	if p.text != "," && p.text != "–" && p.text != "—" && p.text != "-" && p.text != "(" {
		return false
	}
	if x.tok(e+1).low != "the" {
		return false
	}
	for k := e + 2; k < e+5 && k < len(x.toks); k++ {
		if x.tok(k).low == "behind" {
			return k > e+2 && makerBehindNounsIDs.has(x.tok(k-1).id)
		}
	}
	return false
}

// describedEntry reports whether the job noun at k opens a list's next
// entry with a describing word of its own: "T1 and French director X's T2",
// where T1 is the entry before and no title of X's.
func (x *extractor) describedEntry(k int) bool {
	d := x.tok(k - 1)
	if k < 2 || !d.cap || !d.has(cDescribe) {
		return false
	}
	p := x.tok(k - 2)
	return p.low == "and" || p.text == ","
}

// wasIn reports whether the words ending at v before "in T, directed by X"
// say someone was in T: "She was recently in T", "Recently in T" opening
// the sentence, "he was in T".
func (x *extractor) wasIn(v int) bool {
	l := x.tok(v).low
	if l == "recently" || l == "previously" || l == "lately" {
		b := x.tok(v - 1).low
		return v == 0 || b == "was" || b == "were"
	}
	return (l == "was" || l == "were") && v > 0 && x.tok(v-1).kind == tWord && !x.tok(v-1).has(cStopWords)
}
