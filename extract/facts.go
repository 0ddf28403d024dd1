package extract

// Facts: recording credits, merging a credit read twice, settling open
// kinds, and what a first reading teaches the second.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"

	"github.com/castgraph/castgraph/graph"
)

// knowledge is what a first reading learnt about an article's names.
type knowledge struct {
	persons strTable[bool]   // person keys
	surname strTable[string] // folded last word of a full name -> the name ("" if two)
	shows   strTable[bool]   // show keys
	crew    strTable[bool]   // person keys with a crew credit
	chars   strTable[bool]   // folded character names
	given   strTable[string] // folded given name of a spaced Korean name -> the name ("" if two)
	log     *askLog          // when set, records the questions asked (knowasks.go)
	// the storage knowledge() works in, kept for the next article:
	// mentionAt maps a folded full name to its entry in named, firstAt a
	// folded first word to its entry in firstKeys
	mentionAt strTable[int32]
	firstAt   strTable[int32]
	// named holds the folded full names the article mentions, in the
	// order first set, each with the name last set for it
	named     []mention
	firstKeys []firstName // the keys of firstAt, in the order first set
	// answersNoTo's kept answers: a knowledge is made anew, and they with
	// it, for each article, and does not change while it is read
	asked [128]askedSlot
}

type fact struct {
	graph.Fact
	open     bool // kind left open: crew if the person has crew credits, else cast
	crewHint bool // the sentence speaks of crew work and not of casting
	key      factKey
	hash     uint64 // hashFact(key), or 0 when not yet known
	// the folded first and last words of Person, once castBySurname asks
	// of a surname whose fold either may be (foldMayBe)
	firstKey, lastKey string
	wordKeys          bool
}

// traceAdd, when set (by tests), sees each credit of the second reading as
// a rule adds it.
var traceAdd func(kind, person, show, character, job string)

// add records one credit. kind "" leaves the kind open.
func (x *extractor) add(kind, person, show, character, job string) {
	if character != "" && x.sentAt > 0 {
		character = x.whoPlaysFull(character) // "Who plays Lady Eleanor Harrowgate?" over "X plays Lady Eleanor"
	}
	if x.memo.rr.reading {
		x.record(kind, person, show, character, job)
	}
	x.noteAdd(kind, person, show, character, job)
	if character != "" {
		x.lastChar = character
	}
	if traceAdd != nil && !x.first {
		traceAdd(kind, person, show, character, job)
	}
	early := rawKey{kind, person, show, character, job}
	h := hashRaw(early)
	if x.first {
		// The first reading only learns which names are people and shows:
		// knowledge reads its facts as sets, so a credit read again adds
		// nothing.
		if _, ok := x.early.get(h, early); !ok {
			x.early.put(h, early, x.addNew(kind, person, show, character, job))
		}
		return
	}
	// the same credit read again: only its seasons may add anything
	if i, ok := x.early.get(h, early); ok {
		if i >= 0 && x.skey(x.facts[i].Show) == x.showKey && job != graph.JobOriginalAuthor && len(x.facts[i].Seasons) > 0 {
			if len(x.sseasons) > 0 {
				x.facts[i].Seasons = mergeInto(x.facts[i].Seasons, x.sseasons)
			}
		}
		return
	}
	x.early.put(h, early, x.addNew(kind, person, show, character, job))
}

// addNew records a credit not seen before with these arguments; it returns
// the index of its fact, or -1 when it gives none.
func (x *extractor) addNew(kind, person, show, character, job string) int {
	c, at := x.creditChecks(kind, person, show, character, job)
	if !c.ok {
		return -1
	}
	person, show = c.person, c.show
	personClean := c.personClean
	if !x.first && strings.IndexByte(person, ' ') < 0 && capsPlace(person) {
		return -1 // "ISTANBUL (AA) –", "ALLEGIANCE, HEARTLAND": a dateline's place or a title in capitals, no person
	}
	if !x.first && strings.IndexByte(show, ' ') < 0 && x.serviceName(show) {
		return -1 // "The Streamflix original series stars X": a service, no show
	}
	if first, _, ok := cutByte(show, ' '); ok && !x.first && x.know.crewed(x.fold(show)) && isNameStart(first) {
		return -1 // "to appear in new Ana Selo pic", Ana Selo credited as crew in the article: a maker, no show
	}
	if !x.first && x.personTitle(person, show) {
		if show = x.listedTitle(show); show == "" {
			return -1 // "Quinn Cox (Lia Booth)", Lia Booth credited: a person's name, no show (nametitles.go)
		}
		at = 0 // a show of its own: normalized anew
	}
	if x.sentPerson == "" {
		x.sentPerson = person
	}
	if x.sentCast == "" && kind != graph.KindCrew {
		x.sentCast = person
	}
	f := graph.Fact{Kind: kind, Person: person, Show: show, Character: character, Job: job}
	if kind == "" {
		f.Kind = graph.KindCast
	}
	if f.Kind == graph.KindCrew {
		f.Character = ""
	} else {
		f.Job = ""
	}
	if x.first {
		// the first reading learns names only: no evidence, confidence or
		// seasons
		pk, sk := x.normalize(&f, personClean, c.pf)
		var key factKey
		if f.Person != "" {
			key = x.factKey(&f, pk, sk)
		}
		if at > 0 {
			x.keepNormalized(at, &f, key)
		}
		if f.Person == "" {
			return -1
		}
		x.appendFact(&f, kind == "", x.crewHint(person), key, 0)
		return len(x.facts) - 1
	}
	f.Evidence, f.Article, f.Date, f.Confidence = x.s.evidence(), x.a.ID, x.a.Date, x.confidence(person, show)
	title, qs := x.split(show)
	if x.skey(title) == x.showKey && len(qs) == 0 && job != graph.JobOriginalAuthor {
		if len(x.sseasons) > 0 {
			f.Seasons = x.sseasons
		} else {
			f.Seasons = x.seasons
		}
	}
	raw := rawKey{kind, f.Person, f.Show, f.Character, f.Job}
	hraw := hashRaw(raw)
	if i, ok := x.raw.get(hraw, raw); ok {
		if i >= 0 {
			x.facts[i].Seasons = mergeInto(x.facts[i].Seasons, f.Seasons)
			x.facts[i].Confidence = max(x.facts[i].Confidence, f.Confidence)
		}
		return i
	}
	fkey, again := x.normalizeAgain(at, &f)
	var pk, sk string
	if !again {
		pk, sk = x.normalize(&f, personClean, c.pf)
	}
	if f.Person == "" {
		x.raw.put(hraw, raw, -1)
		return -1
	}
	if !again {
		fkey = x.factKey(&f, pk, sk)
	}
	key := fkey
	key.open = kind == ""
	hkey := hashFact(key)
	if i, ok := x.index.get(hkey, key); ok {
		x.facts[i].Seasons = mergeInto(x.facts[i].Seasons, f.Seasons)
		x.facts[i].Confidence = max(x.facts[i].Confidence, f.Confidence)
		x.raw.put(hraw, raw, -1) // as given, these fields add nothing
		return i
	}
	x.index.put(hkey, key, len(x.facts))
	x.raw.put(hraw, raw, len(x.facts))
	var hash uint64
	if !key.open {
		hash = hkey // key is fkey
	}
	x.appendFact(&f, kind == "", x.crewHint(person), fkey, hash)
	return len(x.facts) - 1
}

type rawKey struct{ kind, person, show, character, job string }

// factKey identifies a fact: its fields folded.
type factKey struct {
	open                               bool // a fact whose kind is left open
	kind, person, show, character, job string
}

// factKey is the key of f, whose person folds to pk and whose show's key
// is sk (normalize returns both).
func (x *extractor) factKey(f *graph.Fact, pk, sk string) factKey {
	ck := ""
	if f.Character != "" {
		ck = x.fold(f.Character) // the fold of "" is ""
	}
	return factKey{kind: f.Kind, person: pk, show: sk, character: ck, job: f.Job}
}

// hasLetter reports whether s has a letter: "2013" is a year, not a title.
// A name or title that opens with an ASCII letter is answered inlined in
// the caller, with no call.
func hasLetter(s string) bool {
	return s != "" && (s[0]|0x20)-'a' < 26 || hasLetterAfter(s)
}

// hasLetterAfter is hasLetter, read a rune at a time.
func hasLetterAfter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// valid is graph.Fact.Validate for facts built by add, with cached keys,
// less a one-word person that is most likely no one (unlikelyPerson).
func (x *extractor) valid(f graph.Fact, key factKey) bool {
	if f.Kind != graph.KindCast && f.Kind != graph.KindCrew || key.person == "" || strings.TrimSpace(f.Show) == "" || key.show == "" || x.proseWordFact(&f) {
		return false
	}
	for _, n := range f.Seasons {
		if n < 0 || n > graph.MaxSeason {
			return false
		}
	}
	if f.Kind == graph.KindCast && f.Job != "" || f.Kind == graph.KindCrew && f.Character != "" {
		return false
	}
	return !unlikelyPerson(f.Person)
}

// knowledge sums up what this reading found, for a second reading, in k:
// the tables of an earlier call, emptied, or new ones.
func (x *extractor) knowledge(k *knowledge) *knowledge {
	// a new knowledge, but for the storage of the tables: any other field
	// starts empty
	*k = knowledge{persons: k.persons.emptied(), surname: k.surname.emptied(), shows: k.shows.emptied(),
		crew: k.crew.emptied(), chars: k.chars.emptied(), given: k.given.emptied(), mentionAt: k.mentionAt.emptied(), firstAt: k.firstAt.emptied(), named: k.named[:0], firstKeys: k.firstKeys[:0]}
	crewNames := false // a crew credit's person opens with a given name
	for i := range x.facts {
		f := &x.facts[i]
		pk := f.key.person
		if f.Character != "" {
			k.chars.set(f.key.character, true)
		}
		// credits come in runs of one show or one person: what the credit
		// before put in the sets is there already
		if i == 0 || f.key.show != x.facts[i-1].key.show {
			k.shows.set(f.key.show, true)
		}
		if f.Kind == graph.KindCrew && !f.open {
			k.crew.set(pk, true)
			if first, _, ok := cutByte(f.Person, ' '); ok && isNameStart(first) {
				crewNames = true
			}
		}
		if i > 0 && f.Person == x.facts[i-1].Person {
			continue
		}
		k.persons.set(pk, true)
		// "Han Suk-kyu", "Kim Hye-soo": a Korean name's family name comes
		// first, and is what a later mention uses alone
		if first, given, ok := cutByte(f.Person, ' '); ok && strings.Contains(given, "-") && !hasByte(given, ' ') {
			fam := x.fold(first)
			if prev, ok := k.surname.get(fam); ok && x.fold(prev) != pk {
				k.surname.set(fam, "")
			} else if !ok {
				k.surname.set(fam, f.Person)
			}
		}
		// f.Person is normalized: its words are separated by one space;
		// "Mr. Prew" names no other Prew than the full name does
		if sp := strings.LastIndexByte(f.Person, ' '); sp >= 0 && honorificSurname(f.Person) == "" {
			for _, last := range [2]string{f.Person[sp+1:], particleSurname(f.Person)} {
				if last == "" {
					continue // no "Van Os" in the name (the fold of "" is "")
				}
				if last = x.fold(last); last == "" {
					continue
				}
				// prev is the person of an earlier credit: the same name
				// folds to pk, with no lookup
				if prev, ok := k.surname.get(last); ok && prev != f.Person && x.fold(prev) != pk {
					k.surname.set(last, "")
				} else if !ok {
					k.surname.set(last, f.Person)
				}
			}
		}
	}
	if crewNames {
		// "to appear in new Ana Selo pic", Ana Selo credited as crew: the
		// maker's name before the kind noun is no show
		for i := range x.facts {
			if f := &x.facts[i]; f.Kind == graph.KindCrew && !f.open && k.shows.has(f.key.person) {
				if first, _, ok := cutByte(f.Person, ' '); ok && isNameStart(first) {
					k.shows.del(f.key.person)
				}
			}
		}
	}
	// surnames of the full names the article mentions, credited or not:
	// "Emily Mortimer has penned the series. ... Mortimer is playing"
	for i := range x.sents {
		t := x.sents[i].toks
		for a := 0; a < len(t); a++ {
			if !t[a].cap {
				continue // a name starts in capitals
			}
			initials := !t[a].has(cNameStart) && len(t[a].text) >= 2 && len(t[a].text) <= 4 && isUpperCase(t[a].text) && t[a].kind == tWord // "CCH Pounder"
			// a capitalized word before the name ends it there, unless it
			// is a glue word that opens the sentence or a quotation ("When
			// Priya Shah came in")
			// or a performer's noun that opens it ("Actors Song Kang-ho and")
			openerBefore := a > 0 && t[a-1].has(cStopWords|cPrefixNouns) && (a == 1 || t[a-2].kind == tPunct)
			emph := initials && emphasisCaps(t, a)
			if emph {
				a++ // "will ultimately HATE Angelu De Leon": the name starts after the emphasis
			}
			// (the token tests first, the name readings after them)
			if !emph && (!t[a].cap || t[a].has(cStopWords) || a > 0 && t[a-1].cap && t[a-1].kind == tWord && !openerBefore || !t[a].has(cNameStart) && !initials && !(a+1 < len(t) && isName(&t[a+1]) && x.namedPair(k, t, a))) {
				continue
			}
			b := a + 1
			for b < len(t) && b < a+4 && isName(&t[b]) {
				b++
			}
			if b-a < 2 || b < len(t) && t[b].cap && t[b].kind == tWord {
				a = b
				continue
			}
			full := cleanSpace(x.sents[i].text[t[a].start:t[b-1].end])
			last := x.fold(t[b-1].text)
			if _, ok := k.surname.get(last); !ok && !x.isNetwork(full) && !k.shows.has(x.skey(full)) {
				k.surname.set(last, full)
				if ps := particleSurname(full); ps != "" {
					if _, ok := k.surname.get(x.fold(ps)); !ok {
						k.surname.set(x.fold(ps), full) // "Van Os" for "Luke Van Os"
					}
				}
			}
			k.addMention(x.fold(full), full)
			a = b
		}
	}
	// a first name used alone ("Fahadh will be joined by"), where one full
	// name of the article starts with it and no name ends with it
	for i := range x.facts {
		if f, p := &x.facts[i], &x.facts[max(i-1, 0)]; i == 0 || f.Person != p.Person || f.key.person != p.key.person { // else the credit before named it
			k.addMention(f.key.person, f.Person)
		}
	}
	for i := range k.named {
		k.named[i].family = familyFirst(k.named[i].full)
	}
	for _, m := range k.named {
		fk, full := m.key, m.full
		if full == "" {
			continue
		}
		first, _, ok := cutByte(full, ' ')
		if !ok {
			continue
		}
		f := x.firstFold(first, fk)
		h := strHash(f)
		if i, seen := k.firstAt.getHashed(h, f); seen && k.firstKeys[i].key != fk {
			k.firstKeys[i].key = "" // two full names start with it
		} else if !seen {
			k.firstAt.add(h, f, int32(len(k.firstKeys)))
			k.firstKeys = append(k.firstKeys, firstName{first: f, key: fk, full: full})
		}
	}
	for _, fn := range k.firstKeys {
		if fn.key == "" {
			continue
		}
		if _, isSurname := k.surname.get(fn.first); !isSurname {
			k.surname.set(fn.first, fn.full) // the name of fn.key
		}
	}
	x.soloFirstNames(k)
	x.givenNames(k)
	x.joinedGivens(k) // "Taerin" for "Kim Tae-rin" (familywords.go)
	x.partNames(k)    // "Engin Altan" for "Engin Altan Düzyatan" (partnames.go)
	for key := range x.headings {
		k.shows.set(key, true)
	}
	if x.showKey != "" {
		k.shows.set(x.showKey, true)
		if k.surname.at(x.showKey) != "" && !hasByte(x.showKey, ' ') {
			// not "Horowitz" guessed from the headline "Horowitz, Wainwright
			// and Morgan create three new dramas": Anthony Horowitz's surname
			k.shows.del(x.showKey)
		}
	}
	// a one-word "person" that is a full name's surname is that person
	// (the persons are the credits' people: read from them, not from the
	// map, which keeps the room of the largest article)
	for i := range x.facts {
		if key := x.facts[i].key.person; !hasByte(key, ' ') && k.surname.at(key) != "" {
			k.persons.del(key)
		}
	}
	return k
}

// mention is a full name the article mentions, and its key.
type mention struct {
	key, full string
	family    bool // familyFirst(full): givenNames and joinedGivens read only these
}

// finishStore is the storage finish works in, kept from call to call (the
// facts it returns are its own).
type finishStore struct {
	out                 []graph.Fact
	keys, finalKeys     []factKey
	hashes, finalHashes []uint64 // hashFact of keys, finalKeys
	seen                *keyTable[factKey]
	cast                *keyTable[string] // person keys of actors: they play a named character
	castHere            *keyTable[said]   // cast credits by sentence
	detailed            *keyTable[pair]   // the first credit with a character or job, by kind, person and show
}

// said is a person's key and the sentence a credit of theirs rests on.
type said struct{ person, evidence string }

// pair is a credit's kind, person key and show key.
type pair struct{ kind, person, show string }

// hasHashed reports whether k, whose hash is h, is in t.
func (t *keyTable[K]) hasHashed(h uint64, k K) bool {
	_, ok := t.get(h, k)
	return ok
}

// hashString, hashSaid and hashPair are the hashes of finish's keys, read
// as hashRaw reads a string: a sentence is not read in full.
func hashString(s string) uint64 { return finishHash(mixString(fnvOffset, s)) }

func hashSaid(s said) uint64 {
	return finishHash(mixString(mixString(fnvOffset, s.person), s.evidence))
}

func hashPair(p pair) uint64 {
	return finishHash(mixString(mixString(mixString(fnvOffset, p.kind), p.person), p.show))
}

// tables returns the keyTables of s, emptied, made where there are none.
func (s *finishStore) tables() (seen *keyTable[factKey], cast *keyTable[string], castHere *keyTable[said], detailed *keyTable[pair]) {
	if s.seen == nil {
		s.seen, s.cast, s.castHere, s.detailed = new(keyTable[factKey]), new(keyTable[string]), new(keyTable[said]), new(keyTable[pair])
	}
	s.seen.clear()
	s.cast.clear()
	s.castHere.clear()
	s.detailed.clear()
	return s.seen, s.cast, s.castHere, s.detailed
}

// finish settles open kinds, merges a credit without a character (or job)
// into the same credit with one, and returns the facts in order.
func (x *extractor) finish() []graph.Fact {
	crew := &x.know.crew // the know of this call: free to add to
	seen, cast, castHere, detailed := x.fin.tables()
	for i := range x.facts {
		f := &x.facts[i]
		if f.Kind == graph.KindCrew && !f.open {
			crew.set(f.key.person, true)
		}
		if f.Kind == graph.KindCast && !f.open && f.Character != "" {
			cast.put(hashString(f.key.person), f.key.person, 1) // an actor: plays a named character
		}
		if f.Kind == graph.KindCast && !f.open {
			s := said{f.key.person, f.Evidence}
			castHere.put(hashSaid(s), s, 1)
		}
	}
	twoChars := false             // some person plays two characters in one show
	var directors map[string]bool // directorWords, read once an article where first asked: a director's other works are crew
	out := x.fin.out[:0]
	keys, hashes := x.fin.keys[:0], x.fin.hashes[:0] // of out
	for i := range x.facts {
		f := &x.facts[i] // read in place: a fact is some 300 bytes
		if s := (said{f.key.person, f.Evidence}); f.open && !cast.hasHashed(hashString(s.person), s.person) && !castHere.hasHashed(hashSaid(s), s) && (crew.has(f.key.person) || f.crewHint || x.skey(f.Show) != x.showKey && calledDirectorIn(&directors, x.a.Text, f.Person)) {
			// "The film will star X (T1; T2)": X's titles are roles, though
			// X produces elsewhere; a copy changed, not the credit read
			g := *f
			f = &g
			f.Kind = graph.KindCrew
			f.Character = ""
			f.key.kind, f.key.character = graph.KindCrew, ""
			f.hash = 0
		}
		key, h := f.key, f.hash
		if h == 0 {
			h = hashFact(key)
		}
		if i, ok := seen.get(h, key); ok {
			out[i].Seasons = mergeInto(out[i].Seasons, f.Seasons)
			out[i].Confidence = max(out[i].Confidence, f.Confidence)
			continue
		}
		seen.put(h, key, len(out))
		out = append(out, f.Fact)
		keys, hashes = append(keys, key), append(hashes, h)
		if f.Character != "" || f.Job != "" {
			p := pair{f.Kind, key.person, key.show}
			if h := hashPair(p); !detailed.hasHashed(h, p) {
				detailed.put(h, p, len(out)-1)
			} else if f.Character != "" {
				twoChars = true
			}
		}
	}
	final := make([]graph.Fact, 0, len(out))
	finalKeys, finalHashes := x.fin.finalKeys[:0], x.fin.finalHashes[:0]
	dateOK := x.a.Date == "" || graph.ValidDate(x.a.Date)
	stage := x.stageCuesIn() // where a stage work's title may be named
	onStage := false         // out[n-1].Show is a stage work's
	nameShaped := false      // out[n-1].Show is shaped as a person's name
	for n, f := range out {
		if !dateOK {
			f.Date = ""
		}
		if n == 0 || f.Show != out[n-1].Show { // facts of one show come in a row
			onStage = stage != nil && stageTitle(f.Show, stage)
			nameShaped = nameShapedShow(f.Show)
		}
		if !x.valid(f, keys[n]) || onStage || nameShaped && x.personShow(&f, keys) {
			continue // "the 1948 Broadway production of “T,” starring X", "C (played by T villainess, A)" (personshows.go): no show
		}
		if twoChars && f.Character != "" && strings.EqualFold(f.Character, f.Show) && otherCharacter(out, keys, n) {
			continue // "X, who plays the titular character", then "X plays C": the part named
		}
		if twoChars && f.Character != "" && !hasByte(f.Character, ' ') {
			// "stars A as Valeria", then "A leads the cast as Valeria
			// Montes": one character, named in full once
			if i := fullCharacter(out, keys, n); i >= 0 {
				out[i].Seasons = mergeInto(out[i].Seasons, f.Seasons)
				out[i].Confidence = max(out[i].Confidence, f.Confidence)
				continue
			}
		}
		if f.Character == "" && f.Job == "" {
			p := pair{f.Kind, keys[n].person, keys[n].show}
			if i, ok := detailed.get(hashPair(p), p); ok {
				out[i].Seasons = mergeInto(out[i].Seasons, f.Seasons)
				out[i].Confidence = max(out[i].Confidence, f.Confidence)
				continue
			}
		}
		if f.Kind == graph.KindCrew && f.Job == "" && castInShow(seen, detailed, keys[n]) || charNamedPerson(out, n) { // a character's name as a person (charnamedpeople.go)
			continue // "A & B's “T”" where A and B star in T: the stars' show, not their work off screen
		}
		final = append(final, f)
		finalKeys, finalHashes = append(finalKeys, keys[n]), append(finalHashes, hashes[n])
	}
	// seasons and confidence merged above may have landed on facts already
	// copied
	for i := range final {
		if j, ok := seen.get(finalHashes[i], finalKeys[i]); ok {
			final[i].Seasons = out[j].Seasons
			final[i].Confidence = out[j].Confidence
		}
	}
	x.fin = finishStore{out: out[:0], keys: keys[:0], finalKeys: finalKeys[:0], hashes: hashes[:0], finalHashes: finalHashes[:0], seen: seen,
		cast: cast, castHere: castHere, detailed: detailed}
	return final
}

// castInShow reports whether the person of the credit k has a cast credit
// in its show among the facts seen (with a character: detailed).
func castInShow(seen *keyTable[factKey], detailed *keyTable[pair], k factKey) bool {
	p := pair{graph.KindCast, k.person, k.show}
	if detailed.hasHashed(hashPair(p), p) {
		return true
	}
	c := factKey{kind: graph.KindCast, person: k.person, show: k.show}
	if seen.hasHashed(hashFact(c), c) {
		return true
	}
	c.open = true
	return seen.hasHashed(hashFact(c), c)
}

// fullCharacter returns the index of another credit in out of the same
// kind, person and show as out[n] whose character is out[n]'s one-word
// character followed by more words ("Valeria Montes" for "Valeria"), or -1.
func fullCharacter(out []graph.Fact, keys []factKey, n int) int {
	short := out[n].Character
	for i := range out {
		c := out[i].Character
		if i != n && keys[i].person == keys[n].person && keys[i].show == keys[n].show && out[i].Kind == out[n].Kind &&
			len(c) > len(short)+1 && c[len(short)] == ' ' && strings.EqualFold(c[:len(short)], short) {
			return i
		}
	}
	return -1
}

// adverbEnds end adverbs and no given name: "Interestingly",
// "Additionally", "Unfortunately". Each ends in "ly" (TestAdverbEnds).
var adverbEnds = []string{"ingly", "ally", "ately", "edly", "ively", "ously", "ently", "antly", "ularly", "fully"}

// isAdverb reports whether a one-word name is an adverb that opens a
// sentence.
func isAdverb(s string) bool {
	// a name that does not end in "ly" (in either case: a byte ORed with
	// 0x20 is 'l' or 'y' only for those letters) is none
	if len(s) < 6 || s[len(s)-2]|0x20 != 'l' || s[len(s)-1]|0x20 != 'y' || strings.IndexByte(s, ' ') >= 0 || strings.IndexByte(s, '-') >= 0 {
		return false
	}
	var buf [64]byte
	low := lowerInto(buf[:0], s)
	if wordClasses.getBytes(low)&cNameStart != 0 {
		return false
	}
	for _, e := range adverbEnds {
		if bytes.HasSuffix(low, []byte(e)) {
			return true
		}
	}
	return false
}

// charFirstName reports whether name, one word, is the first word of a
// character the article credited: "as Dean-Levine Wilkins. Dean will play
// an equity partner" names the character, not a person.
func (x *extractor) charFirstName(name string) bool {
	for i := range x.facts {
		c := x.facts[i].Character
		if len(c) > len(name)+1 && strings.HasPrefix(c, name) && (c[len(name)] == ' ' || c[len(name)] == '-') {
			return true
		}
	}
	return false
}

// dropScript drops, from a title written in Latin letters, the same title
// in another script after it: "Feng Ying Ran Mei Xiang 烽影燃梅香" is Feng
// Ying Ran Mei Xiang.
func dropScript(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return s
	}
	tail := s[i+1:]
	for _, r := range tail {
		if r < 0x2E80 { // below the CJK blocks: Latin, punctuation
			return s
		}
	}
	head := strings.TrimRight(s[:i], " ,")
	for _, r := range head {
		if r >= 'A' && r <= 'z' {
			return head
		}
	}
	return s
}

// crewHint reports whether an open credit of person read now is crew: the
// sentence speaks of crew and not of casting, and where its only crew words
// are job nouns before names ("director X"), person is one of those names.
func (x *extractor) crewHint(person string) bool {
	if !x.crewSentence {
		return false
	}
	return !x.jobOnly || slices.Contains(x.jobOf, x.fold(person))
}

// occupations may stand in capitals before a name that opens a sentence:
// "Chef Marco Ricci joins as a judge".
var occupations = set(`chef judge host actor actress comedian singer rapper presenter dancer designer choreographer influencer entrepreneur restaurateur`)

// occupationWord reports whether w, in lower case, is an occupation before
// a name: one of occupations, or a noun in -ist that starts no names
// ("Ceramicist Anna Brightwell", "Novelist Ruth Ames").
func occupationWord(w string) bool {
	return occupations[w] || len(w) >= 7 && strings.HasSuffix(w, "ist") && wordClasses.get(w)&cNameStart == 0
}

// headlinePastVerbs end a name in a title-case headline: "A and B
// Confirmed for T", "X Cast as C".
var headlinePastVerbs = set(`confirmed cast tapped set signed added booked attached`)

// dropHeadlineVerb drops a title-case headline's verb after a name of two
// words or more: "Han So-yul Confirmed" is Han So-yul.
func dropHeadlineVerb(person string) string {
	i := strings.LastIndexByte(person, ' ')
	if i <= 0 || strings.IndexByte(person[:i], ' ') < 0 && strings.IndexByte(person[:i], '-') < 0 {
		return person // "Jo Cast": a two-word name keeps its words
	}
	if hasLower(headlinePastVerbs, person[i+1:]) {
		return person[:i]
	}
	// "Hah Jun-won Explores Criminal Underworld": a present verb after a
	// name of two words or more, and the headline's words after it
	for j := strings.IndexByte(person, ' '); j > 0; {
		rest := person[j+1:]
		w, _, _ := cutByte(rest, ' ')
		if spaceHyphen.has(person[:j]) && hasLower(headlinePresentVerbs, w) {
			return person[:j]
		}
		n := strings.IndexByte(rest, ' ')
		if n < 0 {
			break
		}
		j += 1 + n
	}
	return person
}

// headlinePresentVerbs are a title-case headline's verbs that a name runs
// into: "Director X Explores T", "Y Talks Season Two".
var headlinePresentVerbs = set(`explores joins talks returns reveals discusses opens lands books helms shares teases takes makes signs leads dishes speaks celebrates confirms announces unveils`)

// dropOccupation drops an occupation before a name of two words or more:
// "Chef Marco Ricci" is Marco Ricci.
func dropOccupation(person string) string {
	first, rest, ok := cutByte(person, ' ')
	if !ok || !hasByte(rest, ' ') {
		return person
	}
	var buf [32]byte
	if low := string(lowerInto(buf[:0], first)); occupationWord(low) || nationality(low) {
		return rest // "Mexican Michel Franco": a nationality is no part of the name
	}
	return person
}

// trimCommaColon is strings.Trim(s, ",;:"), without reading the cut set at
// each call.
func trimCommaColon(s string) string {
	for s != "" && (s[0] == ',' || s[0] == ';' || s[0] == ':') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ',' || s[len(s)-1] == ';' || s[len(s)-1] == ':') {
		s = s[:len(s)-1]
	}
	return s
}

// nationality reports whether w, in lower case, is a describing word of a
// nation ("mexican", "french", "japanese", "israeli"), not a family name.
func nationality(w string) bool {
	if !describeWords[w] || koreanFamily[w] || len(w) < 4 {
		return false
	}
	if w == "swiss" || w == "greek" || w == "slovak" {
		return true // "Swiss Blaise Harrison": no suffix below says so
	}
	for _, suf := range [...]string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s has an ASCII digit: strings.ContainsAny(s,
// "0123456789"), without building the set at each call.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 { // '0' <= s[i] <= '9': a byte below '0' wraps past 9
			return true
		}
	}
	return false
}

// lastFor is strings.LastIndex(s, " for "), without its setup for a
// pattern of any length.
func lastFor(s string) int {
	for i := len(s) - 5; i >= 0; i-- {
		if s[i+1] == 'f' && s[i] == ' ' && s[i+2] == 'o' && s[i+3] == 'r' && s[i+4] == ' ' {
			return i
		}
	}
	return -1
}
