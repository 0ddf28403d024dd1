package extract

// "T by X": a title and its maker, as commission news lists them ("Trauma by
// Mike Bartlett, Girlfriends by Kay Mellor and Next of Kin by Paul Rutman
// and Natasha Narayan") and festival copy credits a film ("Mon Roi (My
// King) by French director Maiwenn").

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// notMadeBy are words that stand before "by" as no title: "Photo by X",
// a wire story's "Reporting by X; Additional reporting by Y; Writing by Z".
var notMadeBy = set(`photo photos image images picture pictures video videos story report words interview art artwork
	illustration illustrations cover design source credit credits music lyrics poster posters dialogue dialogues
	screenplay script scripts choreography cinematography editing score songs costumes
	reporting writing additional compiled compilation research translation graphics photography`)

// lineupVerbs take a line-up's titles as their object: "The line-up
// features T by X", "the team have selected T by Y".
var lineupVerbs = set(`includes include features feature selected screens presents premieres boasts`)

// titleByRule reads "T by X" and "T by X and Y": crew credits in T, with
// the job a job noun before the name gives ("by French director X").
func (x *extractor) titleByRule() {
	// no "by" token (cByCue): the class is cheaper to ask; not the text's
	// " by ", for "van", "de" of other languages read as "by" are not
	if !x.sentHas(cByCue) || !x.sentHasWord(bitBy) {
		return // no token it reads
	}
	// a prize's winner is read by awardRule; only "T by director X" is read
	// here then ("the Grand Prix to T by Hungarian director X")
	award := x.sentHas(cAwardCue | cAwardLine)
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].low != "by" || t[k].cap || x.inBr[k] || x.byOneWord(k) {
			continue // "Murder by Death": the title's own "by"
		}
		if x.gappingVerb(k) {
			return // "Denmark is played by A, Norway by B": characters, read by roleRule
		}
		te := k
		if g := x.genreIsBy(k); g > 0 {
			te = g // "“T” is a comedy by X", "«T» è la nuova comedy di X": the title before "is" (genreby.go)
		} else if t[k-1].text == ")" {
			if o := x.openOf(k - 1); o > 0 {
				te = o // "Mon Roi (My King) by X": past the translated title
			}
		}
		var title string
		before := -1 // the token before the title
		if x.closeQuote(te - 1) {
			if ts := x.quotedTitlesBefore(te); len(ts) == 1 {
				title = unquote(strings.TrimRight(unquote(ts[0]), ","))
				before = x.openQuoteOf(te-1) - 1
			}
		} else if ts := x.titleBefore(te); ts < te {
			if award {
				ts = x.pastPrizeTo(ts, te) // "the Grand Prix to T by director X"
			}
			before = ts - 1
			if p := x.tok(ts - 1); ts > 0 && te == k && !(p.kind == tPunct || p.kind == tWord && !p.cap && (p.has(cStopWords|cGenreNouns) || lineupVerbsIDs.has(p.id))) {
				continue // "directed by", "written by": a verb's agent, read by crewByRule (not "the drama T by X", "features T by X")
			}
			work := x.workNounAt(ts - 1) // "the project Christa by X", "the film Celts by Y": a title, whatever its shape
			if notMadeByIDs.has(x.tok(ts).id) || x.themeSongLine(ts) || x.tok(ts).has(cNetworks|cMonth|cDateWords) || x.personShaped(ts, te) && x.startsName(ts) && te == k && !work || x.participleIn(ts, te) {
				continue // not "Directed by X", "Grand Prix: Shared by X"
			}
			title = x.span(ts, te)
			if te-ts == 1 && !x.isShow(title) && strings.Count(x.s.text, " by ") < 2 && !(ts > 0 && lineupVerbsIDs.has(x.tok(ts-1).id)) && !work {
				continue // "Dialogues by X": one word is a title only in a list of them, or a line-up verb's object
			}
		}
		if title == "" || x.isNetwork(title) || placeWords[strings.ToLower(title)] || describes(title) || x.knownPerson(title) != "" || x.noCreditName(title) || x.sourceBefore(te-1) {
			continue
		}
		m, job := k+1, ""
		for q := 0; q < 3 && m < len(t); q++ {
			if j, ok := jobNounsIDs.lookup(t[m].id); ok && !t[m].cap {
				job = j
				m++
			} else if t[m].has(cDescribe) && describesWord(t[m].low) {
				m++ // "by French director X", "by Mexican X"
			} else {
				break
			}
		}
		if award && job == "" && !x.workNounAt(before) {
			continue // "the award to the project T by X" is T's maker
		}
		for n := 0; n < 3; n++ {
			pe := x.personAt(m)
			if pe <= m || x.tok(pe).kind == tPoss {
				break
			}
			x.add(graph.KindCrew, x.span(m, pe), title, "", job)
			if x.tok(pe).low != "and" || !x.startsName(pe+1) {
				break
			}
			m = pe + 1 // "by Paul Rutman and Natasha Narayan"
		}
	}
}

// gappingVerb reports whether a verb of playing, or of an agent's, stands
// before "by" at k: "Denmark is played by A, Norway by B", "X is repped by
// CAA; Y by Gersh".
func (x *extractor) gappingVerb(k int) bool {
	for m := k - 1; m >= 0; m-- {
		switch x.toks[m].low {
		case "played", "portrayed", "voiced", "represented", "repped", "managed", "signed":
			return true
		}
	}
	return false
}

// participleIn reports whether a word from i to j is a participle or a
// prize's word, "Directed", "Bankrolled", "Chudiyan’written", "Prix": the
// words before "by" are no title.
func (x *extractor) participleIn(i, j int) bool {
	for k := i; k < j; k++ {
		w := x.toks[k].low
		if n := strings.LastIndexAny(w, "’'"); n >= 0 {
			w = w[n+1:]
		}
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") && crewBy[w] != "" || w == "prix" || w == "prize" || w == "award" {
			return true
		}
	}
	return false
}

// sourceBefore reports whether the title ending at j is a source work, a
// source noun or an adaptation's verb in the eight words before it: "adapted
// from T by X", "based on a manga series “T” by X", "the literary work ‘T’ by
// X". Its author is the show's, read by sourceRule.
func (x *extractor) sourceBefore(j int) bool {
	for m := j - 1; m >= 0 && m >= j-12; m-- {
		t := &x.toks[m]
		if t.cap {
			continue
		}
		if t.has(cSourceNouns) || t.low == "adapted" || t.low == "based" || t.low == "inspired" || t.low == "work" || t.low == "adaptation" {
			return true
		}
		if t.kind == tPunct && t.text != "," && !isQuote(t.text) && t.text != ":" {
			return false
		}
	}
	return false
}

// pastPrizeTo reads the title from ts to te past a prize given "to" it:
// "Grand Prix to Son of Saul" is Son of Saul.
func (x *extractor) pastPrizeTo(ts, te int) int {
	for m := te - 2; m > ts; m-- {
		if x.toks[m].low == "to" && !x.toks[m].cap {
			if w := x.toks[m-1].low; w == "prix" || w == "prize" || w == "award" || w == "d'or" || w == "d’or" {
				return m + 1
			}
		}
	}
	return ts
}

// titleByJob reports whether the job noun at k follows a title and "by",
// past describing words: "Son of Saul by Hungarian director X", where the
// job is in that title (read by titleByRule), not in the sentence's show.
func (x *extractor) titleByJob(k int) bool {
	m := k - 1
	for m > 0 && k-m < 3 && x.toks[m].has(cDescribe) && describesWord(x.toks[m].low) {
		m--
	}
	if m < 1 || x.toks[m].low != "by" || x.toks[m].cap {
		return false
	}
	p := x.toks[m-1]
	return p.cap && p.kind == tWord && !x.tok(m-2).has(cJobNoun) || p.text == ")" || x.closeQuote(m-1)
}

// workNounAt reports whether the word at k, before a title, names the work
// in the singular: "the project T by X", "the documentary “T” by X", where a
// prize's sentence gives T to its maker.
func (x *extractor) workNounAt(k int) bool {
	w := x.tok(k)
	if w.cap || w.kind != tWord || k < 0 {
		return false
	}
	return w.low == "project" || w.low == "film" || w.low == "documentary" || w.low == "series" || w.low == "short" || w.has(cGenreNouns) && !strings.HasSuffix(w.low, "s")
}

// themeSongLine reports whether the title at ts opens a theme song's line,
// "Opening Theme: T by X", "Ending Theme: T by Y", "Insert Song: T by Z":
// a song and its singer, no show's credit.
func (x *extractor) themeSongLine(ts int) bool {
	switch x.tok(ts).low {
	case "opening", "ending", "insert", "closing", "main":
		n := x.tok(ts + 1).low
		return n == "theme" || n == "song"
	}
	return false
}

// byOneWord reports whether "by" at k stands inside a title: one
// capitalised word before it that is no maker's verb or work's noun, and
// after it one capitalised word that ends the run and names no person nor
// network ("Murder by Death", "Stand by Me", not "Photo by Reuters",
// "Hookway by Mantel" where Mantel is a person the article names).
func (x *extractor) byOneWord(k int) bool {
	t := x.toks
	if k < 1 || k+1 >= len(t) || x.inBr[k] {
		return false
	}
	p, w := &t[k-1], &t[k+1]
	if !p.cap || p.kind != tWord || !w.cap || w.kind != tWord || strings.HasSuffix(p.low, "ed") || notMadeByIDs.has(p.id) {
		return false
	}
	if k+2 < len(t) && (t[k+2].cap && t[k+2].kind == tWord || t[k+2].kind == tPoss) {
		return false // "T by Ana Selo", "T by Selo's company": a name of two words or an owner
	}
	if w.has(cNameStart|cNetworks|cJobNoun|cDescribe) || isUpperCase(w.text) && len(w.text) > 1 || k+2 < len(t) && t[k+2].has(cJobNoun) {
		return false // "T by French director X", "by Netflix", "by BBC"
	}
	return x.knownPerson(w.text) == ""
}
