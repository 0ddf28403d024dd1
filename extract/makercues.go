package extract

import "strings"

// Cues for the maker of the sentence's show named by a job noun after
// "from": "T, a new drama from Severance creator X", "the series from
// Fleabag writer X" (X made T as well as the title before the job noun).

// fromMaker reports whether the title before the job noun at k (quoted or
// not) follows a "from" that names who the sentence's show comes from:
// after a genre noun ("a new FX drama from"), after the show itself and a
// comma ("T, from"), or after the show as subject ("The series is from").
func (x *extractor) fromMaker(k int) bool {
	ts := x.titleBefore(k)
	if x.closeQuote(k - 1) {
		for ts = k - 2; ts > 0 && ts > k-14; ts-- {
			if t := x.toks[ts].text; t == "“" || t == "\"" || t == "‘" || t == "'" {
				break
			}
		}
	}
	f := ts - 1
	if x.sshow == "" || x.tok(f).low != "from" || x.tok(f).cap || x.inBr[f] {
		return false
	}
	p := x.tok(f - 1)
	switch {
	case p.has(cGenreNouns) && !p.cap:
		return true // "a new FX drama from", "the comedy from"
	case p.text == ",":
		ps := x.titleBefore(f - 1)
		return ps < f-1 && x.skey(unquote(x.span(ps, f-1))) == x.skey(x.sshow)
	}
	if p.low == "also" {
		return x.showIsSubject(f - 1) // "The series is also from"
	}
	return x.showIsSubject(f)
}

// commaTitleBy reads the title that a participle and "by" at k follow
// after a comma: "star in Dhadak, directed by X", "Splash (1984), directed
// by X", "won for “T,” written by X". It returns "" where no title stands
// there (“The film, directed by X”, “stars Tom Hanks, directed by X”).
func (x *extractor) commaTitleBy(k int) string {
	c := k - 2
	if x.tok(c).text != "," || !crewByParticiple(x.tok(k-1)) {
		return ""
	}
	e := c
	if x.tok(e-1).text == ")" && x.tok(e-2).kind == tNum && x.tok(e-3).text == "(" {
		e -= 3 // "Splash (1984),": the year is no part of the title
	}
	if isQuote(x.tok(e-1).text) && x.tok(e-2).text == "," {
		e-- // "“T,” directed by"
	}
	ts := x.titleEndingAt(e)
	if ts >= e || ts > 0 && x.tok(ts-1).kind == tPoss && !isQuote(x.tok(ts).text) {
		return "" // not "Tom's Roberts, directed by": a possessive before is a person's
	}
	switch p := x.tok(ts - 1); {
	case p.low == "by" || p.low == "about" || p.low == "of":
		return "" // "Produced by BKM, directed by X": a company; "a documentary about X"
	case (p.low == "in" || p.low == "at" || p.low == "from") && !p.cap:
		if v := x.tok(ts - 2); !v.has(cCastVerbs|cPlayVerbs) && !appearedIn[v.low] {
			return "" // "drinking buddies in Stockport, written by X": a place
		}
	case p.kind == tWord && !p.cap && !isQuote(x.tok(ts).text) && !p.has(cStopWords|cGenreNouns|cCastVerbs|cPlayVerbs) && !titleLeads[p.low]:
		return "" // "a documentary about serial killer X, directed by Y": a person
	}
	ti := unquote(x.span(ts, e))
	if !hasLetter(ti) || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(ts, e) && x.startsName(ts) {
		return ""
	}
	if e-ts == 1 && x.tok(ts).has(cStopWords|cMonth|cDateWords|cGenreNouns) {
		return ""
	}
	return ti
}

// crewByParticiple reports whether t is a participle that "by" and a
// maker follow: "directed", "written", "produced".
func crewByParticiple(t *token) bool {
	if t.cap {
		return false
	}
	switch t.low {
	case "directed", "written", "produced", "created", "co-directed", "co-written", "helmed", "penned", "scripted", "co-created", "developed":
		return true
	}
	return false
}

// appearedIn are the words before "in T" that make T a work: "appeared
// in", "his breakout came in", "a role in".
var appearedIn = set(`appeared appears appear appearing starred role roles part parts came comes debut debuted cast featured seen fame breakthrough breakout`)

// titleLeads are lower-case words that a title follows: "series including
// T", "films like T", "the hit T".
var titleLeads = set(`including include includes like titled called named hit hits classic classics`)

// moreTitles reads the titles of a list that goes on at e after its first
// title: ", T2 and T3" or " and T2". They are titles only where the list
// ends the clause (a comma or the sentence's end after the last), and
// none is shaped like a person's name ("the star of T, and Meg Ryan
// attended": a second subject).
func (x *extractor) moreTitles(e int) []string {
	var out []string
	for len(out) < 6 {
		at, last := e+1, false
		switch {
		case x.tok(e).low == "and" && !x.tok(e).cap:
			last = true
		case x.tok(e).text == "," && x.tok(e+1).low == "and":
			at, last = e+2, true
		case x.tok(e).text == ",":
		default:
			return nil
		}
		e2 := x.titleAt(at, false)
		if e2 <= at || x.personShaped(at, e2) && x.startsName(at) {
			return nil
		}
		ti := unquote(x.span(at, e2))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			return nil
		}
		out = append(out, ti)
		e = e2
		if last {
			if t := x.tok(e); t.text != "," && !(t.kind == tPunct && e == len(x.toks)-1) && e != len(x.toks) {
				return nil
			}
			return out
		}
	}
	return nil
}

// knownAsComma reads, ending at a (before "the star of T"), the words that
// make what follows an aside on the person before the comma: "X, best
// known as the star of T", "X, who was the creator of T". It returns the
// comma, or -1.
func (x *extractor) knownAsComma(a int) int {
	switch l := x.tok(a).low; {
	case l == "as" && x.tok(a-1).low == "known":
		a -= 2
		if l := x.tok(a).low; l == "best" || l == "perhaps" || l == "widely" || l == "probably" {
			a--
		}
	case (l == "was" || l == "is") && x.tok(a-1).low == "who":
		a -= 2
	default:
		return -1
	}
	if x.tok(a).text == "," {
		return a
	}
	return -1
}

// joinVerbs join a show: "X has joined T as C".
var joinVerbs = set(`join joins joined joining rejoin rejoins rejoined rejoining`)

// partnerBeforeGlue reports whether the "in" or "on" at j follows a co-star
// named after "opposite", "alongside" or "with": "stars opposite Tom Hanks
// in Night Ward" names Tom Hanks and then the title.
func (x *extractor) partnerBeforeGlue(j int) bool {
	if l := x.toks[j].low; l != "in" && l != "on" {
		return false
	}
	ps := x.personBefore(j)
	if ps >= j-1 || !x.personShaped(ps, j) || !x.startsName(ps) {
		return false
	}
	p := x.tok(ps - 1)
	return !p.cap && (p.low == "opposite" || p.low == "alongside" || p.low == "with")
}

// colonHeadline reads the title that opens a headline before a colon,
// where the article does not name it again: what follows the colon is a
// clause on casting or making it ("Silver Harbor: BBC drama adds Sarah
// Paulson", "Dhadak: Janhvi Kapoor starts shooting"), the title has no
// digit and no award's or festival's word ("Oscars 2024: ..."), and the
// text names a kind of show ("series", "film", "drama"). It returns "" where
// none does.
func (x *extractor) colonHeadline() string {
	if !x.s.head {
		return ""
	}
	c := 1
	for c < len(x.toks) && c < 6 && x.tok(c).text != ":" {
		c++
	}
	if x.tok(c).text != ":" || !x.tok(c+1).cap {
		return ""
	}
	ts := 0
	if pe := x.personAt(0); pe > 1 && x.tok(pe).kind == tPoss && x.personShaped(0, pe) && pe+1 < c {
		ts = pe + 1 // "Ranveer Singh's Dhurandhar: X joins cast": the star's or maker's title
	}
	if x.titleAt(ts, false) < c {
		return ""
	}
	for k := ts; k < c; k++ {
		if t := x.tok(k); t.kind != tWord || t.has(cAward|cStopWords|cNetworks|cJobNoun|cCastNouns|cGenreNouns) || festivalWords[t.low] || !t.cap {
			return ""
		}
	}
	title := x.span(ts, c)
	if describes(title) || notTitle(title) || explainerHeading(title) || x.personShaped(ts, c) && x.startsName(ts) || c == ts+1 && x.startsName(ts) || x.knownPerson(title) != "" || ts == 0 && strings.Count(x.a.Text, title) >= 2 {
		return "" // named again: the reading before this one's
	}
	cue := false
	for k := c + 1; k < len(x.toks); k++ {
		if t := x.tok(k); !t.cap && (t.has(cCastVerbs|cCastNouns|cCrewCues|cJobVerb|cJobNoun) || headlineVerbs[t.low] || shootWords[t.low]) {
			cue = true
			break
		}
	}
	if !cue {
		return ""
	}
	text := strings.ToLower(x.a.Text)
	for _, g := range [...]string{" series", " film", " show", " drama", " movie", " thriller", " comedy", " sitcom"} {
		if strings.Contains(text, g) {
			return title
		}
	}
	return ""
}

// festivalWords name a festival or a ceremony, which a headline may open
// with: "Cannes: ...", "Berlinale: ...".
var festivalWords = set(`oscars oscar cannes berlinale venice sundance tiff toronto sxsw festival fest awards ceremony box office review
	tollywood kollywood mollywood sandalwood interview opinion analysis explained recap preview photos pics video gallery report`)

// shootWords are a headline's words on making a film: "Dhadak: X starts
// shooting".
var shootWords = set(`shooting filming shoot shoots wrapped begins starts trailer teaser poster`)

// trimKindFrom drops, from a title read in a title-case headline, a kind of
// work and "From" before it: "‘Star Wars’ Movie From Deadpool Director
// Shawn Levy" names Deadpool before the job noun, not "Movie From
// Deadpool".
func trimKindFrom(ti string) string {
	kind, rest, ok := strings.Cut(ti, " From ")
	if !ok || strings.Contains(kind, " ") || !formatWords[strings.ToLower(kind)] && !genreNouns[strings.ToLower(kind)] {
		return ti
	}
	return rest
}

// quotedHeadlineFull returns the title the headline quotes in full where
// short is its first words and the body names it in full too: a title in
// sentence case ("‘Bilangin ang Bituin sa Langit’"), whose lower-case words
// end the title read in the body. It returns "" otherwise.
func (x *extractor) quotedHeadlineFull(short string) string {
	line, _, _ := strings.Cut(x.a.Text, "\n")
	if short == "" || len(line) > 300 {
		return ""
	}
	for _, q := range [...][2]string{{"‘", "’"}, {"“", "”"}, {"'", "'"}, {"\"", "\""}} {
		i := strings.Index(line, q[0]+short+" ")
		if i < 0 {
			continue
		}
		rest := line[i+len(q[0]):]
		j := strings.Index(rest, q[1])
		if q[1] == "’" || q[1] == "'" {
			for j > 0 && j+len(q[1]) < len(rest) && isLetterByte(rest[j+len(q[1])]) {
				k := strings.Index(rest[j+len(q[1]):], q[1]) // an apostrophe inside: "Nobody’s Fool"
				if k < 0 {
					j = -1
					break
				}
				j += len(q[1]) + k
			}
		}
		if j <= len(short) {
			continue
		}
		full := rest[:j]
		if strings.Count(x.a.Text, full) >= 2 && strings.IndexFunc(full[len(short):], isLowerRune) >= 0 {
			return full
		}
	}
	return ""
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isLowerRune(r rune) bool { return r >= 'a' && r <= 'z' }
