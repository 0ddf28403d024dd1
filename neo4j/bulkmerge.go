package neo4j

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// Reading a bulk export's spill files back and merging them as a load would.

// spillReader reads the records of a spill file, held in memory as one
// string that the strings it returns point into.
type spillReader struct {
	data string
	err  error
}

func readSpill(path string) (*spillReader, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &spillReader{data: unsafe.String(unsafe.SliceData(b), len(b))}, nil
}

func (r *spillReader) more() bool { return r.err == nil && len(r.data) > 0 }

func (r *spillReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for shift := 0; ; shift += 7 {
		if len(r.data) == 0 || shift > 63 {
			r.err = io.ErrUnexpectedEOF
			return 0
		}
		c := r.data[0]
		r.data = r.data[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
}

func (r *spillReader) flags() byte {
	if r.err != nil || len(r.data) == 0 {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	c := r.data[0]
	r.data = r.data[1:]
	return c
}

func (r *spillReader) str() string {
	n := r.uvarint()
	if r.err != nil || uint64(len(r.data)) < n {
		r.err = io.ErrUnexpectedEOF
		return ""
	}
	s := r.data[:n]
	r.data = r.data[n:]
	return s
}

// personRec is a person's spelling as the people's side holds it.
type personRec struct {
	seq    uint64
	pk     string
	person string
}

// mergePeople writes the people of part p and keeps their keys.
func (wk *worker) mergePeople(p int, path string, numbers chain) error {
	r, err := readSpill(path)
	if err != nil {
		return err
	}
	var recs []personRec
	for r.more() {
		recs = append(recs, personRec{seq: r.uvarint(), pk: r.str(), person: r.str()})
	}
	if r.err != nil {
		return fmt.Errorf("bad record: %w", r.err)
	}
	slices.SortFunc(recs, func(a, b personRec) int { return cmp.Or(strings.Compare(a.pk, b.pk), cmp.Compare(a.seq, b.seq)) })
	var part personPart
	var keys strings.Builder
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].pk == recs[i].pk {
			j++
		}
		keys.WriteString(recs[i].pk)
		part.offs = append(part.offs, uint32(keys.Len()))
		i = j
	}
	if keys.Len() > 1<<32-1 {
		return fmt.Errorf("%d bytes of people's keys in one part: export with more partitions", keys.Len())
	}
	part.keys = keys.String()
	first, err := numbers.take(p, len(part.offs))
	if err != nil {
		return err
	}
	part.first = first
	var spellings []string
	n := first
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].pk == recs[i].pk {
			j++
		}
		spellings = spellings[:0]
		for k := i; k < j; k++ {
			spellings = append(spellings, recs[k].person)
		}
		wk.node(csvPeople.name, n, recs[i].pk, recs[i].person, spellings) // recs[i]: the first spelling
		wk.sum.People++
		n++
		i = j
	}
	wk.people[p] = part
	return nil
}

// node writes a node: its number, key, name, the other spellings sorted,
// and its search text.
func (wk *worker) node(kind string, n int, key, name string, spellings []string) {
	var aliases []string
	for _, s := range spellings {
		if s != name {
			aliases = append(aliases, s)
		}
	}
	slices.Sort(aliases)
	aliases = slices.Compact(aliases)
	f := wk.files[kind]
	f.id(n)
	f.str(key)
	f.str(name)
	f.list(aliases)
	f.str(searchText(name, aliases))
	f.end()
}

// personNumber returns the node number of the person with key pk.
func (wk *worker) personNumber(pk string) (int, error) {
	if n := wk.people[partOf(pk, len(wk.people))].number(pk); n >= 0 {
		return n, nil
	}
	return 0, fmt.Errorf("person %q is in no people's part", pk)
}

// showRec is a fact as the shows' side holds it.
type showRec struct {
	seq       uint64
	flags     byte
	sk        string
	title     string
	detail    string // the folded character or job
	character string
	pk        string
	person    string // the person's spelling
	job       string
	ev        graph.Evidence
	seasons   []int
}

// showNodes are the nodes of one show: the show and the characters that
// exist, each a run of the show's facts that name it, in the facts' order.
type showNodes struct {
	facts []showRec // the show's, by person, kind, detail, order
	chars [][]int   // indices into facts
	first int       // the show's number; its characters' follow
}

// mergeShows writes the shows of part p, their characters, and every
// relationship of their facts.
func (wk *worker) mergeShows(p int, path string, numbers chain) error {
	r, err := readSpill(path)
	if err != nil {
		return err
	}
	var recs []showRec
	for r.more() {
		s := showRec{seq: r.uvarint(), flags: r.flags(), sk: r.str(), title: r.str(), detail: r.str(),
			character: r.str(), pk: r.str(), person: r.str(), job: r.str()}
		s.ev = graph.Evidence{Article: r.str(), Sentence: r.str(), Date: r.str()}
		if n := r.uvarint(); n > 0 && r.err == nil {
			s.seasons = make([]int, 0, min(n, graph.MaxSeason+1))
			for range n {
				s.seasons = append(s.seasons, int(r.uvarint()))
			}
		}
		recs = append(recs, s)
	}
	if r.err != nil {
		return fmt.Errorf("bad record: %w", r.err)
	}
	// By show, then by credit key (person, kind, detail), then in the
	// facts' order.
	slices.SortFunc(recs, func(a, b showRec) int {
		return cmp.Or(strings.Compare(a.sk, b.sk), strings.Compare(a.pk, b.pk), cmp.Compare(a.flags&flagCrew, b.flags&flagCrew),
			strings.Compare(a.detail, b.detail), cmp.Compare(a.seq, b.seq))
	})
	// The nodes first, to count them.
	var shows []showNodes
	count := 0
	for i := 0; i < len(recs); {
		j := i + 1
		for j < len(recs) && recs[j].sk == recs[i].sk {
			j++
		}
		sn := showNodes{facts: recs[i:j]}
		facts := sn.facts
		// A character whose name folds to nothing shares its credit key
		// with the show's APPEARED_IN: it exists only when the first fact
		// of some such credit named it.
		nameless := false
		var named []int
		for k := range facts {
			f := &facts[k]
			if f.flags&flagChar == 0 {
				continue
			}
			named = append(named, k)
			if f.detail == "" && (k == 0 || facts[k-1].pk != f.pk || facts[k-1].flags&flagCrew != 0 || facts[k-1].detail != "") {
				nameless = true // the first fact of its credit
			}
		}
		slices.SortFunc(named, func(a, b int) int {
			return cmp.Or(strings.Compare(facts[a].detail, facts[b].detail), cmp.Compare(facts[a].seq, facts[b].seq))
		})
		for a := 0; a < len(named); {
			b := a + 1
			for b < len(named) && facts[named[b]].detail == facts[named[a]].detail {
				b++
			}
			if facts[named[a]].detail != "" || nameless {
				sn.chars = append(sn.chars, named[a:b])
			}
			a = b
		}
		count += 1 + len(sn.chars)
		shows = append(shows, sn)
		i = j
	}
	n, err := numbers.take(p, count)
	if err != nil {
		return err
	}
	var spellings []string
	for s := range shows {
		sn := &shows[s]
		facts := sn.facts
		sn.first = n
		first := &facts[0]
		spellings = spellings[:0]
		for k := range facts {
			if facts[k].seq < first.seq {
				first = &facts[k]
			}
			spellings = append(spellings, facts[k].title)
		}
		wk.node(csvShows.name, n, first.sk, first.title, spellings)
		wk.sum.Shows++
		n++
		chars := map[string]int{} // by detail
		for _, run := range sn.chars {
			c := &facts[run[0]] // the first: sorted by order
			spellings = spellings[:0]
			for _, k := range run {
				spellings = append(spellings, facts[k].character)
			}
			wk.node(csvCharacters.name, n, c.sk+"/"+c.detail, c.character, spellings)
			in := wk.files[csvIn.name]
			in.id(n)
			in.id(sn.first)
			in.end()
			chars[c.detail] = n
			wk.sum.Characters++
			n++
		}
		if err := wk.credits(sn, chars); err != nil {
			return err
		}
	}
	return nil
}

// credits writes the credits of one show and its CREDITED links, one per
// person, with the keys of the characters they play in the show, in the
// order a load meets their credits (none: no list), and whether they have
// an APPEARED_IN credit there.
func (wk *worker) credits(sn *showNodes, chars map[string]int) error {
	facts := sn.facts
	type played struct {
		seq uint64 // the credit's first fact
		ck  string
	}
	var links []played
	for i := 0; i < len(facts); {
		pk := facts[i].pk
		person, err := wk.personNumber(pk)
		if err != nil {
			return err
		}
		links = links[:0]
		appeared := false
		j := i
		for j < len(facts) && facts[j].pk == pk {
			k := j + 1
			for k < len(facts) && facts[k].pk == pk && facts[k].flags&flagCrew == facts[j].flags&flagCrew && facts[k].detail == facts[j].detail {
				k++
			}
			if ck := wk.credit(person, sn.first, chars, facts[j:k]); ck != "" {
				links = append(links, played{facts[j].seq, ck})
			} else if facts[j].flags&flagCrew == 0 {
				appeared = true // the credit is an APPEARED_IN
			}
			j = k
		}
		slices.SortFunc(links, func(a, b played) int { return cmp.Compare(a.seq, b.seq) })
		cks := make([]string, len(links))
		for k, l := range links {
			cks[k] = l.ck
		}
		f := wk.files[csvCredited.name]
		f.id(person)
		f.id(sn.first)
		f.list(cks)
		f.flag(appeared)
		f.end()
		wk.sum.Credited++
		i = j
	}
	return nil
}

// credit writes one credit from its facts, in their order, and returns
// the key of the character it plays, if it is a PLAYED.
func (wk *worker) credit(person, show int, chars map[string]int, facts []showRec) (character string) {
	first := &facts[0]
	var seasons []int
	ev := make([]graph.Evidence, 0, len(facts))
	var seen map[[2]string]bool // (article, sentence) kept, for a credit of many facts
	var stmt map[stmtKey][]int  // the seasons each statement names, as a load keeps them
	played := first.flags&flagCrew == 0 && first.flags&flagChar != 0
	names := map[stmtKey]*stmtNames{} // the spellings each statement gives, as a load keeps them
	for k := range facts {
		p := &facts[k]
		n := names[evKey(p.ev)]
		if n == nil {
			n = &stmtNames{seq: int64(p.seq)}
			names[evKey(p.ev)] = n
		}
		n.person, _ = addSpelling(n.person, p.person)
		n.show, _ = addSpelling(n.show, p.title)
		if played {
			n.character, _ = addSpelling(n.character, p.character)
		}
		if len(p.seasons) > 0 {
			seasons = graph.MergeSeasons(seasons, p.seasons)
			if stmt == nil {
				stmt = map[stmtKey][]int{}
			}
			sk := evKey(p.ev)
			stmt[sk] = graph.MergeSeasons(stmt[sk], p.seasons)
		}
		key := [2]string{p.ev.Article, p.ev.Sentence}
		if len(facts) > 16 {
			if seen == nil {
				seen = make(map[[2]string]bool, len(facts))
			}
			if seen[key] {
				continue
			}
			seen[key] = true
		} else if slices.ContainsFunc(ev, func(e graph.Evidence) bool { return e.Article == key[0] && e.Sentence == key[1] }) {
			continue
		}
		ev = append(ev, p.ev)
	}
	ev = graph.SortEvidence(ev)
	var f *csvFile
	switch {
	case first.flags&flagCrew != 0:
		f = wk.files[csvWorked.name]
		f.id(person)
		f.id(show)
		f.str(first.job)
		wk.sum.WorkedOn++
	case first.flags&flagChar != 0:
		f = wk.files[csvPlayed.name]
		character = first.sk + "/" + first.detail
		f.id(person)
		f.id(chars[first.detail])
		wk.sum.Played++
	default:
		f = wk.files[csvAppeared.name]
		f.id(person)
		f.id(show)
		wk.sum.AppearedIn++
	}
	f.ints(seasons)
	as, ss, ds := make([]string, len(ev)), make([]string, len(ev)), make([]string, len(ev))
	for i, e := range ev {
		as[i], ss[i], ds[i] = e.Article, e.Sentence, e.Date
	}
	es := make([]string, len(ev))
	for i, e := range ev {
		es[i] = encodeSeasons(stmt[evKey(e)])
	}
	f.list(as)
	f.list(nonEmpty(ss))
	f.list(nonEmpty(ds))
	f.list(nonEmpty(es))
	f.list(nonEmpty(anyStrings(stmtNamesProps(ev, names, played))))
	f.end()
	return character
}

// nonEmpty returns l, or nil when l is one empty string: the importer reads
// an empty field as no value, so a list of one empty string is left out
// (a load stores [""]; every reader of the store takes a missing sentence
// or date list as empty strings).
func nonEmpty(l []string) []string {
	if len(l) == 1 && l[0] == "" {
		return nil
	}
	return l
}

// anyStrings returns the strings of l, a list stmtNamesProps made.
func anyStrings(l []any) []string {
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = v.(string)
	}
	return out
}
