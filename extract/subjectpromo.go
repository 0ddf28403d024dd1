package extract

// A story on a show's promotion names the show beside the promotion's
// noun: "SVT releases T trailer", "T teaser: ...", "Netflix has released a
// trailer for T", "First look at T", "Hulu sets a premiere date for T".
// The show is the article's.

var promoMask = wordMask("trailer", "teaser", "poster", "promo", "look", "date")

// datedPromos are the events a channel sets a date for: "a premiere date
// for T", "the release date of T".
var datedPromos = set(`premiere release launch debut return`)

// promoNouns name what a channel releases to promote a show.
var promoNouns = set(`trailer teaser poster promo`)

// promoVerbs release a promotion: "SVT releases T trailer".
var promoVerbs = set(`releases released release drops dropped drop unveils unveiled unveil shares shared share debuts debuted
	launches launched reveals revealed reveal unwraps unwrapped`)

// promoDeterminers open a sentence on a promotion without naming its show:
// "The trailer", "Its first poster".
var promoDeterminers = set(`the a an this that its his her their our new latest first official`)

// promoTitle reads, in the sentence at hand, the title of the show a
// promotion is for: before the promotion's noun where a release verb or
// the sentence's opening precedes the title ("SVT releases T trailer", "T
// trailer out now"), after it and "for" ("a trailer for T", "the first
// teaser for T"), or after "first look at". It returns the title, or "".
func (x *extractor) promoTitle() string {
	if !x.sentHasAnyWord(promoMask) {
		return ""
	}
	t := x.toks
	for k := 1; k < len(t); k++ {
		w := &t[k]
		if !promoMask.mayHold(w) {
			continue // each reading below starts at a promotion's noun or "look"
		}
		at := -1
		switch {
		case promoNounsIDs.has(w.id) && (x.tok(k+1).low == "for" || x.tok(k+1).low == "of") && !x.tok(k+1).cap:
			at = x.skipOwner(k + 2) // "a trailer for Netflix's T"
			if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss {
				at = pe + 1 // "the trailer of A's ‘T’": the film of its director or star
			}
		case w.low == "date" && datedPromosIDs.has(x.tok(k-1).id) && (x.tok(k+1).low == "for" || x.tok(k+1).low == "of") && !x.tok(k+1).cap:
			at = x.skipOwner(k + 2) // "Hulu has set a premiere date for T"
		case w.low == "look" && x.tok(k-1).low == "first" && x.tok(k+1).low == "at":
			at = x.skipOwner(k + 2)
		case promoNounsIDs.has(w.id) && !w.cap:
			ts := x.titleBefore(k)
			if ts >= k || !(ts == 0 || promoVerbsIDs.has(x.tok(ts-1).id) && !x.tok(ts-1).cap || x.tok(ts-1).kind == tPoss || x.s.head && (x.tok(ts-1).text == "|" || x.tok(ts-1).text == ":")) {
				continue
			}
			if title := x.span(ts, k); x.promoShow(ts, k) {
				return unquote(title)
			}
			continue
		default:
			continue
		}
		if !x.titleStarts(at) {
			continue
		}
		e := x.titleAt(at, false)
		for m := at + 1; x.s.head && m < e; m++ {
			if headlineVerbsIDs.has(t[m].id) {
				e = m // "First Look at T Reveals New Cast": the title ends at the verb
				break
			}
		}
		if e > at && x.tok(e).low != "as" && x.promoShow(at, e) { // not "the first look at X as C": a person in a part
			return unquote(x.span(at, e))
		}
	}
	return ""
}

// promoShow reports whether the words from i to e may be a promoted show's
// title: no network, person, description or season alone.
func (x *extractor) promoShow(i, e int) bool {
	title := unquote(x.span(i, e))
	if e == i+1 && promoDeterminersIDs.has(x.tok(i).id) {
		return false // "The trailer is out": the sentence's opening word, no title
	}
	return hasLetter(title) && !x.isNetwork(title) && !describes(title) && !notTitle(title) && x.knownPerson(title) == "" &&
		!(x.personShaped(i, e) && x.startsName(i)) && !seasonOnly(title) && x.tok(e).kind != tPoss
}
