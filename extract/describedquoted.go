package extract

// A quoted title that opens the sentence after an article and a noun the
// extractor does not know as a genre: "The Gothic tale “Harrow Vale”
// stars A and B", "A new saga ‘T’ will follow". The title is the
// sentence's show, as after a genre noun ("Drama “T” stars X",
// kindQuotedOpens), so that the sentence's credits are not also given to
// the article's show. Not after a person's noun ("The actor “Tiny” ..."),
// a job or a cast noun, nor after nouns of works that are no show (a
// song, a book, a name or a phrase).

// describedQuotedOpens returns that title, or "".
func (x *extractor) describedQuotedOpens() string {
	st := x.introEnd()
	w := st + 1 // the first describing word
	switch x.tok(st).low {
	case "the", "this", "a", "an", "its", "their", "his", "her":
		if x.tok(st+1).kind == tWord && x.tok(st+2).kind == tPoss {
			w = st + 3 // "The streamer's Gothic tale “T” will star A"
		}
	case "meanwhile", "elsewhere", "also", "then", "finally", "lastly":
		if !isQuote(x.tok(st + 1).text) {
			return ""
		}
		return x.quotedCastSubject(st + 1) // "Meanwhile “T” stars A": no comma after the adverb
	default:
		if !x.tok(st).cap || x.tok(st+1).kind != tPoss || isQuote(x.tok(st).text) {
			return ""
		}
		w = st + 2 // "Netflix's new “T” stars A": an owner's title
	}
	q := w
	for q < len(x.toks) && q <= w+2 && x.tok(q).kind == tWord && !isQuote(x.tok(q).text) {
		q++
	}
	if q == w || q >= len(x.toks) || !isQuote(x.tok(q).text) {
		return ""
	}
	noun := x.tok(q - 1)
	if noun.cap || noun.has(cJobNoun|cCastNouns|cSourceNouns|cNetworks) || notShowNouns[noun.low] || noun.has(cStopWords) && noun.low != "new" {
		return "" // "the actor “Tiny”", "the song “T”": no show
	}
	if noun.has(cGenreNouns) && w == st+1 && x.tok(st).low != "its" && x.tok(st).low != "their" {
		return "" // "The drama “T” stars X": kindQuotedOpens' and the other readers'
	}
	return x.quotedCastSubject(q)
}

// quotedCastSubject returns the quoted title at q that a casting verb or
// an auxiliary follows, or "".
func (x *extractor) quotedCastSubject(q int) string {
	e := x.titleAt(q, false)
	if e <= q+1 || e >= len(x.toks) {
		return ""
	}
	if v := x.tok(e); v.kind != tWord || v.cap || !v.has(cCastVerbs|cAuxWords) {
		return ""
	}
	title := unquote(x.span(q, e))
	if title == "" || x.isNetwork(title) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}

// notShowNouns are nouns before a quoted name that is no show's title.
var notShowNouns = set(`song songs single album track record ep mixtape anthem ballad hit hymn
	book novel memoir poem essay story article column letter speech
	phrase word term slogan motto hashtag nickname name title line quote catchphrase
	character role persona alias stage brand company label band group duo app game podcast campaign movement
	actor actress star singer rapper comedian presenter host model influencer artist musician dancer player`)
