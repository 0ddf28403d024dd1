package extract

// A headline that quotes several titles: the one the article's first
// sentence takes up is the article's show.

import "strings"

// leadQuotedTitle reads a headline quoting two or more titles where the
// first sentence below it names the first of them before any other: "Box
// Office: Action-Comedy 'T1' Debuts at No. 1, 'T2' Moves to Second" over
// "T1 opened at the top of the box office". A title the headline calls
// earlier work ("after 'T'", "'T' star X") is not taken. Else "".
func (x *extractor) leadQuotedTitle() string {
	if len(x.sents) < 2 || !x.sents[0].head || x.sents[1].head || !hasOpenQuote(x.sents[0].text) && !singleQuotes.has(x.sents[0].text) {
		return ""
	}
	t := x.look(0).toks
	var titles []string
	first := -1
	for k := 0; k < len(t); k++ {
		e := x.quotedTitleAt(t, k)
		if e < 0 {
			continue
		}
		if first < 0 {
			first = k
		}
		titles = append(titles, unquote(x.span(k, e)))
		k = e
	}
	if len(titles) < 2 || len(titles[0]) < 3 {
		return ""
	}
	switch x.tok(first - 1).low {
	case "after", "since", "like", "from", "of", "than", "beyond", "before":
		return "" // "X's new role after 'T'": earlier work
	}
	if e := x.titleAt(first, false); earlierWorkNoun(x.tok(e).low) || x.remadeWork(first) {
		return "" // "'T' Star X Joins U"
	}
	body := x.sents[1].text
	at := strings.Index(body, titles[0])
	if at < 0 {
		return ""
	}
	for _, o := range titles[1:] {
		if i := strings.Index(body, o); i >= 0 && i < at {
			return "" // the sentence takes up another title first
		}
	}
	return titles[0]
}

// earlierWorkNoun reports whether w, after a title in a headline, makes it
// a person's earlier work: "'T' star X", "'T' creator X".
func earlierWorkNoun(w string) bool {
	switch w {
	case "star", "stars", "actor", "actress", "alum", "creator", "director", "writer", "maker", "makers", "fame":
		return true
	}
	return false
}

// headlineQuoteShow is the title a headline quotes that the text shows is
// the article's show, or "": one the text quotes again ("Weekend Box
// Office: 'T' tops charts again" over "Universal's 'T' topped"), one it
// names again, or of several, the one the first sentence takes up first
// ("Action-Comedy 'T1' Debuts at No. 1, 'T2' Moves to Second" over "T1
// opened at the top").
func (x *extractor) headlineQuoteShow() string {
	if title := x.repeatedHeadlineQuote(); title != "" {
		return title
	}
	if title := x.headlineQuoteNamedAgain(); title != "" {
		return title
	}
	return x.leadQuotedTitle()
}

// quotedTitleAt returns the end of the quoted title that opens at token k
// of the sentence's tokens t ("'T1' Debuts"), or -1 where none does.
func (x *extractor) quotedTitleAt(t []token, k int) int {
	if !isQuote(t[k].text) || !x.titleStarts(k) {
		return -1
	}
	e := x.titleAt(k, false)
	if e <= k+1 || !isQuote(t[e-1].text) && !(e < len(t) && isQuote(t[e].text)) || x.quotedSpeech(k, e) || k > 0 && t[k-1].text == ":" && x.speakerColon(k-1) {
		return -1 // not "X: 'I had to learn to ride for T'", "X: 'Playing C changed my life'"
	}
	return e
}

// speakerColon reports whether the headline's colon at c opens a quotation
// in the first person: "A B: 'Playing C changed my life'", "A: “I was
// terrified”". The words before the colon name its speaker, no title.
func (x *extractor) speakerColon(c int) bool {
	if !isQuote(x.tok(c + 1).text) {
		return false
	}
	for m := c + 2; m < len(x.toks) && m < c+18; m++ {
		w := &x.toks[m]
		if isQuote(w.text) && m > c+2 {
			return false
		}
		switch w.low {
		case "i", "i'm", "i’m", "i've", "i’ve", "my", "me", "we", "we're", "we’re", "our", "us":
			return true
		}
	}
	return false
}

// profileHead reports whether the words before the headline's colon at e,
// shaped like a name, are the person the article profiles: one of the next
// sentences names them by the last word alone or opens with "He" or "She".
// "A B: a career in ten roles" over "He broke through in T" is no title.
func (x *extractor) profileHead(e int) bool {
	if !x.personShaped(0, e) {
		return false
	}
	head, last := x.span(0, e), x.toks[e-1].text
	for i := 1; i < len(x.sents) && i < 7; i++ {
		t := x.sents[i].text
		if strings.HasPrefix(t, "He ") || strings.HasPrefix(t, "She ") || strings.Count(t, last) > strings.Count(t, head) {
			return true
		}
	}
	return false
}
