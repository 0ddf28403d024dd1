package extract

// The fallback tie: the full names of a credit sentence that no rule
// credited, tied to the show the sentence names or is about: "the drama T
// which starred A, B and C", "was hosted by A and co-hosted by B", "A, B
// and C in lead roles", "A and B are currently shooting a new movie titled
// T", "la sceneggiatura sarà curata da A".

import "github.com/castgraph/castgraph/graph"

// tieCues are the words that make a sentence a credit sentence: "" for a
// cast cue, else the crew job the names after it take.
var tieCues = map[string]string{
	"starred": "", "stars": "", "starring": "", "hosted": "", "co-hosted": "", "includes": "", "including": "",
	"cast": "", "joins": "", "joined": "", "shooting": "", "filming": "", "alongside": "",
	"lead": "", "roles": "", "featuring": "", "features": "",
	"entouré": "", "entourée": "", "protagonista": "", "protagonisti": "", "protagonizada": "", "protagonizado": "",
	"elenco": "", "obsady": "", "dołączyć": "", "dołącza": "",
	"written": graph.JobWriter, "screenplay": graph.JobWriter, "sceneggiatura": graph.JobWriter, "drehbuch": graph.JobWriter,
	"scénario": graph.JobWriter, "roteiro": graph.JobWriter, "guion": graph.JobWriter,
	"directed": graph.JobDirector, "diretta": graph.JobDirector, "diretto": graph.JobDirector, "regia": graph.JobDirector,
	"réalisé": graph.JobDirector, "réalisée": graph.JobDirector, "dirigido": graph.JobDirector, "dirigida": graph.JobDirector, "regie": graph.JobDirector,
}

var tieCueMask = setMask(tieCues)

// tieStops make a sentence speak of other work, awards or people who
// worked on no show: it ties no one.
var tieStops = set(`known previously formerly former award awards winner winners won nominated nominee nominees thanked thanks interviewed executive executives president ceo chief commissioner fame earlier alum alumni veteran`)

var tieStopMask = unionMask(setMask(tieStops), wordMask("star"))

// tieTrailing are the cues that follow the list they credit: "A, B and
// C in lead roles", "A and B are currently shooting", "A and B star".
var tieTrailing = set(`lead roles shooting filming star stars starred join joins joined`)

// tieSkips may stand between a cue and its list: "starred industry greats
// A", "directed by A", "sarà curata da A".
var tieSkips = set(`by da par por von de the actors actor actress actresses industry greats stars star is are was were`)

// fallbackTieRule gives a cast credit (or a crew credit with the cue's
// job) to each full name of a list next to a credit cue that no rule
// credited, in the one show the sentence names outside brackets, or else
// the show it is about.
func (x *extractor) fallbackTieRule() {
	if !x.sentHasAnyWord(tieCueMask) || x.sentHasAnyWord(tieStopMask) && x.tieStopped() || x.jury {
		return
	}
	t := x.toks
	show := tieUnread // the sentence's show, read at the first name given
	for c := range t {
		tk := &t[c]
		if tk.cap || !tieCueMask.mayHold(tk) || x.inBr[c] {
			continue
		}
		job, ok := tieCuesIDs.lookup(tk.id)
		if !ok {
			continue
		}
		kind := graph.KindCast
		if job != "" {
			kind = graph.KindCrew
		}
		if (tk.low == "includes" || tk.low == "including" || tk.low == "alongside") && !x.tieCastBefore(c) {
			continue // "known for roles including T", "appeared alongside A": other work
		}
		if tieTrailingIDs.has(tk.id) {
			x.tieBefore(c, kind, &show, job)
		}
		if tieTrailingIDs.has(tk.id) && !tieStarCuesIDs.has(tk.id) && tk.low != "stars" && x.tok(c+1).low != "by" {
			continue // "A joins T": the list before is read, not the title after
		}
		cueShow := &show
		if b := x.tieTitleBefore(c); b != "" {
			cueShow = &b // "T, which starred A and B", "T starring A"
		} else if tk.low == "hosted" || tk.low == "co-hosted" || x.tieUntitledWhich(c) {
			continue // "the gala was hosted by A", "his next film, which will be directed by A": no show's
		} else if x.tok(c-1).cap && !x.tieEndsShow(c-1, x.tieRead(&show)) {
			continue // "T2 from Company starring A": another title's cast
		}
		k := c + 1
		if job != "" {
			// a crew cue's names follow "by": "directed by A", "la
			// sceneggiatura sarà curata da A"
			for k < c+5 && !(tieByIDs.has(x.tok(k).id) && !x.tok(k).cap) {
				if x.tok(k).cap || x.tok(k).kind != tWord {
					k = c + 5
				}
				k++
			}
			if k >= c+5 {
				continue
			}
			k++
		} else {
			for m := 0; m < 3 && !x.tok(k).cap && tieSkipsIDs.has(x.tok(k).id); m++ {
				k++
			}
		}
		if !x.tok(k).cap || x.personAt(k) < k+2 {
			continue
		}
		items := x.appendList(x.added.items[:0], k)
		x.added.items = items
		for _, it := range items {
			x.tieGive(it.pstart, it.pend, kind, cueShow, job)
		}
	}
}

// tieCastBefore reports whether a word naming a cast as a group stands
// before token c: "the cast, which includes A", "a lineup including B".
func (x *extractor) tieCastBefore(c int) bool {
	for k := c - 1; k >= 0; k-- {
		if tk := &x.toks[k]; !tk.cap && (ensembleWordsIDs.has(tk.id) || tk.low == "lineup" || tk.low == "line-up") {
			return true
		}
	}
	return false
}

// tieStarCues open the cast of the title just before them.
var tieStarCues = set(`starred starring featuring hosted co-hosted`)

// tieTitleBefore returns the title that a star cue at c follows, past
// "which" and a comma or dash: "T, which starred A", "T – starring A",
// "T starring A"; else "".
func (x *extractor) tieTitleBefore(c int) string {
	if !tieStarCuesIDs.has(x.tok(c).id) {
		return ""
	}
	j := c
	if l := x.tok(j - 1).low; l == "was" || l == "is" || l == "were" || l == "are" {
		j--
	}
	if l := x.tok(j - 1).low; l == "which" || l == "that" {
		j--
	}
	if p := x.tok(j - 1).text; p == "," || p == "-" || p == "–" || p == "—" {
		j--
	}
	if !x.tok(j-1).cap && !x.closeQuote(j-1) {
		return ""
	}
	s, e := x.titleBeforeComma(j)
	if s >= e || x.inBr[s] || x.tok(e-1).kind == tPoss {
		return ""
	}
	for k := s + 1; k < e-1; k++ {
		if w := x.tok(k); !w.cap && (w.low == "with" || w.low == "in" || w.low == "from" || w.low == "by") && x.personAt(s) == k {
			s = k + 1 // "X with T starring A": the title after the maker
		}
	}
	if p := x.tok(s - 1); s > 0 && p.kind == tWord && !p.cap && p.low != "the" && !p.has(cGenreNouns|cFormatWords) {
		return "" // "in July — starring A", "by novelist X, starring A": no title
	}
	title := unquote(x.span(s, e))
	if title == "" || x.isNetwork(title) || x.companyRun(s) || x.knownPerson(title) != "" || x.personShaped(s, e) && x.startsName(s) || describes(title) || notTitle(title) {
		return ""
	}
	return title
}

// tieTitledAfter returns the title that "titled", "called" or "entitled"
// opens within a few words after token c, or "".
func (x *extractor) tieTitledAfter(c int) string {
	for k := c + 1; k < c+7 && k < len(x.toks); k++ {
		if w := x.tok(k); !w.cap && (w.low == "titled" || w.low == "entitled" || w.low == "called") && x.titleStarts(k+1) {
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) {
				return unquote(x.span(k+1, e))
			}
			return ""
		}
	}
	return ""
}

// tieBy are the words that put a crew cue's maker after it.
var tieBy = set(`by da par por von di`)

// tieAux may stand between "which" and a cue: "which will be directed".
var tieAux = set(`was is were are will be been has have had also being would`)

// tieUntitledWhich reports whether the cue at c is in a "which" clause
// after a noun that is no title: "his next film, which will be directed
// by A".
func (x *extractor) tieUntitledWhich(c int) bool {
	j := c - 1
	for j > 0 && !x.tok(j).cap && tieAuxIDs.has(x.tok(j).id) {
		j--
	}
	if l := x.tok(j).low; l != "which" && l != "that" || x.tok(j).cap {
		return false
	}
	if x.tok(j-1).text == "," {
		j--
	}
	p := x.tok(j - 1)
	return p.kind == tWord && !p.cap
}

// tieEndsShow reports whether token i is the last word of show.
func (x *extractor) tieEndsShow(i int, show string) bool {
	w := x.tok(i).text
	return len(show) >= len(w) && show[len(show)-len(w):] == w
}

// tieBefore gives the names of the list that ends before trailing cue c,
// past a few lower-case words: "A, B and C in lead roles".
func (x *extractor) tieBefore(c int, kind string, show *string, job string) {
	j := c
	for m := 0; m < 4 && j > 0 && !x.tok(j-1).cap && (tieBetweenIDs.has(x.tok(j-1).id) || x.tok(j-1).text == ","); m++ {
		j--
	}
	if !x.tok(j - 1).cap {
		return
	}
	var names [12][2]int
	n := 0
	for n < len(names) {
		i := x.personBefore(j)
		if i > j-2 {
			break
		}
		names[n] = [2]int{i, j}
		n++
		switch p := x.tok(i - 1); {
		case p.low == "and" && x.tok(i-2).text == ",":
			j = i - 2
		case p.low == "and" || p.text == "," || p.text == "&":
			j = i - 1
		default:
			j = -1
		}
		if j < 0 {
			break
		}
	}
	if n < 2 {
		return // "T will begin shooting": one name may be a title
	}
	if first := names[n-1][0]; first > 0 && x.tok(first-1).kind == tWord {
		return // "X, who starred in T1 and T2, joins": the list is an object
	}
	if t := x.tieTitledAfter(c); t != "" {
		show = &t // "A and B are shooting a new movie titled T"
	} else if l := x.tok(c).low; (l == "shooting" || l == "filming") && tieObjectsIDs.has(x.tok(c+1).id) {
		return // "A and B have started filming the comedy": a work with no title
	}
	for _, p := range names[:n] {
		x.tieGive(p[0], p[1], kind, show, job)
	}
}

// tieObjects open the object of "shooting" or "filming": a work with no
// title.
var tieObjects = set(`the a an his her their its new another`)

// tieBetween may stand between a list and its trailing cue: "A and B are
// currently shooting", "A and B in the lead roles".
var tieBetween = set(`in the lead leading main are is will be have has been currently now also to set begin began start started`)

// tieGive credits the full name at i..j unless a rule credited it.
func (x *extractor) tieGive(i, j int, kind string, show *string, job string) {
	if j-i < 2 || x.inBr[i] || x.tok(j).kind == tPoss || x.tok(j).low == "of" || x.tok(j).low == "by" || x.companyRun(i) {
		return
	}
	name := x.resolve(x.span(i, j))
	if x.tieCredited(name) || x.isShow(name) || x.isNetwork(name) || countryName(name) {
		return
	}
	if title := x.tieRead(show); title != "" {
		x.add(kind, name, title, "", job)
	}
}

// tieStopped reports whether one of tieStops is a word of the sentence, or
// "star of".
func (x *extractor) tieStopped() bool {
	for i := range x.toks {
		if tk := &x.toks[i]; tieStopMask.mayHold(tk) && (tieStopsIDs.has(tk.id) || tk.low == "star" && x.tok(i+1).low == "of") {
			return true
		}
	}
	return false
}

// tieCredited reports whether a rule credited name in the sentence.
func (x *extractor) tieCredited(name string) bool {
	if x.added.s != x.s {
		return false
	}
	for _, a := range x.added.adds {
		if a.person == name {
			return true
		}
	}
	return false
}

// tieUnread stands for a sentence's show not yet read.
const tieUnread = "\x00"

// tieRead returns *show, reading the sentence's show first if it is
// tieUnread.
func (x *extractor) tieRead(show *string) string {
	if *show == tieUnread {
		*show = x.tieShow()
	}
	return *show
}

// tieShow returns the one known show the sentence names outside brackets,
// or the sentence's show when it names none, or "" when it names two.
func (x *extractor) tieShow() string {
	named := ""
	t := x.toks
	for k := 0; k < len(t); k++ {
		if !t[k].cap && !isQuote(t[k].text) || x.inBr[k] {
			continue
		}
		e := x.titleAt(k, false)
		if e <= k {
			continue
		}
		if title := unquote(x.span(k, e)); x.isShow(title) {
			if named != "" && x.skey(named) != x.skey(title) {
				if x.sshow != "" && (x.skey(x.sshow) == x.skey(named) || x.skey(x.sshow) == x.skey(title)) {
					return x.sshow
				}
				return ""
			}
			named = title
		}
		k = e - 1
	}
	if named != "" {
		return named
	}
	return x.sshow
}
