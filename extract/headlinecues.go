package extract

import (
	"slices"
	"strings"
)

// Headlines that name the article's show in ways the body does not repeat:
// "Silver Harbor: BBC drama adds X" (a title before a colon), "Star's T:
// X joins cast", and a sentence-case title quoted in full
// (‘Bilangin ang Bituin sa Langit’) that the body names unquoted.

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
	described := x.colonKind(c) // "T: the new thriller from X"
	if x.tok(c).text != ":" || !x.tok(c+1).cap && !described || x.speakerColon(c) {
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
		if t := x.tok(k); t.kind != tWord || t.has(cAward|cStopWords|cNetworks|cJobNoun|cCastNouns|cGenreNouns) || festivalWordsIDs.has(t.id) || !t.cap {
			return ""
		}
	}
	title := x.span(ts, c)
	if describes(title) || notTitle(title) || explainerHeading(title) || x.personShaped(ts, c) && x.startsName(ts) || c == ts+1 && x.startsName(ts) || x.knownPerson(title) != "" || ts == 0 && strings.Count(x.a.Text, title) >= 2 {
		return "" // named again: the reading before this one's
	}
	cue := described
	for k := c + 1; k < len(x.toks) && !cue; k++ {
		if t := x.tok(k); !t.cap && (t.has(cCastVerbs|cCastNouns|cCrewCues|cJobVerb|cJobNoun) || headlineVerbsIDs.has(t.id) || shootWordsIDs.has(t.id) || exitVerbsIDs.has(t.id)) {
			cue = true
			break
		}
	}
	if !cue {
		return ""
	}
	text := strings.ToLower(x.a.Text)
	for _, g := range [...]string{" series", " film", " show", " drama", " movie", " thriller", " comedy", " sitcom", " soap", " telenovela", " teleserye", " serial"} {
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

// reviewHeadline reads a review's headline: "Barbie review: X shines",
// "Review: Barbie", "Film review – Barbie". It returns the title, or "".
func (x *extractor) reviewHeadline() string {
	if !x.s.head && (x.s.para != 0 || !x.s.first) {
		return "" // a headline may end in a full stop: "T Review: X speaks with his eyes."
	}
	t := x.toks
	r := 0
	for r < len(t) && r < 9 && t[r].low != "review" {
		r++
	}
	if r >= len(t) || r >= 9 {
		return ""
	}
	sep := func(k int) bool { return k >= len(t) || t[k].text == ":" || isDash(t[k].text) }
	var ts, te int
	switch {
	case (r == 0 || r == 1 && t[0].has(cFormatWords|cGenreNouns)) && r+1 < len(t) && sep(r+1):
		ts = r + 2 // "Review: Barbie", "Film review – Barbie"
		te = x.titleAt(ts, false)
		if te < len(t) && !sep(te) {
			return ""
		}
	case r > 0 && sep(r+1):
		ts, te = 0, r // "Barbie review: ..."
		if r >= 3 && (t[r-1].kind == tNum || numberWordsIDs.has(t[r-1].id)) && isSeasonWord(t[r-2].low) {
			te = r - 2 // "T, Season 2 review: ...", "T season two review –"
			if t[te-1].text == "," {
				te--
			}
			r = te
		}
		if isQuote(t[0].text) {
			te = x.titleAt(0, false)
		} else if x.titleAt(0, false) < r {
			return ""
		} else if x.kindBeforeReview(te) {
			te-- // "Barbie Movie Review: ...": the kind of work is no part of the title
		}
	default:
		return ""
	}
	if te <= ts || te > r && ts == 0 && te != r {
		return ""
	}
	ti := unquote(x.span(ts, te))
	if ti == "" || x.isNetwork(ti) || describes(ti) || x.personShaped(ts, te) && x.startsName(ts) {
		return ""
	}
	return ti
}

// mediumHeadline returns the show of an anime or live-action headline
// ("T Anime Reveals Cast", "T Anime Season 2 Reveals ...") and the seasons
// the headline names, or "".
func (x *extractor) mediumHeadline() (string, []int) {
	title, season := x.animeHeadline()
	if title == "" {
		title = x.liveActionHeadline()
	}
	if title == "" {
		return "", nil
	}
	seasons := x.mentionedSeasons()
	if season > 0 && !slices.Contains(seasons, season) {
		seasons = append(seasons, season) // "T Anime Season 2 Reveals ..."
	}
	return title, seasons
}

// animeHeadlineVerbs follow "T Anime" in a title-case headline.
var animeHeadlineVerbs = set(`reveals unveils casts adds announces confirms gets lists sets streams premieres debuts
	drops releases posts shares previews teases taps enlists`)

// animeHeadline reads an anime headline, "Sakamoto Days Anime Reveals
// Additional Cast", "Blue Lock anime reveals English dub cast", "Blue Orchestra Season 2 TV Anime Casts X",
// "Netflix's Dan Da Dan Anime Adds X", "T Anime Season 2 Reveals English
// Dub's Cast": the title before "Anime" and a
// headline verb, or "", with the season the headline names (0 for none).
// Title case gives no other bound to the title.
func (x *extractor) animeHeadline() (string, int) {
	if !x.s.head {
		return "", 0
	}
	t := x.toks
	st := 0
	if e := x.titleAt(0, false); e > 0 && x.tok(e).kind == tPoss && x.isNetwork(x.span(0, e)) {
		st = e + 1
	}
	for f := st + 1; f+1 < len(t) && f < st+14; f++ {
		if t[f].low != "anime" {
			continue
		}
		v, season := f+1, 0
		if v+2 < len(t) && t[v].low == "season" && t[v].cap == t[f].cap && allDigits(t[v+1].text) {
			v, season = v+2, atoi(t[v+1].text) // "T Anime Season 2 Reveals": the season is no part of the title
		}
		if t[f].cap != t[v].cap || !animeHeadlineVerbsIDs.has(t[v].id) {
			// "T Anime Reveals", or in sentence case "T anime reveals"
			continue
		}
		te := f
		if t[te-1].text == "TV" {
			te-- // "TV Anime"
		}
		if te <= st || x.titleAt(st, false) < te {
			return "", 0 // a lower-case word or a mark inside: no title
		}
		ti := x.span(st, te)
		if x.isNetwork(ti) || describes(ti) || x.personShaped(st, te) && x.startsName(st) && te-st == 2 {
			return "", 0
		}
		return ti, season
	}
	return "", 0
}

// repeatedHeadlineQuote returns the one title a headline quotes where the
// article's first sentence quotes it too, and neither calls it a person's
// earlier work ("'T' star X"): "Weekend Box Office: 'T' tops charts again"
// over "Universal's 'T' topped the box office". Else "".
func (x *extractor) repeatedHeadlineQuote() string {
	if len(x.sents) < 2 || x.sents[0].para != 0 || x.sents[1].para == 0 || !hasOpenQuote(x.sents[0].text) && !singleQuotes.has(x.sents[0].text) {
		return ""
	}
	title := x.oneQuotedTitle(0)
	if title == "" {
		return ""
	}
	if again := x.oneQuotedTitle(1); again == "" || x.fold(again) != x.fold(title) {
		return ""
	}
	return title
}

// headlineQuoteNamedAgain returns the one title a headline quotes where the
// article's text names it again further on, quoted or not, and the headline
// does not call it someone's earlier work: "Interview: X on playing a
// detective in 'T'" over the earlier show its first sentences name. Else "".
func (x *extractor) headlineQuoteNamedAgain() string {
	if len(x.sents) < 2 || x.sents[0].para != 0 || x.sents[1].para == 0 || !hasOpenQuote(x.sents[0].text) && !singleQuotes.has(x.sents[0].text) {
		return ""
	}
	if !x.sents[0].head {
		return ""
	}
	title := x.oneQuotedTitle(0)
	if title == "" || len(title) < 4 || strings.IndexAny(title[len(title)-1:], "0123456789") == 0 {
		return "" // "'T 3' confirmed": a season's number or a sequel's, left to the article's text
	}
	t := x.look(0).toks
	for k := range t {
		if !isQuote(t[k].text) || k+1 >= len(t) || !strings.HasPrefix(title, t[k+1].text) {
			continue
		}
		switch x.tok(k - 1).low {
		case "after", "since", "like", "from", "of", "than", "beyond", "before":
			return "" // "X's new role after 'T'": earlier work
		}
		e := x.titleAt(k, false)
		if w := x.tok(e).low; w == "star" || w == "stars" && x.tok(e+1).cap || w == "actor" || w == "actress" || w == "alum" || w == "creator" || w == "director" || w == "writer" || w == "maker" || w == "makers" || w == "fame" {
			return "" // "'T' Star X Joins U"
		}
		break
	}
	return title
}

// oneQuotedTitle returns the one quoted title of sentence i, where no
// casting noun follows it, or "" where it quotes none or more than one.
func (x *extractor) oneQuotedTitle(i int) string {
	s := x.look(i)
	t := s.toks
	title := ""
	for k := 0; k < len(t); k++ {
		e := x.quotedTitleAt(t, k)
		if e < 0 {
			continue
		}
		if title != "" || x.fameAfter(e) || x.tok(e).kind == tPoss || x.remadeWork(k) {
			return ""
		}
		title = unquote(x.span(k, e))
		k = e
	}
	return title
}

var fameMask = wordMask("famous", "fame", "breakout", "breakthrough")

// fameShow reports whether the sentence names its show only as the work a
// person became famous for, while the article is about another: "X became
// famous in the sitcom T." The show of the sentences that follow stays the
// article's: "She plays C" is a part in that.
func (x *extractor) fameShow() bool {
	if x.show == "" || !x.sentHasAnyWord(fameMask) || x.fold(x.sshow) == x.fold(x.show) {
		return false
	}
	t := x.toks
	for k := 1; k < len(t); k++ {
		switch t[k].low {
		case "famous":
		case "breakout", "breakthrough":
			if l := t[k-1].low; l != "her" && l != "his" && l != "their" {
				continue // "Fox's summer breakout T": the show itself
			}
		case "fame":
			if t[k-1].low != "to" {
				continue // "rose to fame in T", not "of T fame"
			}
		default:
			continue
		}
		if t[k].cap {
			continue
		}
		// the show named before the clause ends: "her breakout turn as C in the series T"
		for m := k + 1; m < len(t) && m <= k+12; m++ {
			if t[m].kind == tPunct && t[m].text != "'" && !isQuote(t[m].text) {
				break
			}
			if e := x.titleAt(m, false); e > m && x.fold(unquote(x.span(m, e))) == x.fold(x.sshow) {
				return true
			}
		}
	}
	return false
}

// remadeWork reports whether the title opening at k is the work a remake is
// made from: "its own version of hit series 'T'", "its own remake of the
// classic hit 'T'". The remake is another show, named by its own title.
func (x *extractor) remadeWork(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		t := &x.toks[m]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.low != "of" {
			continue // "the classic hit", "hit series"
		}
		switch x.tok(m - 1).low {
		case "remake", "reboot", "version":
			return x.tok(m-2).low == "own" || x.tok(m-2).low == "new" // not "the remake of T", which keeps T's title
		}
		return false
	}
	return false
}
