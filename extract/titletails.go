package extract

// What follows a title and is no part of it: a date ("T Spring 2022"), a
// work's own title after the one it adapts ("the adaptation of T, T2."),
// words in lower case after a title set in capitals ("T in Winnipeg"), the
// year of an edition ("T 2026").

import "strings"

// dateTail cuts from a title a date written after it with no comma, a
// season of the year or a month and a year: "Season 1 of T Spring 2022
// streams on Crave" names T, and the date is when. A title that is a date
// and nothing else ("Summer 1993") is kept.
func dateTail(title string) string {
	i := strings.LastIndexByte(title, ' ')
	if i <= 0 || len(title)-i-1 != 4 || !allDigits(title[i+1:]) || title[i+1] != '1' && title[i+1] != '2' {
		return title
	}
	j := strings.LastIndexByte(title[:i], ' ')
	if j <= 0 {
		return title
	}
	if w := strings.ToLower(title[j+1 : i]); dateWords[w] && w != "today" && w != "tomorrow" && w != "yesterday" && w != "christmas" && w != "weekend" {
		return title[:j]
	}
	return title
}

// ownTitleAfter returns the title that follows a comma at e and ends the
// sentence, a work's own title after the one it comes from ("the
// Shakespearean adaptation of Romeo & Juliet, Rosaline."), or "".
func (x *extractor) ownTitleAfter(e int) string {
	if x.tok(e).text != "," || !x.titleStarts(e+1) {
		return ""
	}
	e2 := x.titleAt(e+1, false)
	if e2 <= e+1 || e2 < len(x.toks) && (x.toks[e2].kind != tPunct || x.toks[e2].text == ",") {
		return ""
	}
	title := x.span(e+1, e2)
	if x.refusedTitle(title, e+1, e2) {
		return ""
	}
	return title
}

// capsTitle reports whether a title starting at token i of t is set in
// capitals: two words in capitals, or one of five letters or more
// ("BELMARSH KNOTS", "SHORESY"; not "NCIS: Los Angeles" nor "FBI Files").
// Such a title ends at the first word not in capitals: "BELMARSH KNOTS in
// Winnipeg", "SHORESY Spring 2022".
func capsTitle(t []token, i int) bool {
	w := &t[i]
	if w.kind != tWord || !w.cap || len(w.low) < 2 || len(w.text) > 1 && 'a' <= w.text[1] && w.text[1] <= 'z' || !isUpperCase(w.text) {
		return false // most capitalized words: a letter in lower case second, read before the whole word
	}
	if len(w.low) >= 5 {
		return true
	}
	return i+1 < len(t) && t[i+1].kind == tWord && len(t[i+1].low) >= 2 && isUpperCase(t[i+1].text)
}

// kindModifiers stand between a title and its kind of show: "the T
// live-action series", "the T TV anime".
var kindModifiers = set(`live-action animated tv television anime`)

// kindAfterTitle reports whether a kind of show in lower case follows a
// title at e, perhaps after a word that says what kind ("the Oshi no Ko
// anime", "the T live-action series", "the T TV anime"): the words before
// it are the title, no part of it the kind.
func (x *extractor) kindAfterTitle(e int) bool {
	t := x.tok(e)
	if t.has(cGenreNouns) && !t.cap {
		return true
	}
	return kindModifiersIDs.has(t.id) && (!t.cap || t.text == "TV") && x.tok(e+1).has(cGenreNouns) && !x.tok(e+1).cap
}

// commaTitle reports whether tokens a to a+3 are one title of two words
// with a comma between them, "Upstairs, Downstairs": a capitalized word,
// the comma and another that ends the run, written so at least twice, and
// the first word never written without the rest.
func (x *extractor) commaTitle(a int) bool {
	t := x.toks
	if a+2 >= len(t) || t[a].kind != tWord || !t[a].cap || t[a+1].text != "," || t[a+2].kind != tWord || !t[a+2].cap || a+3 < len(t) && t[a+3].kind == tWord && t[a+3].cap {
		return false
	}
	whole := x.span(a, a+3)
	n := x.wordCount(whole)
	return n >= 2 && x.wordCount(t[a].text) == n
}

// yearTail cuts from a title a year after it, with no comma, within a
// year of the article's date (YYYY-MM-DD): "The cast of Wildmoor 2026",
// "Love Villa 2025" name the show's edition of that year. A year far from
// the date is the title's own ("Blade Runner 2049" in 2017); with no date
// the title is kept.
func yearTail(title, date string) string {
	i := strings.LastIndexByte(title, ' ')
	if i <= 0 || len(title)-i-1 != 4 || len(date) < 4 || !allDigits(title[i+1:]) || !allDigits(date[:4]) || title[i-1] == ',' || title[i-1] == ':' {
		return title
	}
	y, d := atoi4(title[i+1:]), atoi4(date[:4])
	if y < d-1 || y > d+1 {
		return title
	}
	return title[:i]
}

// atoi4 is the value of four ASCII digits.
func atoi4(s string) int {
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// genreCommaTitle reads, for a title from i after a singular kind of show
// in lower case ("the sitcom T", "the sitcom, T") whose words stop at the
// comma at j, the capitalized words after the comma as more of the same
// title: "the kids TV program Tom Corbett, Space Cadet, based on", "the
// political satire sitcom, Yes, Prime Minister and its sequel". The words
// after the comma are two or more, no person's name nor a network, and end
// the clause (a comma, a stop, or "and" before a word in lower case): not
// "In the drama T, Ana Lee plays", "the film T, Harbor Run Studios said".
// It returns where the title ends, or 0.
func (x *extractor) genreCommaTitle(i, j int) int {
	t := x.toks
	g := i - 1
	if g >= 0 && t[g].text == "," {
		g--
	}
	if g < 0 || j+1 >= len(t) || t[g].cap || !t[g].has(cGenreNouns) || strings.HasSuffix(t[g].low, "s") || !t[j+1].cap {
		return 0
	}
	e := x.titleAt(j+1, false)
	if e < j+3 || isQuote(t[j+1].text) || x.startsName(j+1) || x.isNetwork(x.span(j+1, e)) || x.knownPerson(x.span(j+1, e)) != "" {
		return 0
	}
	if e < len(t) && t[e].text != "," && t[e].text != "." && !(t[e].low == "and" && e+1 < len(t) && !t[e+1].cap) {
		return 0
	}
	return e
}

// playedInBody reports whether body writes name as a part someone plays:
// "plays Martje", "stars as Martje", "played Martje". A title-case headline's
// "T Star X Opens Up About Martje" names a character there, no show.
func playedInBody(body, name string) bool {
	for i := range indexes(body, name) {
		for _, v := range [...]string{"plays ", "played ", "playing ", "voices ", "voiced ", "portrays ", "stars as ", "role as "} {
			if strings.HasSuffix(body[:i], v) {
				return true
			}
		}
	}
	return false
}

// commaTitleBeforeNoun reads, for a title from i whose capitalized words
// stop at the comma at j, the capitalized words after one or more commas as
// more of the same title where they run on, with no "and", to a performer's
// noun in lower case: "the Please Come Back, Mister actor", "narrated by
// Truly, Madly, Deeply star X". The title opens the sentence or follows
// "the", "a", "an" or "by"; a list of titles before the noun is written
// with "and". It returns where the title ends, or 0.
func (x *extractor) commaTitleBeforeNoun(i, j int) int {
	t := x.toks
	if i > 0 {
		switch p := &t[i-1]; p.low {
		case "the", "a", "an", "by":
			if p.cap && i > 1 {
				return 0
			}
		default:
			return 0
		}
	}
	k := j
	for k < len(t) && k < i+12 {
		switch w := &t[k]; {
		case w.text == ",":
			if k+1 >= len(t) || !t[k+1].cap || t[k+1].kind != tWord {
				return 0
			}
			k++
		case w.cap && (w.kind == tWord || w.kind == tNum):
			k++
		case w.kind == tWord && w.has(cTitleGlue) && w.low != "and" && k+1 < len(t) && t[k+1].cap:
			k++
		case w.kind == tWord && !w.cap && w.has(cCastNouns) && k > j+1:
			if x.startsName(i) || w.low == "stars" || w.low == "star" && !(k+1 < len(t) && t[k+1].cap && t[k+1].kind == tWord) {
				return 0 // "by Ana Reis, T stars X": a name and a verb; "T star" only before a name
			}
			return k
		default:
			return 0
		}
	}
	return 0
}

// commaRunStart is, for the comma at k inside capitalized words that end
// before the performer's noun at j, where the title commaTitleBeforeNoun
// reads starts, or -1.
func (x *extractor) commaRunStart(k, j int) int {
	t := x.toks
	s := k
	for s > 0 && k-s < 12 {
		w := &t[s-1]
		if w.text == "," || w.cap && (w.kind == tWord || w.kind == tNum) || w.kind == tWord && w.has(cTitleGlue) && w.low != "and" && !w.cap && s >= 2 && t[s-2].cap {
			s--
			continue
		}
		break
	}
	for s < k && (t[s].text == "," || !t[s].cap) {
		s++
	}
	f := s
	for f < k && t[f].text != "," {
		f++
	}
	if s >= k || x.commaTitleBeforeNoun(s, f) != j {
		return -1
	}
	return s
}

// performerInRun is where a performer's or a job's noun that a full name
// follows stands in the capitalized words from i to j, or -1: "T Star Ana
// Selo Talks Season 2" holds a name, not one title before its season.
func (x *extractor) performerInRun(i, j int) int {
	for k := i; k+2 < j; k++ {
		if x.toks[k].has(cCastNouns|cJobNoun) && x.startsName(k+1) && x.personAt(k+1) >= k+3 {
			return k
		}
	}
	return -1
}

// hyphenGenre is cGenreNouns for a hyphenated word in lower case whose last
// part is a kind of show, "coming-of-age-drama", "sci-fi-thriller", and 0
// for any other word.
func hyphenGenre(t *token) uint64 {
	if t.cap || t.class&cGenreNouns != 0 {
		return 0
	}
	if k := strings.LastIndexByte(t.low, '-'); k > 0 && k+4 < len(t.low) && genreNouns[t.low[k+1:]] {
		return cGenreNouns
	}
	return 0
}

// joinHeadVerbs come before "T Cast" in a headline: "A B Joins T Cast".
var joinHeadVerbs = set(`joins join joined joining exits exit leaves leave`)
