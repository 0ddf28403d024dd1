package extract

import "strings"

// A section label in capitals above or before a headline ("NORDIC NOIR SVT
// releases T trailer", "TV NEWS X joins T") says where the outlet files the
// story: it is no part of the headline, no title and no person.

// labelWords are the words of such a label: a kind of story or of show, and
// the region it comes from ("NORDIC NOIR", "K-DRAMA NEWS", "TV REVIEW").
var labelWords = set(`news noir crime drama dramas tv television film films movie movies cinema review reviews
	exclusive exclusives interview interviews feature features casting breaking entertainment culture streaming
	update updates opinion preview previews recap soaps soap spoilers gossip showbiz celebrity trailer trailers
	anime k-drama kdrama k-dramas thriller thrillers comedy box office world international latest scandi uk us`)

// oneWordLabels are the words that make a label alone: "EXCLUSIVE X joins T".
var oneWordLabels = set(`exclusive breaking watch update opinion analysis explainer pictures photos`)

// labelEnd returns the length of the section label in capitals that opens
// the heading line, with the space after it, or 0: the label's words are all
// in capitals and are label or region words ("NORDIC NOIR", "TV NEWS"), two
// or more of them or one of oneWordLabels, and a capitalized word follows
// them (the headline's own first word, "SVT releases", "Maja Lind joins").
func labelEnd(line string) int {
	if line == "" || line[0] < 'A' || line[0] > 'Z' {
		return 0
	}
	if k := sepLabelEnd(line); k > 0 {
		return k
	}
	n, end := 0, 0
	for i := 0; i < len(line) && n < 5; {
		j := strings.IndexByte(line[i:], ' ')
		if j < 0 {
			return 0 // the label is the whole line
		}
		w := line[i : i+j]
		if len(w) < 2 || !isUpperCase(w) || !hasLetter(w) {
			break
		}
		lw := strings.ToLower(w)
		if !labelWords[lw] && !describeWords[lw] {
			break
		}
		if describeWords[lw] && !regionWord(lw) {
			break // "FORMER", "TOP": a headline's own words
		}
		n++
		i += j + 1
		end = i
	}
	if n == 0 || n == 1 && !oneWordLabels[strings.ToLower(strings.TrimSpace(line[:end]))] {
		return 0
	}
	if r := line[end]; r < 'A' || r > 'Z' {
		return 0 // "TV NEWS roundup": the words run on in the headline
	}
	if !strings.ContainsFunc(line[end:], isLowerRune) {
		return 0 // a headline in capitals throughout
	}
	return end
}

// regionWord reports whether w, one of describeWords, names a country, a
// region or a film industry ("NORDIC", "KOREAN", "BOLLYWOOD"), which may
// open a section label.
func regionWord(w string) bool {
	return strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "wood") ||
		w == "scandi" || w == "aussie" || w == "brit" || w == "kiwi" || w == "k-drama" || w == "k-pop" || w == "kpop"
}

// inName reports whether the headline's words from i to j are a part of a
// person's name, its first or its last words: "Maja" of "Maja Lind joins
// T", "Lind" of "Maja Lind's T".
func (x *extractor) inName(i, j int) bool {
	t := x.toks
	if j < len(t) && t[j].cap && t[j].kind == tWord && x.personShaped(i, j+1) && x.startsName(i) {
		return true
	}
	for p := i - 1; p >= 0 && p >= i-2 && t[p].cap && t[p].kind == tWord; p-- {
		if x.personShaped(p, j) && x.startsName(p) {
			return true // "Düzyatan" of "Engin Altan Düzyatan"
		}
	}
	return false
}

// roleAfterName reports whether the headline's title at i opens a bracket
// after a person's name, which holds the person's character: "Engin Altan
// Düzyatan (Ertugrul) – New TV Series".
func (x *extractor) roleAfterName(i int) bool {
	return i >= 2 && x.toks[i-1].text == "(" && x.personBefore(i-1) < i-1
}

// placeTail returns the title without the place a headline tells after
// it, "Sherwood" of "Filming gets underway for BBC One drama Sherwood in
// Preece Hall": the whole is written once, in the headline, and the words
// before "in" or "at" are written alone three times or more, or twice
// when they are two words or more ("Quarry Lane films in Leeds", then
// "Filming of Quarry Lane in Leeds"). It returns the title unchanged
// otherwise.
func (x *extractor) placeTail(title string) string {
	for _, glue := range [...]string{" in ", " at "} {
		i := strings.LastIndex(title, glue)
		if i <= 0 || i+len(glue) >= len(title) {
			continue
		}
		if c := title[i+len(glue)]; c < 'A' || c > 'Z' {
			continue // "Only Murders in the Building": the title's own words
		}
		if head := title[:i]; strings.Count(x.a.Text, title) == 1 && (x.wordCount(head) >= 3 || strings.IndexByte(head, ' ') > 0 && x.wordCount(head) >= 2) {
			return head
		}
	}
	return title
}

// colonCut ends at its colon a headline's title that runs from the
// headline's start over a colon into a person's name, "KaalBhairav: Vikram
// Sen begins shooting": the title is the words before the colon. It
// returns e otherwise.
func (x *extractor) colonCut(e int) int {
	for c := 1; c+1 < e; c++ {
		if x.toks[c].text == ":" && x.toks[c+1].cap {
			if pe := x.personAt(c + 1); pe > c+2 && x.personShaped(c+1, pe) {
				return c
			}
		}
	}
	return e
}

// listWords are the plural nouns a listicle's headline counts: "12 New
// Turkish Drama Series", "10 Best K-Dramas".
var listWords = set(`series shows dramas films movies k-dramas kdramas anime animes telenovelas novelas soaps soapies actors actresses
	stars things reasons facts titles episodes characters roles performances picks`)

// listicleHeadline reports whether a headline opens with a count and a
// plural noun of shows or people within five words: "12 New Turkish Drama
// Series That Will Start in 2023". Such an article is about many shows, no
// one of them.
func listicleHeadline(t []token) bool {
	if len(t) < 3 || t[0].kind != tNum || len(t[0].text) == 4 || t[1].text == ":" || t[1].text == "-" {
		return false // "1923 Adds X": a year is a title; "24: Legacy"
	}
	for k := 1; k < len(t) && k <= 5; k++ {
		if listWordsIDs.has(t[k].id) {
			return true
		}
	}
	return false
}

// sepLabelEnd returns the length of a label of one or two words that a bar
// or a colon ends before the headline, with the space after it, or 0:
// "WATCH | T trailer: ...", "Opinion | Why T ...", "EXCLUSIVE: X to lead
// T". Before a colon the label is one of oneWordLabels ("Exclusive:"),
// since a title may end there too ("T: X joins cast") and a review's
// label is read with its title ("Film review: T").
func sepLabelEnd(line string) int {
	n := 0
	for i := 0; i < len(line) && i < 30; i++ {
		switch line[i] {
		case ' ':
			n++
			if n > 2 {
				return 0
			}
			if strings.HasPrefix(line[i:], " | ") && i+3 < len(line) {
				return i + 3
			}
		case ':':
			if i+2 < len(line) && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
				for _, w := range strings.Fields(strings.ToLower(line[:i])) {
					if !oneWordLabels[w] {
						return 0
					}
				}
				return i + 2
			}
			return 0
		}
	}
	return 0
}
