package extract

// A film named with its year and its maker before the noun, as obituaries
// and career pieces name films: "his role as C in the 1984 Ana Selo classic
// T", "the 1959 cult classic T", "the 1978 Rob Vane film T".

import "github.com/castgraph/castgraph/graph"

// yearMakerMask are the nouns yearMakerRule reads at: after "the 1984 A B"
// they name a film.
var yearMakerMask = wordMask("classic", "film", "movie", "feature", "thriller", "comedy", "drama", "western", "musical")

// yearNounTitle reads, at m, a year, a maker's name of two or more words
// and a noun before a title: "1984 Ana Selo classic T", "1959 cult classic
// T", "1984 classic T". It returns where the title starts and where the
// maker's name spans (0, 0 when none), or 0.
func (x *extractor) yearNounTitle(m int) (ti, ps, pe int) {
	if !yearToken(x.tok(m)) {
		return 0, 0, 0
	}
	n := m + 1
	if e := x.personAt(n); e > n+1 && e < n+5 {
		ps, pe, n = n, e, e
	}
	if x.tok(n).low == "cult" && !x.tok(n).cap {
		n++
	}
	if t := x.tok(n); t.cap || !yearMakerMask.holds(t) || !x.titleStarts(n+1) {
		return 0, 0, 0
	}
	return n + 1, ps, pe
}

// yearMakerRule reads "the 1984 A B classic T": A B made T, its director.
func (x *extractor) yearMakerRule() {
	if !x.sentHasAnyWord(yearMakerMask) {
		return // no noun it reads at
	}
	t := x.toks
	for k := 3; k+1 < len(t); k++ {
		if !yearMakerMask.holds(&t[k]) || t[k].cap {
			continue
		}
		for s := k - 2; s >= k-4 && s > 0; s-- {
			if !yearToken(&t[s]) {
				continue
			}
			if ti, ps, pe := x.yearNounTitle(s); ti == k+1 && pe == k {
				if titles := x.titleList(ti); len(titles) > 0 {
					x.add(graph.KindCrew, x.resolve(x.span(ps, pe)), titles[0], "", "director")
				}
			}
			break
		}
	}
}
