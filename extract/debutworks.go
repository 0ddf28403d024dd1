package extract

// The parts of a screen debut that debutOn passes over: the co-stars
// between "debut" and its work, and the kind of work and "titled" before a
// title after "with".

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
