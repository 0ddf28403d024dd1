package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Each rule below reads one family of constructions in the current
// sentence. Rules look at a bounded window around a cue word, so a sentence
// is read in time linear in its length.

// closeOf returns the index of the bracket closing the one at i, or -1.
func (x *extractor) closeOf(i int) int {
	open := x.toks[i].text
	want := ")"
	if open == "[" {
		want = "]"
	}
	depth := 0
	for k := i; k < len(x.toks) && k < i+60; k++ {
		switch x.toks[k].text {
		case open:
			depth++
		case want:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// openOf returns the index of the bracket opening the one closing at j, or
// -1.
func (x *extractor) openOf(j int) int {
	close := x.toks[j].text
	want := "("
	if close == "]" {
		want = "["
	}
	depth := 0
	for k := j; k >= 0 && k > j-60; k-- {
		switch x.toks[k].text {
		case close:
			depth++
		case want:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// item is one person in a list: "Trespasses actor Tom Cullen", "Lee
// Min-jae (Weak Hero: Class 2)".
type item struct {
	start, pstart, pend, end int
	br                       int    // index of its "(" or -1
	owner                    string // "The Crown's X": a show the item is credited in
}

// pluralNouns are the plural performer and job nouns: "Andor stars X and
// Y" credits both, "Andor star X, Y and Z" only X.
var pluralNouns = set(`stars actors actresses alums alumni regulars leads comedians singers performers hosts co-stars
	newcomers veterans directors writers producers creators showrunners`)

// prefixNouns may stand before a name in a list: "actress X".
var prefixNouns = set(`actor actress comedian comedians singer rapper idol model performer host newcomer co-star`)

func (x *extractor) isAgeWord(t *token) bool { return t.flags&fAge != 0 }

// parseItem reads one list item at k.
func (x *extractor) parseItem(k int) (item, bool) {
	it := item{start: k, br: -1}
	for m := 0; m < 3; m++ {
		t := x.tok(k)
		if x.isAgeWord(t) || (t.has(cPrefixNouns) && !t.cap) {
			k++
			continue
		}
		break
	}
	// "Veteran actress X", "acclaimed British actor X"
	if m := k; describeWords[x.tok(m).low] {
		for m < k+3 && describeWords[x.tok(m).low] {
			m++
		}
		if x.tok(m).has(cCastNouns) && !x.tok(m).cap {
			k = m + 1
		}
	}
	// "The Crown's Jared Harris": a show's possessive before the name
	if e := x.titleAt(k, false); e > k && x.tok(e).kind == tPoss && x.tok(k).low == "the" {
		if pe := x.personAt(e + 1); pe > e+1 {
			it.owner = unquote(x.span(k, e))
			k = e + 1
		}
	}
	// "Andor star X": a title and a performer noun before the name
	for m := 0; m < 2 && describeWords[x.tok(k).low] && x.titleStarts(k+1); m++ {
		k++ // "Former The Deep End star X"
	}
	if e := x.titleAt(k, false); e > k && e+1 < len(x.toks) && x.toks[e].has(cCastNouns) && !x.toks[e].cap && !describes(x.span(k, e)) &&
		!(e == k+1 && x.toks[k].has(cStopWords)) { // "It stars X": a pronoun, not a title
		if pe := x.personAt(e + 1); pe > e+1 {
			k = e + 1
		}
	}
	pe := x.personAt(k)
	if pe == k {
		return it, false
	}
	it.pstart, it.pend = k, pe
	k = pe
	if x.tok(k).text == "[" {
		if c := x.closeOf(k); c > 0 {
			k = c + 1
		}
	}
	if x.tok(k).text == "(" {
		if c := x.closeOf(k); c > 0 {
			it.br = k
			k = c + 1
		}
	}
	it.end = k
	return it, true
}

// parseList reads a list of people at k: items joined by ",", "and", "&".
// The list is valid until the next call: callers read it before they parse
// another.
func (x *extractor) parseList(k int) []item {
	x.items = x.appendList(x.items[:0], k)
	return x.items
}

// appendList appends to items the list of people at k.
func (x *extractor) appendList(items []item, k int) []item {
	it, ok := x.parseItem(k)
	for ok && len(items) < 40 {
		items = append(items, it)
		if x.tok(it.end).kind == tPoss {
			break
		}
		j := it.end
		switch {
		case x.tok(j).text == "," && x.tok(j+1).low == "and":
			j += 2
		case x.tok(j).text == "," || x.tok(j).low == "and" || x.tok(j).text == "&":
			j++
		default:
			return items
		}
		if it, ok = x.parseItem(j); !ok {
			return items
		}
	}
	return items
}

func (x *extractor) itemName(it item) string { return x.span(it.pstart, it.pend) }

// shareSurname expands "Anthony and Joe Russo" to two full names.
func shareSurname(names []string) []string {
	if len(names) == 2 && !strings.Contains(names[0], " ") && strings.Count(names[1], " ") == 1 &&
		!isUpperCase(names[0]) {
		last := names[1][strings.LastIndex(names[1], " ")+1:]
		return []string{names[0] + " " + last, names[1]}
	}
	return names
}

// ---- cast lists -------------------------------------------------------------

// listRule: "starring X and Y", "the cast includes X", "X, Y and Z have
// joined", "X ... will reprise", "another newcomer, X".
func (x *extractor) listRule() {
	t := x.toks
	n := len(t)
	castCue := false // a casting verb seen so far in the sentence
	for k := 0; k < n; k++ {
		if x.inBr[k] || x.used[k] {
			if t[k].has(cCastVerbs) || t[k].has(cReturnWords) {
				castCue = true
			}
			continue
		}
		var items []item
		if t[k].cap || x.isAgeWord(&t[k]) || t[k].has(cPrefixNouns) {
			items = x.parseList(k)
		}
		if len(items) == 0 {
			if t[k].has(cCastVerbs) || t[k].has(cReturnWords) || t[k].low == "cast" {
				castCue = true
			}
			continue
		}
		start, end := items[0].start, items[len(items)-1].end
		if x.tok(start-1).has(cJobNoun) || x.tok(end).kind == tPoss || !x.listEnds(end) {
			// "Showrunners X and Y return": crew, read by jobNounRule;
			// "X's novel": an owner; "X syndrome": not a name
			k = end - 1
			continue
		}
		trigger := x.listTrigger(start, castCue)
		if !trigger {
			switch x.tok(start - 1).low {
			case "for", "in", "on", "of", "from", "like", "about", "than", "to":
				// "Known for Iron Pass, Reyes leads": the object of a
				// preposition is no subject
				k = end - 1
				continue
			}
		}
		// drop a leading one-word item that is not a known person
		for len(items) > 0 && !trigger && items[0].pend-items[0].pstart == 1 && x.knownPerson(x.itemName(items[0])) == "" &&
			!isUpperCase(x.itemName(items[0])) {
			items = items[1:]
		}
		if len(items) > 0 && (trigger || x.verbAfter(end)) {
			job, ok := x.crewBeside(items[0].start)
			if !ok {
				job, ok = x.crewAs(end)
			}
			if !ok && trigger {
				job, ok = x.jobBeforeTrigger(start)
			}
			if ok {
				// "X executive produces alongside Y and Z": crew, not cast
				for _, it := range items {
					x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
				}
			} else {
				x.castList(items)
			}
		}
		k = end - 1
	}
}

// jobBeforeTrigger reads a job noun as the subject of a list's trigger:
// "Executive producers include X and Y", "its writers are X and Y".
func (x *extractor) jobBeforeTrigger(start int) (string, bool) {
	if x.tok(start-1).low == "with" {
		// "who executive produces with X, Y and Z"
		j, ok := jobVerbs[x.tok(start-2).low]
		return j, ok
	}
	switch x.tok(start - 1).low {
	case "include", "includes", "including", "are", "comprise", "comprises":
	default:
		return "", false
	}
	for m := start - 2; m >= 0 && m >= start-4; m-- {
		if j, ok := jobNouns[x.toks[m].low]; ok {
			return j, true
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return "", false
}

// listTrigger reports whether the words before a list at start make it the
// cast: "starring", "led by", "including" after a casting verb, "newcomer,".
func (x *extractor) listTrigger(start int, castCue bool) bool {
	if f := x.tok(start); f.has(cListTriggers) && !f.cap {
		return true // "It stars X and Y": the item began at its trigger
	}
	p := x.tok(start - 1)
	switch {
	case (p.low == "are" || p.low == "is") && x.tok(start-2).has(cReturnWords):
		return true // "Returning are X and Y"
	case p.low == "cast" && (x.tok(start-2).low == "returning" || x.tok(start-2).low == "new"):
		return true
	case p.has(cListTriggers) && (!p.cap || start == 1):
		return true
	case p.text == ":" && (x.tok(start-2).low == "cast" || x.tok(start-2).low == "starring" || x.tok(start-2).low == "stars" || x.tok(start-2).low == "voices"):
		return true // a credits block: "Cast: X, Y"
	case p.low == "by" && x.tok(start-2).low == "led":
		return true
	case p.low == "with" && x.tok(start-2).has(cJobVerb) && !x.tok(start-2).cap:
		return true // "who executive produces with X and Y"
	case (p.low == "are" || p.low == "is") && x.joiningBefore(start-2):
		return true // "Joining them are X and Y", "Joining the cast is X"
	case (p.low == "including" || p.low == "with") && castCue:
		return true
	case p.has(cJoinNouns):
		return true
	case p.text == "," && x.tok(start-2).has(cJoinNouns):
		return true
	case p.low == "member" || p.low == "members":
		return x.tok(start-2).low == "cast"
	}
	return false
}

// joiningBefore reports whether "joining" or "also joining" starts the words
// that end at k: "Joining them", "Also joining the cast".
func (x *extractor) joiningBefore(k int) bool {
	for m := k; m >= 0 && m >= k-4; m-- {
		switch x.toks[m].low {
		case "joining", "rounding", "returning":
			return m == 0 || x.toks[m-1].low == "also" || x.toks[m-1].text == ","
		}
		if x.toks[m].kind == tPunct {
			return false
		}
	}
	return false
}

// verbAfter reports whether a casting verb follows a list ending at end,
// past auxiliaries and an aside: "..., among many others, will also reprise".
func (x *extractor) verbAfter(end int) bool {
	k := end
	if x.tok(k).text == "," {
		j := k + 1
		for j < len(x.toks) && j < k+8 && x.toks[j].kind == tWord && !x.toks[j].cap {
			j++
		}
		if x.tok(j).text == "," && j > k+1 {
			k = j + 1
		}
	}
	if x.tok(k).text == "," && x.tok(k+1).low == "who" {
		// "X, who starred in T, joins the cast": the main verb follows
		// the relative clause; "X (Show), who joins the cast": it is in it
		k++
		for m := k + 1; m < len(x.toks) && m < k+16; m++ {
			if x.toks[m].text == "," {
				if x.verbAt(m + 1) {
					return true
				}
				break
			}
		}
	}
	return x.verbAt(k)
}

// verbAt reports whether a casting verb stands at k, past auxiliaries.
func (x *extractor) verbAt(k int) bool {
	for m := 0; m < 6 && x.tok(k).has(cAuxWords); m++ {
		k++
	}
	v := x.tok(k)
	if v.cap {
		return false
	}
	if v.low == "part" && x.tok(k+1).low == "of" {
		// "X and Y are also part of the ensemble cast"
		for m := k + 2; m < len(x.toks) && m < k+6; m++ {
			if l := x.toks[m].low; l == "cast" || l == "ensemble" || l == "lineup" || l == "line-up" {
				return true
			}
		}
	}
	switch v.low {
	case "starring", "featuring":
		// "directed by X starring Y": the list follows the verb
		return x.tok(k+1).low == "as" || x.tok(k+1).low == "opposite" || x.tok(k+1).low == "alongside"
	case "stars", "star":
		// "X and Y will star." but not "T stars X" nor "X stars in T";
		// "X and Y star in the series": the sentence's show
		if x.tok(k+1).low == "in" {
			if d := x.tok(k + 2).low; d != "the" && d != "this" && d != "its" {
				return false
			}
			for m := k + 3; m < len(x.toks) && m < k+7; m++ {
				if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
					return true // "star in the BBC's adaptation of ..."
				} else if g.kind == tPunct {
					break
				}
			}
			return false
		}
		return !x.tok(k + 1).cap
	}
	if v.has(cCastVerbs) {
		if n := x.tok(k + 1).low; n == "in" || n == "on" {
			// "X will appear in T": a credit in T, read by workedRule
			if ts := x.titleList(k + 2); len(ts) > 0 && !strings.HasPrefix(strings.ToLower(ts[0]), "season") {
				return false
			}
		}
		return x.tok(k+1).low != "by" && x.tok(k+2).low != "by" // "portrayed (primarily) by"
	}
	return false
}

// castList credits each item of a cast list in the sentence's show; a
// returning cast's brackets hold characters.
func (x *extractor) castList(items []item) {
	chars := false
	if x.returning {
		chars = true
		nbr := 0
		for _, it := range items {
			if it.br < 0 {
				continue
			}
			nbr++
			c := x.closeOf(it.br)
			inner := x.span(it.br+1, c)
			if x.showLike(it.br+1, c) || x.isShow(inner) || x.knownPerson(inner) != "" || !x.tok(it.br+1).cap {
				chars = false
			}
		}
		chars = chars && nbr > 0
	}
	for _, it := range items {
		name := x.itemName(it)
		if it.owner != "" {
			x.add(graph.KindCast, name, it.owner, "", "")
		}
		if it.br >= 0 && chars {
			c := x.closeOf(it.br)
			x.brOver[it.br] = true
			x.add(graph.KindCast, name, x.sshow, x.span(it.br+1, c), "")
			continue
		}
		if x.sshow != "" {
			x.add(graph.KindCast, name, x.sshow, "", "")
		}
		if x.pending != "" {
			x.add("", name, x.pending, "", "")
			x.pending = ""
		}
	}
}

// ---- brackets ---------------------------------------------------------------

// showLike reports whether the tokens i..j read as a title rather than a
// name: digits, a colon, glue words, a leading article, four or more words,
// a season, an acronym.
func (x *extractor) showLike(i, j int) bool {
	if j-i >= 4 {
		return true
	}
	for k := i; k < j; k++ {
		t := &x.toks[k]
		switch {
		case t.kind == tNum:
			return true
		case t.kind == tPunct && strings.Contains(":!?&", t.text):
			return true
		case t.kind == tWord && !t.cap:
			return true
		case k == i && (t.low == "the" || t.low == "a" || t.low == "an"):
			return true
		case t.low == "season" || t.low == "seasons" || t.low == "series" || t.low == "part":
			return true
		case len(t.text) >= 3 && isUpperCase(t.text) && !isInitials(t.text):
			return true
		}
	}
	return false
}

// personShaped reports whether i..j read as a full name: two to four name
// words.
func (x *extractor) personShaped(i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if !isName(&x.toks[k]) {
			return false
		}
	}
	return true
}

// charContext reports whether the words before a name at i make it a
// character: "the story of X", "rapist X", "tied to X".
func (x *extractor) charContext(i int) bool {
	p := x.tok(i - 1)
	if p.kind != tWord || p.cap {
		return false
	}
	switch p.low {
	case "of", "to", "about", "around", "against", "named", "called":
		return true
	}
	if p.has(cStopWords) || p.has(cAuxWords) || p.has(cCastVerbs) || p.has(cListTriggers) || p.has(cCastNouns) ||
		strings.HasSuffix(p.low, "ing") || strings.HasSuffix(p.low, "ed") || strings.ContainsAny(p.low, "0123456789") {
		return false
	}
	if p.has(cJobNoun) {
		return false
	}
	switch p.low {
	case "and", "or", "by", "with", "alongside", "including", "replacing", "as", "plus":
		return false
	}
	return true
}

// bracketRule: "Name (Show)", "Name (Show Season 2)", "Character (Actor)",
// "Show (starring X and Y)", "Name (live-action Show's Character, Show2)".
func (x *extractor) bracketRule() {
	t := x.toks
	for k := 0; k < len(t); k++ {
		if t[k].text != "(" {
			continue
		}
		c := x.closeOf(k)
		if c < 0 {
			return
		}
		if c == k+1 || x.brOver[k] {
			k = c
			continue
		}
		first := &t[k+1]
		if first.low == "starring" || first.low == "featuring" || first.low == "stars" {
			if ts := x.titleBefore(k); ts < k {
				title := x.span(ts, k)
				for _, it := range x.parseList(k + 2) {
					x.add(graph.KindCast, x.itemName(it), title, "", "")
				}
			}
			k = c
			continue
		}
		j := k
		if x.tok(j-1).text == "]" {
			if o := x.openOf(j - 1); o > 0 {
				j = o
			}
		}
		ps := x.personBefore(j)
		if ps == j {
			k = c
			continue
		}
		outer := x.span(ps, j)
		parts := x.bracketParts(k+1, c)
		if len(parts) == 1 && !parts[0].poss {
			p := parts[0]
			inner := x.span(p.i, p.j)
			if !x.tok(p.i).cap && x.tok(p.i).kind != tNum && !p.loose {
				k = c
				continue
			}
			// Character (Actor) where the bracket holds the surname of a
			// person named elsewhere ("Anna (Adams)") or, in a sentence
			// that speaks of no casting, a person's name ("Bonnie Carlson
			// (Zoë Kravitz) had killed Perry")
			if !x.returning {
				actor := ""
				if p.j-p.i == 1 {
					if r := x.resolve(inner); r != inner && x.know.persons[x.fold(r)] && x.fold(r) != x.fold(outer) {
						actor = r
					}
				} else if !x.castWords && x.personShaped(p.i, p.j) && x.startsName(p.i) && !x.isShow(inner) && !x.showLike(p.i, p.j) &&
					x.knownPerson(outer) == "" {
					actor = inner
				}
				if actor != "" {
					x.add(graph.KindCast, actor, x.sshow, outer, "")
					k = c
					continue
				}
			}
			// Character (Actor): the bracket names a person
			full := x.knownPerson(inner)
			cs := x.charBefore(j)
			if cs > ps {
				cs = ps
			}
			if !x.showLike(p.i, p.j) && (!x.isShow(inner) && (x.personShaped(p.i, p.j) || p.j-p.i == 1 && j-ps == 1 && x.knownPerson(outer) == "") && (x.charContext(ps) || x.charContext(cs) || x.tok(cs).has(cCharTitles)) ||
				full != "" && strings.Contains(full, " ") && x.knownPerson(outer) == "") {
				x.add(graph.KindCast, inner, x.sshow, x.span(cs, j), "")
				k = c
				continue
			}
		}
		for _, p := range parts {
			for _, title := range x.splitAnd(p) {
				x.add("", outer, title, p.char, "")
			}
		}
		k = c
	}
}

// part is one comma-separated part of a bracket.
type part struct {
	i, j  int    // the title's tokens
	char  string // a character named after the title's possessive
	poss  bool
	loose bool // the title followed "live-action": it may start in lower case
}

// bracketParts splits a bracket's tokens i..j at commas and reads each part
// as a title, with an optional "'s Character" or "'s title role".
func (x *extractor) bracketParts(i, j int) []part {
	var out []part
	start := i
	for k := i; k <= j; k++ {
		// parts end at a comma or semicolon, even one inside quotes
		// ("in “Demon Slayer,” Makoto in “Free!”"), and at a closing quote
		// that a name or "and" follows ("in “Free!” Zora in ...")
		end, next := -1, -1
		switch {
		case k == j:
			end, next = k, k+1
		case x.toks[k].text == "," || x.toks[k].text == ";":
			end, next = k, k+1
			if x.closeQuote(k + 1) {
				next = k + 2
			}
		case x.closeQuote(k) && k+1 < j && (x.toks[k+1].cap || x.toks[k+1].low == "and"):
			end, next = k+1, k+1
			if x.toks[k+1].low == "and" {
				next = k + 2
			}
		default:
			continue
		}
		p := part{i: start, j: end}
		start = next
		k = next - 1
		stage := false
		for m := p.i; m < p.j; m++ {
			if x.toks[m].has(cStageWords) && !x.toks[m].cap {
				stage = true
			}
		}
		if stage || p.i >= p.j {
			continue
		}
		// "Giyu Tomioka in “Demon Slayer”": a character, then the show
		if x.tok(p.i).low == "and" && p.i+1 < p.j {
			p.i++
		}
		for m := p.i + 1; m+1 < p.j && m < p.i+6; m++ {
			if !x.toks[m-1].cap && x.toks[m-1].kind != tNum {
				break
			}
			if x.toks[m].low == "in" && !x.toks[m].cap && (isQuote(x.toks[m+1].text) || x.toks[m+1].cap) {
				p.char = x.span(p.i, m)
				p.i = m + 1
				// the title ends at its closing quote: "“Bleach” among others"
				if isQuote(x.toks[p.i].text) {
					for q := p.i + 1; q < p.j; q++ {
						if x.closeQuote(q) {
							p.j = q + 1
							break
						}
					}
				}
				break
			}
		}
		for p.i < p.j && (x.toks[p.i].low == "live-action" || x.toks[p.i].low == "animated" || x.toks[p.i].low == "the" && !x.toks[p.i].cap) {
			p.i++
			p.loose = true
		}
		for m := p.i; m < p.j && p.char == ""; m++ {
			if x.toks[m].kind == tPoss {
				p.poss = true
				if x.tok(m+1).low == "title" && x.tok(m+2).low == "role" {
					p.char = "title"
				} else if e := x.charAt(m + 1); e > m+1 {
					p.char = x.span(m+1, e)
				}
				p.j = m
				break
			}
		}
		for p.j > p.i && x.toks[p.j-1].has(cFormatWords) && !x.toks[p.j-1].cap {
			p.j--
		}
		for p.i < p.j && isQuote(x.toks[p.i].text) {
			p.i++
		}
		for p.j > p.i && (isQuote(x.toks[p.j-1].text) || x.toks[p.j-1].text == ",") {
			p.j--
		}
		if p.i >= p.j {
			continue
		}
		if !x.tok(p.i).cap && x.tok(p.i).kind != tNum && !p.loose {
			continue // a description: "(right in image below, ...)"
		}
		if p.char == "title" {
			p.char = x.span(p.i, p.j)
		}
		out = append(out, p)
	}
	return out
}

// closeQuote reports whether the token at k closes a quotation: ” or ’, or a
// straight quote that follows a word without a space.
func (x *extractor) closeQuote(k int) bool {
	if k <= 0 || k >= len(x.toks) {
		return false
	}
	switch x.toks[k].text {
	case "”":
		return true
	case "\"", "'", "’":
		return x.toks[k-1].end == x.toks[k].start && x.toks[k-1].kind != tPunct || x.toks[k-1].text == "!" || x.toks[k-1].text == "?"
	}
	return false
}

// splitAnd splits a bracket part at a lower-case "and" between titles:
// "My Little Monster and Erased".
func (x *extractor) splitAnd(p part) []string {
	var out []string
	s := p.i
	for k := p.i; k < p.j; k++ {
		if x.toks[k].low == "and" && !x.toks[k].cap && x.tok(k+1).kind != tNum && (x.tok(k + 1).cap) {
			out = append(out, x.span(s, k))
			s = k + 1
		}
	}
	return append(out, x.span(s, p.j))
}

// ---- characters -------------------------------------------------------------

// boundary reports whether a name may end before token k.
func (x *extractor) boundary(k int) bool {
	if k >= len(x.toks) {
		return true
	}
	t := &x.toks[k]
	if t.kind == tPunct {
		return t.text != "-" && t.text != "&"
	}
	if t.kind == tPoss || t.cap {
		return false
	}
	switch t.low {
	case "in", "on", "at", "who", "whom", "which", "while", "and", "for", "from", "with", "that", "when", "after", "before",
		"alongside", "opposite", "respectively", "but", "whose", "to", "as", "of", "is", "was", "will", "would", "has", "had",
		"during", "throughout", "until", "since", "across", "a", "an", "the", "also", "too", "by":
		return true
	}
	return false
}

// charNP reads the character a casting verb names at i: "Isabella", "the
// role of Ormund Hightower", "a new character Lisa", "Alex's mother
// Carolyn". It returns the character's span, or ok false.
func (x *extractor) charNP(i int) (int, int, bool) {
	k := i
	if l := x.tok(k).low; l == "the" || l == "a" || l == "an" || l == "his" || l == "her" || l == "their" {
		k++
	}
	if (x.tok(k).low == "role" || x.tok(k).low == "part" || x.tok(k).low == "character") && x.tok(k+1).low == "of" {
		k += 2
	}
	// a possessive owner: "Alex's", "Tony's"
	if e := x.charAt(k); e > k && x.tok(e).kind == tPoss {
		k = e + 1
	}
	lower := 0
	for m := 0; m < 3 && x.tok(k).kind == tWord && !x.tok(k).cap && !x.boundary(k); m++ {
		k++
		lower++
	}
	if lower > 0 && x.tok(k).text == "," && x.tok(k+1).cap {
		k++ // "her estranged husband, Frank"
	}
	e := x.charAt(k)
	if e == k || !x.boundary(e) {
		return 0, 0, false
	}
	if x.isShow(x.span(k, e)) || x.isNetwork(x.span(k, e)) {
		return 0, 0, false
	}
	return k, e, true
}

// charList reads "Ray (right) and Norman (left)", "Barry and Nora Walker".
func (x *extractor) charList(i int) [][2]int {
	var out [][2]int
	k := i
	for len(out) < 8 {
		s, e, ok := x.charNP(k)
		if !ok {
			break
		}
		out = append(out, [2]int{s, e})
		k = e
		if x.tok(k).text == "(" {
			if c := x.closeOf(k); c > 0 && !x.tok(k+1).cap {
				k = c + 1
			}
		}
		switch {
		case x.tok(k).text == "," && x.tok(k+1).low == "and":
			k += 2
		case x.tok(k).low == "and":
			k++
		default:
			return out
		}
		// "..., and Y will star as Z": the next name starts a new clause
		if _, e, ok := x.charNP(k); ok && x.tok(e).has(cClauseVerbs) {
			return out
		}
	}
	return out
}

// clauseVerbs after a name make it the subject of a new clause.
var clauseVerbs = set(`who will would is was has have had are were plays stars joins returns as`)

// subjectsBefore reads the people a verb at k speaks of, backwards: "X will
// play", "X and Y (Show) have signed on to play", "X, who previously
// worked". want > 0 stops after that many.
func (x *extractor) subjectsBefore(k, want int) []string {
	j := k - 1
	steps := 0
	comma := false
	for j >= 0 {
		t := &x.toks[j]
		switch {
		case t.text == ")" || t.text == "]":
			o := x.openOf(j)
			if o < 0 {
				return nil
			}
			j = o - 1
			continue
		case t.kind == tWord && !t.cap && steps < 9:
			switch t.low {
			case "that", "which", "but", "while", "because", "if", "when", "where", "so", "or", "said", "says",
				"told", "after", "before", "although", "though", "since", "until", "however", "and":
				return nil
			}
			j--
			steps++
			continue
		case t.kind == tPoss && steps > 0:
			// "X's performance as": the owner is the subject
			if ps := x.personBefore(j); ps < j {
				return []string{x.span(ps, j)}
			}
			return nil
		case t.text == "," && !comma:
			nx := x.tok(j + 1).low
			if nx == "who" || nx == "whose" || nx == "known" || nx == "best" {
				comma = true
				j--
				continue
			}
			// an aside between commas: "X, the creator of T, will"
			for m := j - 1; m >= 0 && m > j-14; m-- {
				if x.toks[m].text == "," {
					if a := x.tok(m + 1); a.kind == tWord && !a.cap && (a.low == "the" || a.low == "a" || a.low == "an" || a.low == "who" || a.low == "whose" || a.low == "known" || a.low == "best") {
						comma = true
						j = m - 1
					}
					break
				}
			}
			if comma {
				continue
			}
			return nil
		}
		break
	}
	if j < 0 || !isName(&x.toks[j]) && !isInitials(x.toks[j].text) {
		return nil
	}
	var out []string
	end := j + 1
	if ps := x.personBefore(end); ps < end {
		if x.tok(ps-1).low == "the" {
			ps--
		}
		switch x.tok(ps - 1).low {
		case "in", "at", "from", "into", "across", "throughout", "during", "near", "outside":
			return nil // "released in the United Kingdom as T": a place
		}
	}
	for len(out) < 40 {
		ps := x.personBefore(end)
		if ps == end {
			break
		}
		out = append(out, x.span(ps, end))
		if want > 0 && len(out) >= want {
			break
		}
		// skip a prefix ("17-year-old", "actress", "Andor star"), then a
		// separator, then the previous item's bracket
		p := ps - 1
		for p >= 0 && (x.isAgeWord(&x.toks[p]) || x.toks[p].has(cCastNouns) && !x.toks[p].cap && x.toks[p].low != "stars") {
			if x.toks[p].has(cCastNouns) {
				if ts := x.titleBefore(p); ts < p {
					p = ts
				}
			}
			p--
		}
		if p < 0 {
			break
		}
		switch {
		case x.toks[p].low == "and" && p > 0 && x.toks[p-1].text == ",":
			p -= 2
		case x.toks[p].low == "and" || x.toks[p].text == "," || x.toks[p].text == "&":
			p--
		default:
			p = -1
		}
		if p < 0 {
			break
		}
		for p >= 0 && (x.toks[p].text == ")" || x.toks[p].text == "]") {
			o := x.openOf(p)
			if o < 0 {
				p = -1
				break
			}
			p = o - 1
		}
		if p < 0 || !isName(&x.toks[p]) && !isInitials(x.toks[p].text) {
			break
		}
		end = p + 1
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

var playVerbs = set(`play plays playing played portray portrays portraying portrayed voice voices voicing voiced`)

// roleRule: "X as Character", "X will play Character", "X plays the role
// of Character", "Character, played by X", "X's performance as Character".
func (x *extractor) roleRule() {
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		low := t[k].low
		obj := -1
		isAs := false
		switch {
		case low == "as" && !t[k].cap && k > 0 && !t[k-1].has(cNotAfterAs) && x.tok(k+1).low != "well" && x.tok(k+1).low != "much":
			obj, isAs = k+1, true
		case low == "as" && !t[k].cap && x.tok(k-1).has(cServeWords):
			// "X serves as executive producer": a job, never a role
			if job := x.jobWithin(k+1, 4); job != "" {
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCrew, s, x.sshow, "", job)
				}
			}
			continue
		case (low == "played" || low == "portrayed" || low == "voiced") && (x.tok(k+1).low == "by" || x.tok(k+2).low == "by"):
			x.playedBy(k)
			continue
		case t[k].has(cPlayVerbs) && !t[k].cap && x.tok(k+1).low != "by":
			obj = k + 1
		case low == "role" && x.tok(k+1).low == "of" && x.tok(k-1).low == "the" && !x.tok(k-2).has(cPlayVerbs):
			obj = k - 1
		}
		if obj < 0 {
			continue
		}
		spans := x.charList(obj)
		job := ""
		if len(spans) == 0 {
			d := x.tok(obj).low
			if isAs && d != "a" && d != "an" && d != "the" && d != "his" && d != "her" && d != "their" && !x.tok(obj).has(cJobNoun) {
				continue
			}
			if low == "role" {
				continue
			}
			for m := obj; m < obj+5 && m < len(t); m++ {
				if j, ok := jobNouns[t[m].low]; ok && j != graph.JobOriginalAuthor {
					job = j
					break
				}
				if t[m].kind == tPunct {
					break
				}
			}
		}
		want := 0
		if len(spans) > 1 {
			want = len(spans)
		}
		subjects := shareSurname(x.subjectsBefore(k, want))
		if len(subjects) == 0 || x.sshow == "" {
			continue
		}
		if isAs && len(spans) == 0 && job == "" && !x.castVerbNear(k) {
			continue // "X used the prayer as a mantra": no role
		}
		var chars []string
		for _, sp := range spans {
			chars = append(chars, x.span(sp[0], sp[1]))
			for m := sp[0]; m < sp[1]; m++ {
				x.used[m] = true
			}
		}
		chars = shareSurname(chars)
		show := x.sshow
		if len(spans) == 1 {
			// "her role as Nina in Night Falls": the show follows
			e := spans[0][1]
			if l := x.tok(e).low; (l == "in" || l == "on") && x.titleStarts(e+1) {
				if te := x.titleAt(e+1, false); te > e+1 {
					ti := x.span(e+1, te)
					if x.isShow(ti) || x.tok(k-1).low == "role" || x.tok(k-1).low == "part" ||
						!x.tok(e+1).has(cDateWords|cNetworks|cStopWords) && x.knownPerson(ti) == "" {
						show = ti
					}
				}
			}
		}
		switch {
		case job != "":
			for _, s := range subjects {
				x.add(graph.KindCrew, s, show, "", job)
			}
		case len(chars) == 0:
			for _, s := range subjects {
				x.add(graph.KindCast, s, show, "", "")
			}
		case len(chars) == len(subjects):
			for i, s := range subjects {
				x.add(graph.KindCast, s, show, chars[i], "")
			}
		case len(chars) == 1:
			x.add(graph.KindCast, subjects[len(subjects)-1], show, chars[0], "")
		}
	}
}

var serveWords = set(`serve serves served serving act acts acted acting`)

// jobWithin returns the job a job word names within n tokens of i, or "".
func (x *extractor) jobWithin(i, n int) string {
	for m := i; m < i+n && m < len(x.toks); m++ {
		if j, ok := jobNouns[x.toks[m].low]; ok && j != graph.JobOriginalAuthor {
			return j
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return ""
}

// playedBy: "Sinatra, portrayed by Julianne Nicholson".
func (x *extractor) playedBy(k int) {
	j := k
	for m := 0; m < 3 && (x.tok(j-1).low == "be" || x.tok(j-1).low == "is" || x.tok(j-1).low == "was" || x.tok(j-1).low == "will" ||
		x.tok(j-1).low == "being" || x.tok(j-1).low == "been" || x.tok(j-1).low == "to" || x.tok(j-1).low == "now"); m++ {
		j--
	}
	if x.tok(j-1).text == "," {
		j--
	}
	cs := x.charBefore(j)
	if cs == j || x.sshow == "" {
		return
	}
	by := k + 1
	if x.tok(by).low != "by" {
		by++
	}
	items := x.parseList(by + 1)
	if len(items) != 1 {
		return
	}
	x.add(graph.KindCast, x.itemName(items[0]), x.sshow, x.span(cs, j), "")
}

// replacingRule: "..., replacing X" gives X the character just credited.
func (x *extractor) replacingRule() {
	if x.lastChar == "" {
		return
	}
	for k, t := range x.toks {
		if t.low == "replacing" || t.low == "replaces" || t.low == "succeeding" {
			if pe := x.personAt(k + 1); pe > k+1 {
				x.add(graph.KindCast, x.span(k+1, pe), x.sshow, x.lastChar, "")
			}
		}
	}
}

// ---- crew -------------------------------------------------------------------

// crewByRule: "directed by X", "created by X and Y", "the T series produced
// by X".
func (x *extractor) crewByRule() {
	t := x.toks
	for k := 1; k < len(t); k++ {
		if t[k].low != "by" || x.inBr[k] {
			continue
		}
		job, ok := crewBy[t[k-1].low]
		if !ok {
			continue
		}
		jobs := []string{job}
		if j2, ok := crewBy[x.tok(k-3).low]; ok && x.tok(k-2).low == "and" {
			jobs = append(jobs, j2) // "written and directed by"
		}
		show := x.sshow
		if g := k - 2; g > 0 && t[g].has(cGenreNouns) && !t[g].cap {
			if ts := x.titleBefore(g); ts < g {
				show = x.span(ts, g)
			}
		}
		var names []string
		for _, it := range x.parseList(k + 1) {
			names = append(names, x.itemName(it))
		}
		for _, name := range shareSurname(names) {
			for _, job := range jobs {
				x.add(graph.KindCrew, name, show, "", job)
			}
		}
	}
}

// jobNounRule: "writer X", "Co-directors X and Y", "Broadchurch director
// X", "Trespasses actor X", "X is an executive producer", "a T star".
func (x *extractor) jobNounRule() {
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] || t[k].kind != tWord {
			continue
		}
		var job string
		var isJob bool
		if t[k].has(cJobNoun) {
			job, isJob = jobNouns[t[k].low]
		}
		isCast := t[k].has(cCastNouns) && !t[k].cap
		if !isJob && !isCast || job == graph.JobOriginalAuthor {
			continue
		}
		next := k + 1
		if t[k].low == "executive" {
			if l := x.tok(k + 1).low; l != "producer" && l != "producers" {
				continue
			}
			next = k + 2
		}
		if x.tok(next).text == ":" && x.tok(k-1).kind == tPunct {
			next++ // a credits block: "Director: X"
		}
		if isJob && x.tok(next).low == "and" && x.tok(next+1).has(cJobNoun) {
			continue // "creator and executive producer X": read at the last job word
		}
		jobs := []string{job}
		if isJob && x.tok(k-1).low == "and" {
			if j2, ok := jobNouns[x.tok(k-2).low]; ok && j2 != graph.JobOriginalAuthor && j2 != job {
				jobs = append(jobs, j2)
			}
		}
		var titles []string
		if k > 0 && (t[k-1].cap || t[k-1].kind == tNum) && t[k-1].kind != tPunct && !x.inBr[k-1] {
			for _, ti := range x.titlesBefore(k) {
				if !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
					titles = append(titles, ti)
				}
			}
		}
		// "X, the creator of T"
		if isJob && x.tok(next).low == "of" && x.tok(k-1).low == "the" && x.tok(k-2).text == "," {
			if e := x.titleAt(next+1, false); e > next+1 && !networks[strings.ToLower(x.tok(next+1).text)] {
				if ps := x.personBefore(k - 2); ps < k-2 {
					x.add(graph.KindCrew, x.span(ps, k-2), x.span(next+1, e), "", job)
				}
			}
			continue
		}
		var names []string
		if it := x.parseList(next); len(it) > 0 && x.tok(next).kind != tPoss {
			for n, i := range it {
				if n > 0 && i.start != i.pstart {
					break // "X, Andor star Y": Y has a credit of its own
				}
				names = append(names, x.itemName(i))
			}
		}
		if len(names) == 0 {
			// "X is an executive producer"
			d := k - 1
			if l := x.tok(d).low; l == "a" || l == "an" {
				if l2 := x.tok(d - 1).low; isJob && (l2 == "is" || l2 == "was") {
					if ps := x.personBefore(d - 1); ps < d-1 && x.sshow != "" {
						x.add(graph.KindCrew, x.span(ps, d-1), x.sshow, "", job)
					}
				}
			}
			// "a Descendants 3 star": the person comes next
			if isCast && len(titles) == 1 && (x.tok(k-1-len(strings.Fields(titles[0]))).low == "a" || x.tok(k-1-len(strings.Fields(titles[0]))).low == "an") {
				x.pending, x.pendAge = titles[0], 0
			}
			continue
		}
		if isCast {
			if !pluralNouns[t[k].low] && len(names) > 1 {
				names = names[:1] // "Victoria star X, Y and Z": the title is X's
			}
			for _, ti := range titles {
				for _, name := range names {
					x.add("", name, ti, "", "")
				}
			}
			continue
		}
		names = shareSurname(names)
		for _, job := range jobs {
			for _, ti := range titles {
				for _, name := range names {
					x.add(graph.KindCrew, name, ti, "", job)
				}
			}
			if (len(titles) == 0 || x.inSubjectAside(k)) && x.sshow != "" {
				for _, name := range names {
					x.add(graph.KindCrew, name, x.sshow, "", job)
				}
			}
		}
	}
}

// inSubjectAside reports whether token k lies in an aside on the sentence's
// subject show: "T, the first drama of ... director X, depicts".
func (x *extractor) inSubjectAside(k int) bool {
	e := x.titleAt(0, false)
	if e == 0 || x.tok(e).text != "," || x.skey(x.span(0, e)) != x.skey(x.sshow) {
		return false
	}
	return x.secondComma < 0 || k < x.secondComma
}

// jobVerbRule: "X is directing", "with X producing", "X is penning the
// film's script", "X wrote the scripts for T and U".
func (x *extractor) jobVerbRule() {
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] || t[k].cap {
			continue
		}
		low := t[k].low
		if !t[k].has(cJobVerb | cWriteVerb) {
			continue
		}
		if job, ok := jobVerbs[low]; ok && x.tok(k+1).low != "by" {
			if x.sshow == "" {
				continue
			}
			// "X will write and direct": the subject stands before the
			// first verb of the pair
			m := k
			for m >= 2 && (t[m-1].low == "and" || t[m-1].text == ",") && t[m-2].has(cJobVerb) && !t[m-2].cap {
				m -= 2
			}
			for _, s := range x.subjectsBefore(m, 0) {
				x.add(graph.KindCrew, s, x.sshow, "", job)
			}
			continue
		}
		switch low {
		case "penning", "writing", "wrote", "writes", "pens", "penned", "co-wrote", "co-writing":
		default:
			continue
		}
		script := -1
		for m := k + 1; m < len(t) && m < k+6; m++ {
			if t[m].has(cScriptWords) {
				script = m
				break
			}
			if t[m].kind == tPunct {
				break
			}
		}
		if script < 0 {
			continue
		}
		subjects := x.subjectsBefore(k, 0)
		var titles []string
		if x.tok(script+1).low == "for" {
			titles = x.titleList(script + 2)
		} else if x.sshow != "" {
			titles = []string{x.sshow}
		}
		for _, s := range subjects {
			for _, ti := range titles {
				x.add(graph.KindCrew, s, ti, "", graph.JobWriter)
			}
		}
	}
}

var sourceCues = set(`based adapted adaptation revolves inspired drawn`)

// sourceRule: "based on X's webtoon", "the novel of the same name by X", "A
// and B's T manga", "revolves around X's 2018 T".
func (x *extractor) sourceRule() {
	t := x.toks
	if x.sshow == "" {
		return
	}
	for k := 0; k < len(t); k++ {
		if x.inBr[k] {
			continue
		}
		if t[k].has(cSourceNouns) && !t[k].cap {
			for m := k + 1; m < len(t) && m < k+9; m++ {
				if t[m].kind == tPunct {
					break
				}
				if t[m].low == "by" {
					for _, it := range x.parseList(m + 1) {
						x.add(graph.KindCrew, x.itemName(it), x.sshow, "", graph.JobOriginalAuthor)
					}
					break
				}
			}
			continue
		}
		if t[k].kind != tPoss {
			continue
		}
		authors := x.ownersBefore(k)
		if len(authors) == 0 {
			continue
		}
		source := false
		for m := k + 1; m < len(t) && m < k+8; m++ {
			if t[m].has(cSourceNouns) && !t[m].cap {
				source = true
				break
			}
			if t[m].kind == tPunct && t[m].text != ":" && t[m].text != "&" {
				break
			}
		}
		if !source {
			// "based on X's 1986 It", "revolves around X's Fire & Blood":
			// a work named after the owner, not "X's attempt"
			first := x.ownersStart(k)
			if nx := x.tok(k + 1); nx.kind == tNum || x.titleStarts(k+1) {
				for m := first - 1; m >= 0 && m >= first-3; m-- {
					if t[m].has(cSourceCues) {
						source = true
					}
				}
			}
		}
		if source {
			for _, a := range authors {
				x.add(graph.KindCrew, a, x.sshow, "", graph.JobOriginalAuthor)
			}
		}
	}
}

// ownersBefore reads the people before a possessive at k: "Raj & DK's",
// "Kaiu Shirai and Posuka Demizu 's".
func (x *extractor) ownersBefore(k int) []string {
	var out []string
	end := k
	for len(out) < 4 {
		ps := x.personBefore(end)
		if ps == end {
			break
		}
		out = append(out, x.span(ps, end))
		p := ps - 1
		if p > 0 && (x.toks[p].low == "and" || x.toks[p].text == "&") && isName(&x.toks[p-1]) {
			end = p
			continue
		}
		break
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return shareSurname(out)
}

// ownersStart is the index where the owners before a possessive at k begin.
func (x *extractor) ownersStart(k int) int {
	end := k
	for m := 0; m < 4; m++ {
		ps := x.personBefore(end)
		if ps == end {
			return end
		}
		p := ps - 1
		if p > 0 && (x.toks[p].low == "and" || x.toks[p].text == "&") && isName(&x.toks[p-1]) {
			end = p
			continue
		}
		return ps
	}
	return end
}

// possRule: "X's series T", "X's BBC One drama T", "Raj & DK's T" (T a
// known show), "T's X" (X a known person), "X's Character".
func (x *extractor) possRule() {
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].kind != tPoss || x.inBr[k] {
			continue
		}
		owners := x.ownersBefore(k)
		// "X's [network words] genre T"
		if len(owners) > 0 {
			done := false
			for m := k + 1; m < len(t) && m < k+9; m++ {
				tm := &t[m]
				if tm.has(cGenreNouns) && !tm.cap {
					if e := x.titleAt(m+1, false); e > m+1 && x.tok(e).kind != tPoss {
						for _, o := range owners {
							x.add(graph.KindCrew, o, x.span(m+1, e), "", "")
						}
						done = true
					}
					break
				}
				if !(tm.cap || tm.low == "and" || tm.text == "&" || tm.kind == tNum || tm.kind == tWord && !tm.has(cStopWords) && m < k+3) {
					break
				}
			}
			if done {
				continue
			}
			if e := x.titleAt(k+1, false); e > k+1 && x.isShow(x.span(k+1, e)) {
				for _, o := range owners {
					x.add(graph.KindCrew, o, x.span(k+1, e), "", "") // "Raj & DK's T": their show
				}
				continue
			}
		}
		// "Black Mirror's Lucy Dyke": a show, then a person named elsewhere
		if pe := x.personAt(k + 1); pe > k+1 {
			b := x.span(k+1, pe)
			if x.knownPerson(b) != "" && strings.Contains(x.resolve(b), " ") {
				if ts := x.titleBefore(k); ts < k {
					a := x.span(ts, k)
					if x.knownPerson(a) == "" && !x.isNetwork(a) {
						x.add("", b, a, "", "")
					}
				}
				continue
			}
		}
		// "Simone Kessell's Lottie": a full name, then one name word
		if len(owners) == 1 && strings.Contains(owners[0], " ") && x.sshow != "" {
			if e := x.charAt(k + 1); e == k+2 && x.boundary(e) {
				c := x.span(k+1, e)
				if !x.isShow(c) && x.knownPerson(c) == "" && !x.isNetwork(c) {
					x.add(graph.KindCast, owners[0], x.sshow, c, "")
				}
			}
		}
	}
}

// workedRule: "X worked with Y on T", "X and Y worked together on the T
// film", "X, whose credits include T, U and V", "X, known for T and U".
func (x *extractor) workedRule() {
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] || t[k].cap || !t[k].has(cWorkCues) {
			continue
		}
		var titles, people []string
		switch low := t[k].low; {
		case low == "worked" || low == "work" || low == "working" || low == "collaborated" || low == "reunites" || low == "reunited":
			m := k + 1
			if x.tok(m).low == "together" {
				m++
			}
			if x.tok(m).low == "with" {
				if pe := x.personAt(m + 1); pe > m+1 {
					people = append(people, x.span(m+1, pe))
					m = pe
				}
			}
			if x.tok(m).low != "on" {
				continue
			}
			titles = x.titleList(m + 1)
		case (low == "starred" || low == "appeared" || low == "co-starred" || low == "featured" || low == "star" || low == "stars" || low == "appear" || low == "appears") && x.tok(k+1).low == "in",
			(low == "guest" || low == "guests" || low == "recur" || low == "recurs" || low == "appear" || low == "appears") && x.tok(k+1).low == "on":
			for _, p := range x.subjectsBefore(k, 0) {
				for _, ti := range x.titleList(k + 2) {
					x.add(graph.KindCast, p, ti, "", "")
				}
			}
			continue
		case low == "debut" && (x.tok(k+1).low == "with" || x.tok(k+1).low == "in"):
			x.debut(k)
			continue
		case low == "charge" && x.tok(k-1).low == "in" && x.tok(k+1).low == "of":
			// "X is in charge of series composition / the script"
			for m := k + 2; m < len(t) && m < k+5; m++ {
				if t[m].low == "composition" || t[m].has(cScriptWords) {
					for _, p := range x.subjectsBefore(k-1, 0) {
						x.add(graph.KindCrew, p, x.sshow, "", graph.JobWriter)
					}
					break
				}
			}
			continue
		case crewVerbTitle[low] != "" && x.tok(k+1).low != "by" && (x.titleStarts(k+1) || x.tok(k+1).low == "for" && x.titleStarts(k+2)):
			// "X, who helmed “Hotel Lumiere,”", "X created Night Train",
			// "X wrote for The Wire"
			at := k + 1
			if x.tok(at).low == "for" {
				if crewVerbTitle[low] != graph.JobWriter {
					continue
				}
				at++
			}
			titles := x.titleList(at)
			for _, p := range x.subjectsBefore(k, 0) {
				for _, ti := range titles {
					x.add(graph.KindCrew, p, ti, "", crewVerbTitle[low])
				}
			}
			continue
		case low == "credits" && (x.tok(k+1).low == "include" || x.tok(k+1).low == "including"):
			titles = x.titleList(k + 2)
		case low == "known" && x.tok(k+1).low == "for":
			titles = x.titleList(k + 2)
		default:
			continue
		}
		if len(titles) == 0 {
			continue
		}
		s := k
		if t[k].low == "credits" && x.tok(k-1).low == "whose" {
			s = k - 1
		}
		people = append(x.subjectsBefore(s, 0), people...)
		for _, p := range people {
			for _, ti := range titles {
				x.add("", p, ti, "", "")
			}
		}
	}
}

// crewVerbTitle maps a verb before a title to the job it names.
var crewVerbTitle = map[string]string{
	"helmed": "director", "directed": "director", "created": "creator", "co-created": "creator",
	"wrote": "writer", "penned": "writer", "co-wrote": "writer", "produced": "producer",
}

// debut: "X makes her streaming debut with the Hindi show T, starring ...".
// A directorial debut is a director's credit; a debut beside a list of the
// show's stars is a crew credit without a job; an acting debut, or one with
// no other cast named, is left to the person's other credits.
func (x *extractor) debut(k int) {
	mk := -1
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		switch x.toks[m].low {
		case "makes", "made", "making", "make", "marks", "marked":
			mk = m
		}
	}
	if mk < 0 {
		return
	}
	var title string
	for m := k + 2; m < len(x.toks) && m < k+8; m++ {
		if t := &x.toks[m]; t.has(cGenreNouns) && !t.cap {
			if e := x.titleAt(m+1, false); e > m+1 {
				title = x.span(m+1, e)
			}
			break
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	if title == "" {
		if ts := x.titleList(k + 2); len(ts) > 0 {
			title = ts[0]
		}
	}
	if title == "" {
		return
	}
	kind, job := "", ""
	for m := mk; m < k; m++ {
		switch x.toks[m].low {
		case "directorial", "directing":
			kind, job = graph.KindCrew, graph.JobDirector
		case "acting", "screen", "film", "television", "tv":
			kind = graph.KindCast
		}
	}
	if kind == "" {
		for _, t := range x.toks[k:] {
			if t.low == "starring" || t.low == "featuring" || t.low == "stars" {
				kind = graph.KindCrew
				break
			}
		}
	}
	for _, p := range x.subjectsBefore(mk, 0) {
		x.add(kind, p, title, "", job)
	}
}

// crewBeside reports whether a list after "alongside" or "with" at start
// shares a crew job named earlier in its clause, and which.
func (x *extractor) crewBeside(start int) (string, bool) {
	p := x.tok(start - 1).low
	if p != "alongside" && p != "with" {
		return "", false
	}
	for m := start - 2; m >= 0 && m >= start-10; m-- {
		t := &x.toks[m]
		if t.kind == tPunct {
			break
		}
		if job, ok := jobVerbs[t.low]; ok {
			return job, true
		}
		if job, ok := jobNouns[t.low]; ok && job != graph.JobOriginalAuthor && t.low != "executive" {
			return job, true
		}
	}
	return "", false
}

// crewAs reports whether a list ending at end is followed by "(joining)
// as [a] JOB", and which job.
func (x *extractor) crewAs(end int) (string, bool) {
	for m := end; m < len(x.toks) && m < end+4; m++ {
		if x.toks[m].low == "as" {
			if job := x.jobWithin(m+1, 3); job != "" {
				return job, true
			}
			return "", false
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return "", false
}

// listEnds reports whether a list of names may end before token k: at
// punctuation, a function word or a verb, not before a lower-case noun
// ("Tourette syndrome").
func (x *extractor) listEnds(k int) bool {
	t := x.tok(k)
	if t.kind != tWord || t.cap || x.boundary(k) {
		return true
	}
	return t.has(cAuxWords|cCastVerbs|cClauseVerbs|cJobVerb|cWriteVerb|cStopWords|cListTriggers) ||
		strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "s")
}

// castVerbNear reports whether a casting verb stands in the clause before
// the "as" at k: "X will work together as a nurse", "T stars X as a cop".
func (x *extractor) castVerbNear(k int) bool {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		t := &x.toks[m]
		if t.kind == tPunct && t.text != ")" && t.text != "(" && t.text != "]" && t.text != "[" {
			return false
		}
		if t.has(cCastVerbs|cPlayVerbs) || t.low == "cast" || t.low == "work" || t.low == "works" || t.low == "working" {
			return true
		}
	}
	return false
}

// ---- one credit a line -------------------------------------------------------

// lineRule reads a line of a credits list split by a dash or colon:
// "Bam - Johnny Yong Bosch (...)" is a character and its actor, "Shawn Gann
// — ADR Director" a person and their job.
func (x *extractor) lineRule() {
	if !x.s.head && !x.s.first {
		return
	}
	t := x.toks
	b := bulletEnd(t)
	sep := -1
	for k := b + 1; k < len(t) && k < b+8; k++ {
		if isDash(t[k].text) || t[k].text == ":" {
			sep = k
			break
		}
		if t[k].kind == tPunct {
			return
		}
	}
	if sep < 0 || x.sshow == "" || t[sep].text == ":" && !x.s.head || sep == b+1 && isUpperCase(t[b].text) {
		return // "EXCLUSIVE: X has been cast": a label, not a character
	}
	end := len(t)
	for k := sep + 1; k < len(t); k++ {
		if t[k].text == "(" {
			end = k
			break
		}
	}
	if end-sep-1 > 6 {
		return
	}
	job, crew := "", false
	for k := sep + 1; k < end; k++ {
		if j, ok := jobNouns[t[k].low]; ok {
			job, crew = j, true
		}
		if t[k].has(cCrewCues) || t[k].low == "engineer" || t[k].low == "composer" {
			crew = true
		}
	}
	if crew {
		if pe := x.personAt(b); pe == sep {
			x.add(graph.KindCrew, x.span(b, sep), x.sshow, "", job)
		}
		return
	}
	if pe := x.personAt(sep + 1); pe == end && pe-sep-1 >= 2 {
		x.add(graph.KindCast, x.span(sep+1, end), x.sshow, x.span(b, sep), "")
	}
}

// filmographyNouns, before "like", "such as", "include" or "on", introduce
// a list of a person's earlier work: "known for her roles on shows like T1
// and T2", "who has directed series such as T".
var filmographyNouns = set(`role roles credits credit work works films film series shows dramas drama hits projects
	titles movies adaptations franchises`)

// filmographyRule: "Pounder is known for her roles on shows like T1, T2 and
// T3", "Bruch, whose credits include roles in T1 and T2", "Alexander, who
// has directed series such as T1 and T2", "Wright, who has directed book
// adaptations such as “T1,” “T2” and “T3.”" The kind follows the verb:
// directed or wrote make crew, roles and starring make cast.
func (x *extractor) filmographyRule() {
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if x.inBr[k] || t[k].cap {
			continue
		}
		start := -1
		switch l := t[k].low; {
		case l == "like" || l == "include" || l == "includes" || l == "including" || l == "as" && t[k-1].low == "such":
			for m := k - 1; m >= 0 && m >= k-4; m-- {
				if t[m].kind == tPunct || t[m].cap {
					break
				}
				if filmographyNouns[t[m].low] {
					start = m
				}
			}
		case (l == "on" || l == "in") && (t[k-1].low == "roles" || t[k-1].low == "role" || t[k-1].low == "work"):
			start = k - 1
		}
		if start < 0 || !x.titleStarts(k+1) && !x.titleStarts(k+2) {
			continue
		}
		at := k + 1
		if x.tok(at).low == "roles" && (x.tok(at+1).low == "in" || x.tok(at+1).low == "on") {
			at += 2 // "whose credits include roles in T"
		}
		titles := x.titleList(at)
		if len(titles) == 0 {
			continue
		}
		kind, job := "", ""
		for m := start - 1; m >= 0 && m >= start-6; m-- {
			switch t[m].low {
			case "directed", "directing", "helmed":
				kind, job = graph.KindCrew, graph.JobDirector
			case "wrote", "written", "penned":
				kind, job = graph.KindCrew, graph.JobWriter
			case "starred", "played", "appeared", "acted":
				kind = graph.KindCast
			}
		}
		if kind == "" && (t[start].low == "role" || t[start].low == "roles") {
			kind = graph.KindCast
		}
		subjects := x.subjectsBefore(start, 1)
		if len(subjects) == 0 && start > 0 && t[start-1].kind == tPoss {
			if ps := x.personBefore(start - 1); ps < start-1 {
				subjects = []string{x.span(ps, start-1)}
			}
		}
		for _, s := range subjects {
			for _, ti := range titles {
				if !x.isNetwork(ti) && x.fold(ti) != x.fold(s) {
					x.add(kind, s, ti, "", job)
				}
			}
		}
		for m := at; m < len(t); m++ {
			x.used[m] = true // the titles are no cast list
		}
	}
}

// creditsRule: "Boynton's credits include T1 and T2", "whose credits
// include T": the titles are credits of the owner, on screen or off it as
// the rest of the article says.
func (x *extractor) creditsRule() {
	t := x.toks
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "credits" || x.inBr[k] {
			continue
		}
		switch t[k+1].low {
		case "include", "includes", "including", ":":
		default:
			continue
		}
		if t[k-1].kind != tPoss {
			continue
		}
		ps := x.personBefore(k - 1)
		if ps == k-1 {
			continue
		}
		person := x.span(ps, k-1)
		for _, title := range x.titleList(k + 2) {
			if !x.isNetwork(title) {
				x.add("", person, title, "", "")
			}
		}
		for m := k + 2; m < len(t); m++ {
			x.used[m] = true // the titles are no cast list
		}
	}
}
