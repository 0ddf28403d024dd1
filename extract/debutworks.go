package extract

// The parts of a screen debut that debutOn passes over: the co-stars
// between "debut" and its work, and the kind of work and "titled" before a
// title after "with"; the debutants of "T, which marked A and B's debut".

import "github.com/castgraph/castgraph/graph"

// debutScreens, before "debut", make it a screen debut: "her OTT debut",
// "his Telugu debut".
var debutScreens = set(`ott streaming web bollywood hollywood tollywood kollywood telugu tamil hindi malayalam kannada marathi bengali k-drama drama`)

// pastDebutCoStars returns where the work starts after the co-stars of a
// debut at i ("alongside A and B in T", "opposite C in T"): the "in" after
// them, or i.
func (x *extractor) pastDebutCoStars(i int) int {
	if l := x.tok(i).low; l != "alongside" && l != "opposite" {
		return i
	}
	j := i + 1
	for n := 0; n < 6; n++ {
		pe := x.personAt(j)
		if pe <= j {
			return i
		}
		switch l := x.tok(pe).low; {
		case l == "in" || l == "on":
			return pe
		case l == "and" || l == ",":
			j = pe + 1
			if x.tok(j).low == "and" {
				j++
			}
		default:
			return i
		}
	}
	return i
}

// debutWorkAt reads, after "debut with" at i, a kind of work and "titled"
// or "called" before the title ("a movie titled, T", "the film T"), or a
// title alone; it returns where the title starts, or 0.
func (x *extractor) debutWorkAt(i int) int {
	m := i
	if l := x.tok(m).low; (l == "a" || l == "an" || l == "the") && !x.tok(m).cap {
		m++
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) && !x.tok(m).has(cStopWords); q++ {
		m++ // "a romantic"
	}
	if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
		m++
		if l := x.tok(m).low; l == "titled" || l == "called" || l == "named" {
			m++
		}
		if x.tok(m).text == "," {
			m++ // "a movie titled, T"
		}
	} else if m > i {
		return 0
	}
	if !x.titleStarts(m) || x.tok(m).has(cDateWords) {
		return 0
	}
	return x.titlePrefix(m)
}

// markedDebut reads "T, which marked A and B's debut", "T marks X's
// Bollywood debut" at "debut" (k): the people whose possessive stands
// before it, after a verb of marking, are cast in the sentence's show.
func (x *extractor) markedDebut(k int) {
	if x.sshow == "" {
		return
	}
	m := k - 1
	for q := 0; q < 2 && m > 0 && x.tok(m).kind == tWord && (debutScreensIDs.has(x.tok(m).id) || x.tok(m).low == "film" || x.tok(m).low == "acting" || x.tok(m).low == "screen"); q++ {
		m-- // "Bollywood", "acting"
	}
	if x.tok(m).kind != tPoss {
		return
	}
	var people []string
	end := m
	for n := 0; n < 3; n++ {
		ps := x.personBefore(end)
		if ps >= end || !x.personShaped(ps, end) && !x.startsName(ps) {
			return
		}
		people = append(people, x.resolve(x.span(ps, end)))
		if l := x.tok(ps - 1).low; l == "and" || l == "," {
			end = ps - 1
			continue
		}
		switch v := ps - 1; x.tok(v).low {
		case "marks", "marked", "mark", "marking":
			// the work marks it: "T, which marked", "The film marked", "T marks"
			if w := x.tok(v - 1); w.low == "which" && x.tok(v-2).text == "," || w.has(cGenreNouns) && !w.cap || x.titleAt(x.introEnd(), false) == v && v > x.introEnd() {
				for _, p := range people {
					x.add(graph.KindCast, p, x.sshow, "", "")
				}
			}
		}
		return
	}
}
