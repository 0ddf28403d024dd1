package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// Options tune Extract. The zero Options is valid.
type Options struct {
	// KnownShow reports whether title names a show the caller knows, for
	// example one already in the graph. A bracket after a name that holds a
	// known show is read as a credit in that show, never as a character.
	// Default: nil, only shows named in the article itself are known.
	KnownShow func(title string) bool

	// MinConfidence drops the facts whose confidence (graph.Fact.Confidence,
	// between 0 and 1) is below it. Default: 0, every fact is kept.
	MinConfidence float64
}

// Extract reads the credits that article a states. The facts come in the
// order the article states them, without duplicates; each is normalized and
// valid, and carries its sentence as Evidence, a.ID as Article and a.Date.
//
// The article is read twice: the first reading learns which names in it are
// people and which are shows, the second uses that to read brackets and
// possessives that one sentence alone leaves open.
//
// Extract keeps no state between calls and may run concurrently, as long as
// opt.KnownShow may.
func Extract(a Article, opt Options) []graph.Fact {
	x := newExtractor(a, opt, sentences(a.Text), nil)
	x.first = true
	x.memo = &memo{names: make(map[string]*name, len(a.Text)/30+16)}
	x.epoch = x.memo.newEpoch()
	x.run()
	x.reset(x.knowledge())
	x.run()
	facts := x.finish()
	if opt.MinConfidence > 0 {
		facts = slices.DeleteFunc(facts, func(f graph.Fact) bool { return f.Confidence < opt.MinConfidence })
	}
	return facts
}

// knowledge is what a first reading learnt about an article's names.
type knowledge struct {
	persons map[string]bool   // person keys
	surname map[string]string // folded last word of a full name -> the name ("" if two)
	shows   map[string]bool   // show keys
	crew    map[string]bool   // person keys with a crew credit
	chars   map[string]bool   // folded character names
}

type fact struct {
	graph.Fact
	open     bool // kind left open: crew if the person has crew credits, else cast
	crewHint bool // the sentence speaks of crew work and not of casting
	key      factKey
}

// memo caches what is known of a name or title: the same names recur in
// every sentence, and a show key runs a regular expression. One map lookup
// finds all of it.
type memo struct {
	names map[string]*name
	// the last string looked up and its entry: callers often ask several
	// things of one name in a row
	lastKey string
	last    *name
	slab    []name // storage for new entries
	epoch   uint32 // the last epoch handed out
}

// name is the cache entry of one string.
type name struct {
	has        uint8 // hasFold, ...
	net        bool  // isNetwork
	show       bool  // isShow, valid in showEpoch
	showEpoch  uint32
	fold, skey string
	title      string // split: the title without its season qualifier
	seasons    []int  // and the seasons it names
}

const (
	hasFold = 1 << iota
	hasSkey
	hasNet
	hasSplit
)

// newEpoch returns a number not used before: the answers of isShow cached
// under an older one are stale.
func (m *memo) newEpoch() uint32 {
	m.epoch++
	return m.epoch
}

func (m *memo) lookup(s string) *name {
	if m.last != nil && s == m.lastKey {
		return m.last
	}
	n, ok := m.names[s]
	if ok {
		m.lastKey, m.last = s, n
		return n
	}
	if len(m.slab) == cap(m.slab) {
		m.slab = make([]name, 0, 64)
	}
	m.slab = m.slab[:len(m.slab)+1]
	n = &m.slab[len(m.slab)-1]
	m.names[s] = n
	m.lastKey, m.last = s, n
	return n
}

func (n *name) foldOf(s string) string {
	if n.has&hasFold == 0 {
		n.fold = graph.Fold(s)
		n.has |= hasFold
	}
	return n.fold
}

// skeyOf is graph.ShowKey; a title without a season qualifier has its fold
// as its key.
// mayHaveSeasons reports whether title may end in a season qualifier, as
// graph.SplitSeasons reads it: the qualifier ends in a digit, then an
// optional ")" and space.
func mayHaveSeasons(title string) bool {
	t := strings.TrimSuffix(strings.TrimRightFunc(title, unicode.IsSpace), ")")
	return t != "" && '0' <= t[len(t)-1] && t[len(t)-1] <= '9'
}

func (n *name) skeyOf(title string) string {
	if n.has&hasSkey == 0 {
		if mayHaveSeasons(title) {
			n.skey = graph.ShowKey(title)
		} else {
			n.skey = n.foldOf(title)
		}
		n.has |= hasSkey
	}
	return n.skey
}

func (x *extractor) fold(s string) string { return x.memo.lookup(s).foldOf(s) }

// skey is graph.ShowKey, cached.
func (x *extractor) skey(title string) string { return x.memo.lookup(title).skeyOf(title) }

// split is graph.SplitSeasons, cached, with a cheap path for titles
// without digits.
func (x *extractor) split(title string) (string, []int) {
	n := x.memo.lookup(title)
	if n.has&hasSplit == 0 {
		if mayHaveSeasons(title) {
			n.title, n.seasons = graph.SplitSeasons(title)
		} else {
			n.title = cleanSpace(title)
		}
		n.has |= hasSplit
	}
	return n.title, n.seasons
}

type extractor struct {
	first bool // the first reading, which only learns names
	memo  *memo
	epoch uint32 // of the answers of isShow: changes with what makes a show
	a     Article
	opt   Options
	sents []sentence
	know  *knowledge

	show     string // the article's own show
	showKey  string
	abbr     string // its initials: "HOTD"
	seasons  []int  // the article's season, if it is about one
	focus    string // the show the text is currently about
	headings map[string]bool
	facts    []fact
	index    map[factKey]int
	raw      map[rawKey]int // facts by their fields as given, before normalizing
	early    map[rawKey]int // facts by add's arguments

	// the sentence being read
	s         *sentence
	toks      []token
	sshow     string
	sshowFold string
	sseasons  []int
	used      []bool // tokens read as a character's name
	inBr      []bool // tokens inside round brackets
	brOver    map[int]bool
	buf       []bool
	items     []item // storage for parseList
	// returning: the sentence speaks of returning cast; secondComma: the
	// index of its second comma, or -1
	returning    bool
	secondComma  int
	crewSentence bool    // crew words and no casting words: open credits are crew
	castWords    bool    // the sentence has a casting verb or noun
	conf         float64 // the confidence of the rule being applied
	showGuess    float64 // how sure the article's show is: 1 when a pattern named it
	lastChar     string
	pending      string // "a Descendants 3 star": the show of a person named next
	pendAge      int
}

func newExtractor(a Article, opt Options, sents []sentence, know *knowledge) *extractor {
	if know == nil {
		know = &knowledge{persons: map[string]bool{}, surname: map[string]string{}, shows: map[string]bool{}, crew: map[string]bool{}, chars: map[string]bool{}}
	}
	return &extractor{a: a, opt: opt, sents: sents, know: know, facts: make([]fact, 0, 32), headings: map[string]bool{}, index: make(map[factKey]int, 32), raw: make(map[rawKey]int, 32), early: make(map[rawKey]int, 32), brOver: map[int]bool{}}
}

// reset readies x for the second reading, with what the first learnt: the
// state of newExtractor, keeping the caches and the storage of the maps.
func (x *extractor) reset(know *knowledge) {
	clear(x.headings)
	clear(x.index)
	clear(x.raw)
	clear(x.early)
	clear(x.brOver)
	*x = extractor{memo: x.memo, epoch: x.memo.newEpoch(), a: x.a, opt: x.opt, sents: x.sents, know: know, facts: x.facts[:0], headings: x.headings,
		index: x.index, raw: x.raw, early: x.early, brOver: x.brOver, buf: x.buf, items: x.items}
}

func (x *extractor) run() {
	x.findArticleShow()
	x.focus = x.show
	for i := range x.sents {
		s := &x.sents[i]
		if s.head && !creditLine(s) {
			// A heading whose words the next paragraph repeats names the
			// show that section is about.
			if s.para > 0 && len(s.toks) <= 10 && len(s.toks) > 0 && (s.toks[0].cap || s.toks[0].kind == tNum) {
				if next := x.paragraph(i+1, s.para+1); next != "" && strings.Contains(x.fold(next), x.fold(s.text)) && !x.isNetwork(s.text) {
					x.focus = graph.CleanSpace(s.text)
					x.headings[x.skey(x.focus)] = true
					x.epoch = x.memo.newEpoch()
				}
			}
			continue
		}
		x.sentence(s)
	}
}

// seasonOnly reports whether s names a season and nothing else: "Season
// 5", "series two".
func seasonOnly(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) != 2 || w[0] != "season" && w[0] != "series" && w[0] != "part" {
		return false
	}
	_, ord := ordinals[w[1]]
	return allDigits(w[1]) || ord
}

// creditLine reports whether a line without closing punctuation is one
// credit of a list rather than a heading: "Kara Voss as Rin Amaya".
func creditLine(s *sentence) bool {
	t := s.toks
	b := bulletEnd(t)
	if s.para == 0 || len(t)-b < 3 || len(t)-b > 60 || !t[b].cap {
		return false
	}
	for k := b + 1; k+1 < len(t); k++ {
		switch {
		case t[k].text == "(":
			return false
		case t[k].low == "as" || isDash(t[k].text) || t[k].text == ":":
			return t[k+1].cap && t[k-1].cap
		case t[k].has(cPlayVerbs|cCastVerbs) && !t[k].cap:
			return true // "- Ricco Fajardo (Sakurai in T) is voicing Touka"
		}
	}
	return false
}

// bulletEnd is the index of a line's first token after a list bullet.
func bulletEnd(t []token) int {
	if len(t) > 0 && (t[0].text == "•" || t[0].text == "*" || t[0].text == "·" || isDash(t[0].text)) {
		return 1
	}
	return 0
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// paragraph is the text of paragraph para, whose first sentence is at or
// after index i.
func (x *extractor) paragraph(i, para int) string {
	var b strings.Builder
	for ; i < len(x.sents) && x.sents[i].para <= para; i++ {
		if x.sents[i].para == para {
			b.WriteString(x.sents[i].text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// findArticleShow finds the show the article is about, and its season, in
// the first sentences: "Season 2 of T", "T Season 2 ...", "T's ... season
// 3", "the drama T", "the film of A's T manga".
func (x *extractor) findArticleShow() {
	defer func() {
		if x.show == "" {
			x.guessArticleShow()
		}
	}()
	for i := 0; i < len(x.sents) && i < 3; i++ {
		s := &x.sents[i]
		x.s, x.toks = s, s.toks
		x.inBr = make([]bool, len(s.toks))
		t := s.toks
		n := len(t)
		for k := 0; k+3 < n; k++ {
			if t[k].low == "season" && t[k+1].kind == tNum && t[k+2].low == "of" {
				if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) {
					x.setShow(x.span(k+3, e), atoi(t[k+1].text))
					return
				}
			}
			// "the sixth and final season of T"
			if l := t[k].low; (l == "final" || l == "last" || l == "upcoming" || l == "latest" || l == "next") && t[k+1].low == "season" && t[k+2].low == "of" {
				if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) {
					x.setShow(x.span(k+3, e), x.mentionedSeasons()...)
					return
				}
			}
			// "a third season of T"
			if o, ok := ordinals[t[k].low]; t[k+1].low == "season" && t[k+2].low == "of" && ok {
				if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) {
					x.setShow(x.span(k+3, e), o)
					return
				}
			}
			// "renewed T for a second season"
			if (t[k].low == "renewed" || t[k].low == "renews" || t[k].low == "renew") && x.titleStarts(k+1) {
				if e := x.titleAt(k+1, false); e > k+1 && x.tok(e).low == "for" && !x.isNetwork(x.span(k+1, e)) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		if e := x.titleAt(0, false); e > 0 && x.isADescription(e) && !x.isNetwork(x.span(0, e)) && !(e == 1 && t[0].has(cStopWords)) {
			// "T is a 2010 American action film"
			x.setShow(x.span(0, e), x.mentionedSeasons()...)
			return
		}
		if e := x.titleAt(0, false); e > 0 {
			title, seasons := x.split(x.span(0, e))
			if len(seasons) > 0 && !x.isNetwork(title) {
				x.setShow(title, seasons...)
				return
			}
			if e < n && t[e].kind == tPoss && !x.isNetwork(title) {
				for k := e + 1; k < n && k < e+5; k++ {
					if t[k].low == "season" && k+1 < n && t[k+1].kind == tNum {
						x.setShow(title, atoi(t[k+1].text))
						return
					}
				}
			}
		}
		for k := 0; k+1 < n; k++ {
			if (t[k].has(cGenreNouns) || t[k].low == "titled") && !t[k].cap && x.titleStarts(k+1) {
				if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		for k := 0; k+2 < n; k++ {
			if t[k].kind == tPoss {
				if e := x.titleAt(k+1, false); e > k+1 && e < n && t[e].has(cSourceNouns) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
			// "BBC One's adaptation of David Nicholls' novel Us": the
			// show keeps its source's title
			if t[k].low == "adaptation" && t[k+1].low == "of" {
				for m := k + 2; m+1 < n && m < k+10; m++ {
					if t[m].has(cSourceNouns) && !t[m].cap {
						if e := x.titleAt(m+1, false); e > m+1 {
							x.setShow(x.span(m+1, e), x.mentionedSeasons()...)
							return
						}
					}
				}
			}
			// "... on The Ipcress File, an ITV spy thriller starring X"
			if (k == 0 || !t[k-1].cap) && x.titleStarts(k) {
				if e := x.titleAt(k, false); e > k && t[e-1].kind != tPunct && x.tok(e).text == "," && x.isADescription(e) && !x.isNetwork(x.span(k, e)) {
					x.setShow(x.span(k, e), x.mentionedSeasons()...)
					return
				}
			}
		}
	}
}

// guessArticleShow is findArticleShow's last resort: of the titles that the
// first sentences quote or introduce by a genre noun ("the film “T”",
// "'T'"), the one the article names most often, unless it is credited to a
// person there ("'T' star X", "“T” director X").
func (x *extractor) guessArticleShow() {
	best, bestN := "", 0
	guess := 0.8 // a quoted or genre-noun title
	for i := 0; i < len(x.sents) && i < 4; i++ {
		s := &x.sents[i]
		x.s, x.toks = s, s.toks
		x.inBr = make([]bool, len(s.toks))
		t := s.toks
		for k := 0; k < len(t); k++ {
			quoted := isQuote(t[k].text)
			if !quoted && !(k > 0 && t[k-1].has(cGenreNouns) && !t[k-1].cap && !x.otherShow(k-1)) {
				continue
			}
			e := x.titleAt(k, false)
			if e <= k {
				continue
			}
			title, _ := x.split(unquote(x.span(k, e)))
			if !hasLetter(title) || x.isNetwork(title) || x.tok(e).has(cCastNouns|cJobNoun) || describes(title) {
				k = e - 1
				continue
			}
			if n := strings.Count(x.a.Text, title); n > bestN {
				best, bestN = title, n
			}
			k = e - 1
		}
	}
	if best == "" {
		// else the capitalized title of the first sentences that the
		// article repeats most, if it is no person: "Tower of God will be
		// getting its own English dub!"
		for i := 0; i < len(x.sents) && i < 4; i++ {
			s := &x.sents[i]
			x.s, x.toks = s, s.toks
			x.inBr = make([]bool, len(s.toks))
			for k := 0; k < len(s.toks); k++ {
				if !s.toks[k].cap || s.toks[k].has(cStopWords|cDateWords) && !(k+1 < len(s.toks) && s.toks[k+1].cap) {
					continue
				}
				e := x.titleAt(k, false)
				if e <= k {
					continue
				}
				start := k
				k = e - 1
				title, _ := x.split(x.span(start, e))
				if !hasLetter(title) || x.isNetwork(title) || describes(title) || placeWords[strings.ToLower(title)] || x.knownPerson(title) != "" || x.personShaped(start, e) {
					continue
				}
				if n := strings.Count(x.a.Text, title); n >= 3 && n > bestN {
					best, bestN, guess = title, n, 0.65
				}
			}
		}
	}
	if best != "" {
		x.setShow(best, x.mentionedSeasons()...)
		x.showGuess = guess
	}
}

func (x *extractor) setShow(title string, seasons ...int) {
	title, qs := x.split(unquote(title))
	x.show = title
	x.showKey = x.skey(title)
	x.epoch = x.memo.newEpoch()
	x.seasons = graph.MergeSeasons(qs, seasons)
	var b strings.Builder
	for _, w := range strings.Fields(title) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	if b.Len() >= 3 {
		x.abbr = b.String()
	}
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// sentence applies every rule to one sentence.
func (x *extractor) sentence(s *sentence) {
	x.s, x.toks = s, s.toks
	n := len(s.toks)
	if cap(x.buf) < 2*n {
		x.buf = make([]bool, 2*n+64)
	}
	x.used, x.inBr = x.buf[:n], x.buf[n:2*n]
	clear(x.used)
	clear(x.inBr)
	clear(x.brOver)
	x.returning, x.secondComma = false, -1
	commas := 0
	crewWords, castWords := false, false
	for i := range s.toks {
		t := &s.toks[i]
		if t.has(cCrewCues | cJobVerb | cWriteVerb) {
			crewWords = true
		}
		if t.has(cCastVerbs|cCastNouns|cPlayVerbs) || t.low == "cast" || t.low == "role" || t.low == "roles" || t.low == "replacing" || t.low == "replaces" {
			castWords = true
		}
		if t.has(cReturnWords) {
			x.returning = true
		}
		if t.text == "," {
			if commas++; commas == 2 {
				x.secondComma = i
			}
		}
	}
	x.lastChar = ""
	depth := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.text == ")" && depth > 0 {
			depth--
		}
		x.inBr[i] = depth > 0
		if t.text == "(" {
			depth++
		}
	}
	x.crewSentence = crewWords && !castWords
	x.castWords = castWords
	x.sentenceShow()
	if x.pending != "" {
		x.pendAge++
		if x.pendAge > 2 {
			x.pending = ""
		}
	}
	for _, r := range rules {
		x.conf = r.confidence
		r.apply(x)
	}
}

// rules are the rules applied to every sentence, in order, each with the
// confidence of the credits it reads: how often that construction states a
// credit in news copy. Where a fact is read by several rules, the most
// confident one counts.
var rules = []struct {
	apply      func(*extractor)
	confidence float64
}{
	{(*extractor).lineRule, 0.9}, // only on credits lines and paragraph openings
	{(*extractor).roleRule, 0.9},
	{(*extractor).listRule, 0.85},
	{(*extractor).bracketRule, 0.8},
	{(*extractor).crewByRule, 0.9},
	{(*extractor).jobNounRule, 0.8},
	{(*extractor).jobVerbRule, 0.8},
	{(*extractor).sourceRule, 0.85},
	{(*extractor).possRule, 0.6},
	{(*extractor).workedRule, 0.75},
	{(*extractor).creditsRule, 0.75},
	{(*extractor).filmographyRule, 0.7},
	{(*extractor).replacingRule, 0.8},
}

// confidence is the confidence of a credit of person in show read now: the
// rule's, less where the article's show was guessed or the name is one no
// credit dataset starts a name with.
func (x *extractor) confidence(person, show string) float64 {
	c := x.conf
	if x.skey(show) == x.showKey && x.showGuess > 0 {
		c *= x.showGuess
	}
	first, _, multi := strings.Cut(person, " ")
	if !nameStarts[strings.ToLower(first)] {
		if multi {
			c *= 0.9
		} else {
			c *= 0.7 // a single unknown word: "Playmaker", "Arjun"
		}
	}
	return math.Round(c*100) / 100
}

// ---- spans ----------------------------------------------------------------

func (x *extractor) span(i, j int) string {
	if i >= j {
		return ""
	}
	return x.s.text[x.toks[i].start:x.toks[j-1].end]
}

// tok returns token i, or an empty punctuation token outside the
// sentence. The token is read only.
func (x *extractor) tok(i int) *token {
	if i < 0 || i >= len(x.toks) {
		return &noToken
	}
	return &x.toks[i]
}

var noToken = token{kind: tPunct}

// isName reports whether t can be part of a person's name.
func isName(t *token) bool { return t.flags&fName != 0 }

// wordFlags computes a word token's flags once, at tokenizing.
func wordFlags(t *token) uint8 {
	var f uint8
	if t.kind != tWord || !t.cap {
		return 0
	}
	if !t.has(cStopWords | cCastNouns | cGenreNouns | cJobNoun) {
		f |= fName
	}
	if f&fName != 0 || t.has(cCharTitles) {
		f |= fChar
	}
	return f
}

// personAt reads a person's name starting at token i; it returns the end.
func (x *extractor) personAt(i int) int {
	j := i
	for j < len(x.toks) && j-i < 5 && !x.used[j] && isName(&x.toks[j]) {
		j++
	}
	if j > i && x.notPerson(i, j) {
		return i
	}
	return j
}

// personBefore reads a person's name ending before token j; it returns the
// start.
func (x *extractor) personBefore(j int) int {
	i := j
	for i > 0 && j-i < 5 && !x.used[i-1] && isName(&x.toks[i-1]) {
		i--
	}
	if i < j && x.notPerson(i, j) {
		return j
	}
	return i
}

// notPerson rejects a name-shaped span that is a show, a network or only
// initials.
func (x *extractor) notPerson(i, j int) bool {
	// part of a larger proper noun: "Film Festival", "Starline Studios"
	if p := x.tok(i - 1); p.cap && p.has(cGenreNouns|cCompanyWords|cNetworks) {
		return true
	}
	name := x.span(i, j)
	if x.isShow(name) || x.isNetwork(name) {
		return true
	}
	for k := i; k < j; k++ {
		if x.toks[k].has(cCompanyWords) {
			return true // "Studio Pivot", "Starline Pictures"
		}
	}
	if x.sshow != "" && x.fold(name) == x.sshowFold {
		return true
	}
	for k := i; k < j; k++ {
		if !isInitials(x.toks[k].text) {
			return false
		}
	}
	return true
}

// charTitles may start a character's name: "Ser Adrian Redfort".
var charTitles = set(`sir lord lady dame king queen prince princess special agent coach president captain detective doctor dr officer sergeant general uncle aunt mr mrs ms miss madame father mother sister brother saint`)

func isCharWord(t *token) bool { return t.flags&fChar != 0 }

// charAt reads a character's name at i: capitalized words, with a quoted
// nickname inside ("Ser “Bold” Jon Roxton").
func (x *extractor) charAt(i int) int {
	j := i
	for j < len(x.toks) && j-i < 7 {
		t := &x.toks[j]
		if isCharWord(t) {
			j++
			continue
		}
		if j > i && (t.text == "“" || t.text == "\"" || t.text == "‘") && j+2 < len(x.toks) && isCharWord(&x.toks[j+1]) &&
			(x.toks[j+2].text == "”" || x.toks[j+2].text == "\"" || x.toks[j+2].text == "’") && j+3 < len(x.toks) && isCharWord(&x.toks[j+3]) {
			j += 3
			continue
		}
		break
	}
	return j
}

// charBefore reads a character's name ending before j.
func (x *extractor) charBefore(j int) int {
	i := j
	for i > 0 && j-i < 7 {
		if isCharWord(&x.toks[i-1]) {
			i--
			continue
		}
		// a quoted nickname: Ser “Red” Tolan
		if i < j && i >= 4 && isQuote(x.toks[i-1].text) && isCharWord(&x.toks[i-2]) && isQuote(x.toks[i-3].text) && isCharWord(&x.toks[i-4]) {
			i -= 3
			continue
		}
		break
	}
	return i
}

func isQuote(s string) bool {
	return s == "“" || s == "”" || s == "\"" || s == "‘" || s == "’" || s == "'"
}

// titleAt reads a title starting at i: capitalized words and numbers, with
// lower-case glue words between them, a subtitle after a colon, and a
// trailing season qualifier. loose also lets the title start in lower case
// ("anohana: The Flower We Saw That Day").
func (x *extractor) titleAt(i int, loose bool) int {
	t := x.toks
	n := len(t)
	if i >= n {
		return i
	}
	capOrNum := func(k int) bool {
		return k < n && (t[k].cap || t[k].kind == tNum) && t[k].kind != tPunct && t[k].kind != tPoss
	}
	if o := t[i].text; o == "“" || o == "\"" || o == "‘" || o == "'" {
		// a quoted title: “Spring Letter”, "Hotel Lumiere,"
		if !capOrNum(i + 1) {
			return i
		}
		for j := i + 1; j < n && j < i+16; j++ {
			switch t[j].text {
			case "”", "\"", "’", "'":
				if j > i+1 {
					return j + 1
				}
				return i
			case ".", "!", "?", ";", "(", ")", "“":
				if j+1 < n && (t[j+1].text == "”" || t[j+1].text == "\"") {
					continue
				}
				return i
			}
		}
		return i
	}
	if !capOrNum(i) && !(loose && t[i].kind == tWord) {
		return i
	}
	j := i + 1
	for j < n && j-i < 14 {
		tk := &t[j]
		switch {
		case (tk.low == "season" || tk.low == "seasons" || tk.low == "part") && j+1 < n && t[j+1].kind == tNum:
			j += 2
			for j+1 < n && (t[j].low == "and" || t[j].text == "," || t[j].text == "&" || t[j].text == "-" || t[j].text == "–") && t[j+1].kind == tNum {
				j += 2
			}
			return j
		case capOrNum(j):
			j++
		case tk.has(cTitleGlue) && !tk.cap && capOrNum(j+1) && !x.glueEnds(j):
			j++
		case tk.has(cTitleGlue) && !tk.cap && j+2 < n && t[j+1].has(cTitleGlue) && !t[j+1].cap && capOrNum(j+2):
			j += 2
		case (tk.text == ":" || tk.text == "&" || tk.text == "–" || tk.text == "-") && capOrNum(j+1):
			j++
		case (tk.text == ":") && j+1 < n && t[j+1].kind == tWord && loose:
			j++
		case (tk.text == "!" || tk.text == "?") && tk.start == t[j-1].end:
			j++
		case tk.kind == tPoss && t[i].low == "the" && capOrNum(j+1) && !t[j+1].has(cStopWords) && !x.startsName(j+1):
			j++ // "The Handmaid's Tale"
		default:
			return j
		}
	}
	return j
}

// glueEnds reports whether the glue word at j ends a title rather than
// joining two of its words: "T on Tuesday", "T in March", "T on Netflix".
func (x *extractor) glueEnds(j int) bool {
	switch x.toks[j].low {
	case "on", "in", "at", "from", "for", "to", "with":
	default:
		return false
	}
	next := &x.toks[j+1]
	if next.cap && (next.low == "the" || next.low == "a" || next.low == "an") {
		return true // "filming in Croatia on The Ipcress File"
	}
	return next.has(cDateWords) || next.has(cNetworks) && !next.has(cGenreNouns)
}

// otherShow reports whether the genre noun at k names a show the sentence
// compares its subject with: "the sequel to the 2006 film T", "a remake of
// the film T", "like the drama T".
func (x *extractor) otherShow(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		t := &x.toks[m]
		switch t.low {
		case "seen", "known", "starred", "appeared", "played", "previously", "recently", "past", "earlier":
			return true // "recently seen as Rob in ITV drama T"
		}
		if t.has(cNetworks) || t.kind == tPoss {
			continue // "in ITV drama T", "in Netflix's film T"
		}
		if t.kind == tNum || t.kind == tWord && !t.cap && (t.low == "the" || t.low == "a" || t.low == "an" || !t.has(cStopWords)) && !t.has(cGenreNouns) {
			if t.kind == tWord && (t.low == "to" || t.low == "of") {
				return true
			}
			continue
		}
		switch t.low {
		case "to", "of", "from", "after", "like", "following", "than", "unlike", "including", "as":
			return true
		}
		return false
	}
	return false
}

// isADescription reports whether "is a ... film" follows a title ending
// before e: the title names a show.
func (x *extractor) isADescription(e int) bool {
	if l := x.tok(e).low; l != "is" && l != "was" && l != "," {
		return false
	}
	if l := x.tok(e + 1).low; l != "a" && l != "an" && l != "the" {
		return false
	}
	for m := e + 2; m < len(x.toks) && m < e+10; m++ {
		t := &x.toks[m]
		if t.has(cGenreNouns) && !t.cap {
			return true
		}
		if t.kind == tPunct && t.text != "-" || t.kind == tPoss {
			return false
		}
	}
	return false
}

// titleStarts reports whether a title may start at token i.
func (x *extractor) titleStarts(i int) bool {
	t := x.tok(i)
	return t.cap || t.kind == tNum || t.text == "“" || t.text == "\"" || t.text == "‘" || t.text == "'"
}

// titleBefore reads a title ending before j; it returns the start.
func (x *extractor) titleBefore(j int) int {
	t := x.toks
	capOrNum := func(k int) bool {
		return k >= 0 && k < len(t) && (t[k].cap || t[k].kind == tNum) && t[k].kind == tWord || k >= 0 && k < len(t) && t[k].kind == tNum
	}
	i := j
	for i > 0 && j-i < 12 {
		k := i - 1
		switch {
		case capOrNum(k) && !x.inBr[k]:
			i--
		case t[k].has(cTitleGlue) && !t[k].cap && capOrNum(k-1) && i < j:
			i--
		case t[k].has(cTitleGlue) && !t[k].cap && k > 0 && t[k-1].has(cTitleGlue) && !t[k-1].cap && capOrNum(k-2) && i < j:
			i -= 2
		case (t[k].text == ":" || t[k].text == "&") && capOrNum(k-1) && i < j:
			i--
		default:
			return i
		}
	}
	return i
}

// titlesBefore reads one or more titles ending before j: "Miss Granny and
// The Fortress".
func (x *extractor) titlesBefore(j int) []string {
	var out []string
	for len(out) < 4 {
		i := x.titleBefore(j)
		if i == j {
			break
		}
		if p := x.tok(i - 1); len(out) > 0 && !p.cap && p.kind == tWord {
			if p.has(cJobNoun | cCastNouns) {
				break // "alum X and T star Y": X is a person
			}
		}
		ti := i
		allStop := true
		for m := ti; m < j; m++ {
			if !x.toks[m].has(cStopWords) {
				allStop = false
			}
		}
		if allStop {
			break // "It stars X": a pronoun, not a title
		}
		out = append(out, x.span(ti, j))
		if k := i - 1; k > 0 && (x.tok(k).low == "and" || x.tok(k).text == "&") && x.tok(k-1).text != "," {
			j = k
			continue
		}
		break
	}
	return out
}

// titleList reads titles at i: "Shame, The Iron Lady and The Hour", after
// an optional article and up to two lower-case modifiers ("the live-action
// Erased film").
func (x *extractor) titleList(i int) []string {
	var out []string
	for len(out) < 8 {
		k := i
		if l := x.tok(k).low; (l == "the" || l == "a" || l == "an") && !x.tok(k).cap {
			k++
		}
		// "BBC thriller Trust Me", "Sky's Jamestown", "Netflix action film T"
		if t := x.tok(k); t.cap && t.has(cNetworks) && !x.titleStarts(k+1) || t.cap && t.has(cNetworks) && x.tok(k+1).kind == tPoss {
			k++
			if x.tok(k).kind == tPoss {
				k++
			}
		}
		for m := 0; m < 2 && x.tok(k).kind == tWord && !x.tok(k).cap && !x.tok(k).has(cStopWords); m++ {
			k++
		}
		e := x.titleAt(k, false)
		if e == k {
			break
		}
		if x.isNetwork(x.span(k, e)) {
			break
		}
		if len(out) > 0 && (x.tok(e).has(cClauseVerbs) || x.tok(e).has(cAuxWords)) {
			break // ", and Y will appear": a new clause, not a title
		}
		out = append(out, x.span(k, e))
		if x.tok(e).has(cFormatWords) {
			e++
		}
		switch {
		case x.tok(e).low == "and" || x.tok(e).text == "&":
			i = e + 1
		case x.tok(e).text == "," && x.tok(e+1).low == "and":
			i = e + 2
		case x.tok(e).text == "," && (x.tok(e+1).cap || x.tok(e+1).kind == tNum || x.tok(e+1).text == "“"):
			i = e + 1
		case x.tok(e).text == "“" || x.tok(e).text == "\"" && isQuote(x.tok(e-1).text) && x.tok(e-1).text != "\"":
			i = e // "“Pride & Prejudice,” “Atonement”": the comma was inside the quotes
		default:
			return out
		}
	}
	return out
}

func (x *extractor) isNetwork(s string) bool {
	n := x.memo.lookup(s)
	if n.has&hasNet == 0 {
		n.net = isNetwork(s)
		n.has |= hasNet
	}
	return n.net
}

func isNetwork(s string) bool {
	var buf [32]byte
	words := 0
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := runeAt(s, j)
			if isSpace(r2) {
				break
			}
			j += n2
		}
		words++
		w := strings.Trim(s[i:j], ".,:;!?'’\"“”()")
		i = j
		if len(w) > len(buf) {
			return false // longer than any network word
		}
		low, ok := asciiLower(buf[:0], w)
		if !ok {
			low = []byte(strings.ToLower(w))
		}
		if !networks[string(low)] {
			switch string(low) {
			case "+", "and", "&", "one", "two", "the":
			default:
				return false
			}
		}
	}
	return words > 0
}

// asciiLower appends ASCII s in lower case to b; ok is false for other
// text.
func asciiLower(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// isShow reports whether title names a show known to the article or caller.
func (x *extractor) isShow(title string) bool {
	n := x.memo.lookup(title)
	if n.showEpoch != x.epoch {
		n.show = x.isShowUncached(title, n.skeyOf(title))
		n.showEpoch = x.epoch
	}
	return n.show
}

func (x *extractor) isShowUncached(title, key string) bool {
	if key == "" {
		return false
	}
	if key == x.showKey || x.know.shows[key] || x.headings[key] || x.isAbbr(title) {
		return true
	}
	return x.opt.KnownShow != nil && x.opt.KnownShow(title)
}

func (x *extractor) isAbbr(s string) bool {
	return x.abbr != "" && s == x.abbr
}

// knownPerson returns the full name of a person the first reading found, or
// "".
func (x *extractor) knownPerson(name string) string {
	r := x.resolve(name)
	if x.know.persons[x.fold(r)] {
		return r
	}
	return ""
}

// resolve returns the full name for a surname used alone ("Cooke" for
// "Olivia Cooke"), or name.
func (x *extractor) resolve(name string) string {
	name = cleanSpace(name)
	if !strings.Contains(name, " ") {
		if full := x.know.surname[x.fold(name)]; full != "" {
			return full
		}
	}
	return name
}

// ---- sentence context -------------------------------------------------------

// introEnd is the index after a leading phrase such as "According to
// Variety," or "In addition to X,", or 0.
func (x *extractor) introEnd() int {
	t := x.toks
	if len(t) == 0 {
		return 0
	}
	switch t[0].low {
	case "according", "in", "with", "like", "after", "before", "besides", "despite", "unlike", "following",
		"per", "directed", "written", "created", "produced", "based", "adapted", "lastly", "meanwhile",
		"however", "now", "then", "while", "although", "though", "since", "as", "on", "for", "at":
		depth := 0
		for k := 1; k < len(t) && k < 30; k++ {
			switch t[k].text {
			case "(":
				depth++
			case ")":
				depth--
			case ",":
				if depth == 0 {
					return k + 1
				}
			}
		}
	}
	return 0
}

// sentenceShow sets the show the sentence is about: its subject when that is
// a show, a show introduced by a genre noun, or the current focus.
func (x *extractor) sentenceShow() {
	t := x.toks
	n := len(t)
	x.sshow = ""
	st := x.introEnd()
	if b := bulletEnd(t); b > st {
		st = b
	}
	if e := x.titleAt(st, false); e > st {
		title := x.span(st, e)
		starsAt := e
		if x.tok(e).low == "also" {
			starsAt++
		}
		cue := (x.tok(starsAt).low == "stars" || x.tok(starsAt).low == "starring") && x.tok(starsAt+1).cap ||
			x.tok(e).text == "," && (x.tok(e+1).low == "led" || x.tok(e+1).low == "starring" || x.tok(e+1).low == "featuring")
		if x.knownPerson(title) != "" && !x.isShow(title) {
			cue = false // "Margot Robbie stars as Harding": a person
		}
		// "T has added X", "T casts X"
		v := e
		if l := x.tok(v).low; l == "has" || l == "have" {
			v++
		}
		switch x.tok(v).low {
		case "adds", "added", "casts", "cast", "taps", "tapped", "enlists", "enlisted", "welcomes", "welcomed", "recruits", "recruited":
			cue = cue || x.titleStarts(v+1) || x.tok(v+1).low == "three" || x.tok(v+1).low == "two" || x.tok(v+1).kind == tNum
		}
		jobAfter := x.tok(e).has(cJobNoun)
		pronoun := e == st+1 && x.toks[st].has(cStopWords)
		cue = cue || x.isADescription(e)
		if !pronoun && (x.isShow(title) || cue) && !x.isNetwork(title) && x.tok(e).kind != tPoss && !jobAfter && (!x.tok(e).has(cCastNouns) || x.tok(e).low == "stars") {
			x.sshow = title
		}
	}
	if x.sshow == "" {
		relative := false // inside "..., who starred in the film T, ..."
		for k := 0; k+1 < n; k++ {
			switch t[k].low {
			case "who", "whose", "which", "whom":
				relative = true
			case ",", ";", "(", ")":
				relative = false
			}
			if x.inBr[k] || relative {
				continue
			}
			if (t[k].has(cGenreNouns) || t[k].low == "titled") && !t[k].cap && x.titleStarts(k+1) && !x.otherShow(k) {
				if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) && x.tok(e).kind != tPoss {
					x.sshow = x.span(k+1, e)
					break
				}
			}
			if t[k].low == "season" && t[k+1].low == "of" && k > 0 && (ordinals[t[k-1].low] > 0 || t[k-1].low == "new" || t[k-1].low == "next") {
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) {
					x.sshow = x.span(k+2, e)
					break
				}
			}
			if t[k].low == "cast" && t[k+1].low == "of" {
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) {
					if x.tok(e).kind == tPoss {
						// "the cast of Tigmanshu Dhulia's Milan Talkies": the
						// title follows its maker's possessive
						if e2 := x.titleAt(e+1, false); e2 > e+1 {
							x.sshow = x.span(e+1, e2)
							break
						}
						continue
					}
					x.sshow = x.span(k+2, e)
					break
				}
			}
		}
	}
	if x.sshow == "" && x.castWords {
		// "X will guest on “The Office” as Andy's brother": a quoted
		// title after "on" or "in" in a sentence about casting
		for k := 0; k+1 < n; k++ {
			if x.inBr[k] || t[k].low != "on" && t[k].low != "in" || !isQuote(t[k+1].text) {
				continue
			}
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(unquote(x.span(k+1, e))) {
				x.sshow = x.span(k+1, e)
				break
			}
		}
	}
	if x.isAbbr(x.sshow) {
		x.sshow = x.show
	}
	if !hasLetter(x.sshow) {
		x.sshow = ""
	}
	if x.sshow != "" {
		x.sshow = unquote(x.sshow)
		title, _ := x.split(x.sshow)
		x.focus = title
	} else {
		x.sshow = x.focus
	}
	x.sshowFold = x.fold(x.sshow)
	x.sseasons = nil
	if !x.first {
		x.sseasons = x.mentionedSeasons() // seasons teach the first reading nothing
	}
}

// mentionedSeasons are the seasons a sentence names outside brackets and
// other titles: "season 3", "Seasons 2 and 3", "the second season".
func (x *extractor) mentionedSeasons() []int {
	var out []int
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		if (t[k].low == "season" || t[k].low == "seasons") && k+1 < len(t) {
			if k > 0 && t[k-1].cap && t[k-1].kind == tWord {
				// "Squid Game Season 3" belongs to that title, unless it is
				// the sentence's own show.
				st := x.titleBefore(k)
				if x.skey(x.span(st, k)) != x.skey(x.sshow) && x.skey(x.span(st, k)) != x.showKey {
					continue
				}
			}
			if t[k+1].kind == tNum {
				out = append(out, atoi(t[k+1].text))
				for j := k + 2; j+1 < len(t) && (t[j].low == "and" || t[j].text == "," || t[j].text == "&") && t[j+1].kind == tNum; j += 2 {
					out = append(out, atoi(t[j+1].text))
				}
			} else if o, ok := ordinals[t[k+1].low]; ok {
				out = append(out, o)
			}
		}
		if k+1 < len(t) && t[k+1].low == "season" {
			if o, ok := ordinals[t[k].low]; ok {
				out = append(out, o)
			}
		}
	}
	return graph.MergeSeasons(out, nil)
}

// ---- emitting ---------------------------------------------------------------

// add records one credit. kind "" leaves the kind open.
func (x *extractor) add(kind, person, show, character, job string) {
	if character != "" {
		x.lastChar = character
	}
	if x.first {
		// The first reading only learns which names are people and shows:
		// knowledge reads its facts as sets, so a credit read again needs
		// no merging and no lookup.
		x.addNew(kind, person, show, character, job)
		return
	}
	// the same credit read again: only its seasons may add anything
	early := rawKey{kind, person, show, character, job}
	if i, ok := x.early[early]; ok {
		if i >= 0 && x.skey(x.facts[i].Show) == x.showKey && job != graph.JobOriginalAuthor && len(x.facts[i].Seasons) > 0 {
			if len(x.sseasons) > 0 {
				x.facts[i].Seasons = graph.MergeSeasons(x.facts[i].Seasons, x.sseasons)
			}
		}
		return
	}
	x.early[early] = x.addNew(kind, person, show, character, job)
}

// addNew records a credit not seen before with these arguments; it returns
// the index of its fact, or -1 when it gives none.
func (x *extractor) addNew(kind, person, show, character, job string) int {
	person = x.resolve(strings.Trim(cleanSpace(person), ",;:"))
	show = unquote(cleanSpace(show))
	if x.isAbbr(show) {
		show = x.show
	}
	if person == "" || show == "" || x.isNetwork(show) || x.isNetwork(person) || !hasLetter(show) || describes(show) || describes(person) {
		return -1
	}
	if title, _ := x.split(show); title == "" || !hasLetter(title) || seasonOnly(title) {
		return -1 // "in Season 5": a season, no title
	}
	if x.fold(person) == x.fold(show) && character == "" {
		return -1
	}
	if x.know.chars[x.fold(person)] {
		return -1 // a character of this article, not a person
	}
	f := graph.Fact{Kind: kind, Person: person, Show: show, Character: character, Job: job,
		Evidence: x.s.text, Article: x.a.ID, Date: x.a.Date, Confidence: x.confidence(person, show)}
	if kind == "" {
		f.Kind = graph.KindCast
	}
	if f.Kind == graph.KindCrew {
		f.Character = ""
	} else {
		f.Job = ""
	}
	title, qs := x.split(show)
	if x.skey(title) == x.showKey && len(qs) == 0 && job != graph.JobOriginalAuthor {
		if len(x.sseasons) > 0 {
			f.Seasons = x.sseasons
		} else {
			f.Seasons = x.seasons
		}
	}
	if x.first {
		if f = x.normalize(f); f.Person == "" {
			return -1
		}
		x.facts = append(x.facts, fact{Fact: f, open: kind == "", crewHint: x.crewSentence, key: x.factKey(f)})
		return len(x.facts) - 1
	}
	raw := rawKey{kind, f.Person, f.Show, f.Character, f.Job}
	if i, ok := x.raw[raw]; ok {
		if i >= 0 {
			x.facts[i].Seasons = graph.MergeSeasons(x.facts[i].Seasons, f.Seasons)
			x.facts[i].Confidence = max(x.facts[i].Confidence, f.Confidence)
		}
		return i
	}
	if f = x.normalize(f); f.Person == "" {
		x.raw[raw] = -1
		return -1
	}
	fkey := x.factKey(f)
	key := fkey
	key.open = kind == ""
	if i, ok := x.index[key]; ok {
		x.facts[i].Seasons = graph.MergeSeasons(x.facts[i].Seasons, f.Seasons)
		x.facts[i].Confidence = max(x.facts[i].Confidence, f.Confidence)
		x.raw[raw] = -1 // as given, these fields add nothing
		return i
	}
	x.index[key] = len(x.facts)
	x.raw[raw] = len(x.facts)
	x.facts = append(x.facts, fact{Fact: f, open: kind == "", crewHint: x.crewSentence, key: fkey})
	return len(x.facts) - 1
}

type rawKey struct{ kind, person, show, character, job string }

// factKey identifies a fact: its fields folded.
type factKey struct {
	open                               bool // a fact whose kind is left open
	kind, person, show, character, job string
}

func (x *extractor) factKey(f graph.Fact) factKey {
	return factKey{kind: f.Kind, person: x.fold(f.Person), show: x.skey(f.Show), character: x.fold(f.Character), job: f.Job}
}

// normalize is graph.Fact.Normalize with a cheap path for titles without
// digits, which have no season qualifier. It returns a fact with no person
// when the fact would not be valid; finish validates every fact again.
func (x *extractor) normalize(f graph.Fact) graph.Fact {
	f.Person = cleanSpace(f.Person)
	f.Character = cleanSpace(f.Character)
	f.Job = strings.ToLower(cleanSpace(f.Job))
	title, qs := x.split(f.Show)
	f.Show = title
	f.Seasons = graph.MergeSeasons(f.Seasons, qs)
	f.Evidence = x.s.clean()
	f.Article = strings.TrimSpace(f.Article)
	if x.fold(f.Person) == "" || f.Show == "" || x.skey(f.Show) == "" {
		f.Person = ""
	}
	for _, n := range f.Seasons {
		if n < 0 || n > 1000 {
			f.Person = ""
		}
	}
	return f
}

// hasLetter reports whether s has a letter: "2013" is a year, not a title.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// unquote drops the quotes around a quoted title, and a comma or full stop
// kept inside them: “Hotel Lumiere,” is Hotel Lumiere.
func unquote(s string) string {
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r != '“' && r != '"' && r != '‘' && r != '\'' {
		return s
	}
	return strings.TrimSpace(strings.Trim(s, "“”\"‘’',. "))
}

// cleanSpace is graph.CleanSpace without allocating for clean input.
func cleanSpace(s string) string {
	prev := byte(' ') // the previous byte; as if a space came before s
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ':
			if prev == ' ' {
				return graph.CleanSpace(s)
			}
		case c < ' ':
			if '\t' <= c && c <= '\r' {
				return graph.CleanSpace(s)
			}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return graph.CleanSpace(s)
			}
			i += n - 1
			c = 'x' // a rune that is not a space
		}
		prev = c
	}
	if prev == ' ' && s != "" {
		return graph.CleanSpace(s)
	}
	return s
}

// valid is graph.Fact.Validate for facts built by add, with cached keys.
func (x *extractor) valid(f graph.Fact, key factKey) bool {
	if f.Kind != graph.KindCast && f.Kind != graph.KindCrew || key.person == "" || strings.TrimSpace(f.Show) == "" || key.show == "" {
		return false
	}
	for _, n := range f.Seasons {
		if n < 0 || n > 1000 {
			return false
		}
	}
	if f.Kind == graph.KindCast && f.Job != "" || f.Kind == graph.KindCrew && f.Character != "" {
		return false
	}
	return true
}

// knowledge sums up what this reading found, for a second reading.
func (x *extractor) knowledge() *knowledge {
	n := len(x.facts)
	k := &knowledge{persons: make(map[string]bool, n), surname: make(map[string]string, n), shows: make(map[string]bool, n/2+len(x.headings)+1),
		crew: make(map[string]bool, n), chars: make(map[string]bool, n)}
	for _, f := range x.facts {
		pk := f.key.person
		k.persons[pk] = true
		if f.Character != "" {
			k.chars[f.key.character] = true
		}
		k.shows[f.key.show] = true
		if f.Kind == graph.KindCrew && !f.open {
			k.crew[pk] = true
		}
		// f.Person is normalized: its words are separated by one space
		if sp := strings.LastIndexByte(f.Person, ' '); sp >= 0 {
			last := x.fold(f.Person[sp+1:])
			if prev, ok := k.surname[last]; ok && x.fold(prev) != pk {
				k.surname[last] = ""
			} else if !ok {
				k.surname[last] = f.Person
			}
		}
	}
	for key := range x.headings {
		k.shows[key] = true
	}
	if x.showKey != "" {
		k.shows[x.showKey] = true
	}
	// a one-word "person" that is a full name's surname is that person
	for key := range k.persons {
		if !strings.Contains(key, " ") && k.surname[key] != "" {
			delete(k.persons, key)
		}
	}
	return k
}

// finish settles open kinds, merges a credit without a character (or job)
// into the same credit with one, and returns the facts in order.
func (x *extractor) finish() []graph.Fact {
	crew := x.know.crew // the know of this call: free to add to
	for _, f := range x.facts {
		if f.Kind == graph.KindCrew && !f.open {
			crew[f.key.person] = true
		}
	}
	type pair struct{ kind, person, show string }
	detailed := map[pair]int{}
	out := make([]graph.Fact, 0, len(x.facts))
	keys := make([]factKey, 0, len(x.facts)) // of out
	seen := make(map[factKey]int, len(x.facts))
	for _, f := range x.facts {
		if f.open && (crew[f.key.person] || f.crewHint) {
			f.Kind = graph.KindCrew
			f.Character = ""
			f.key.kind, f.key.character = graph.KindCrew, ""
		}
		key := f.key
		if i, ok := seen[key]; ok {
			out[i].Seasons = graph.MergeSeasons(out[i].Seasons, f.Seasons)
			out[i].Confidence = max(out[i].Confidence, f.Confidence)
			continue
		}
		seen[key] = len(out)
		out = append(out, f.Fact)
		keys = append(keys, key)
		if f.Character != "" || f.Job != "" {
			p := pair{f.Kind, key.person, key.show}
			if _, ok := detailed[p]; !ok {
				detailed[p] = len(out) - 1
			}
		}
	}
	final := make([]graph.Fact, 0, len(out))
	finalKeys := make([]factKey, 0, len(out))
	dateOK := x.a.Date == "" || validDate(x.a.Date)
	for n, f := range out {
		if !dateOK {
			f.Date = ""
		}
		if !x.valid(f, keys[n]) {
			continue
		}
		if f.Character == "" && f.Job == "" {
			if i, ok := detailed[pair{f.Kind, keys[n].person, keys[n].show}]; ok {
				out[i].Seasons = graph.MergeSeasons(out[i].Seasons, f.Seasons)
				out[i].Confidence = max(out[i].Confidence, f.Confidence)
				continue
			}
		}
		final = append(final, f)
		finalKeys = append(finalKeys, keys[n])
	}
	// seasons and confidence merged above may have landed on facts already
	// copied
	for i := range final {
		if j, ok := seen[finalKeys[i]]; ok {
			final[i].Seasons = out[j].Seasons
			final[i].Confidence = out[j].Confidence
		}
	}
	return final
}
