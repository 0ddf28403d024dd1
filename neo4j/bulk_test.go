package neo4j

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

// importGraph is a graph as property maps: what the importer builds from a
// bulk export's files, or what a load writes into an empty database.
type importGraph struct {
	nodes map[string]map[string]any // by label and key
	rels  []string                  // "TYPE (start)->(end) props", sorted
}

// props renders properties in key order.
func props(m map[string]any) string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(&b, " %s=%#v", k, m[k])
	}
	return b.String()
}

// diff lists the differences of two graphs, at most a few of each kind.
func (g *importGraph) diff(want *importGraph) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(want.nodes)) {
		if got, ok := g.nodes[k]; !ok {
			out = append(out, "missing node "+k+props(want.nodes[k]))
		} else if !reflect.DeepEqual(got, want.nodes[k]) {
			out = append(out, fmt.Sprintf("node %s:\n got %s\nwant %s", k, props(got), props(want.nodes[k])))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g.nodes)) {
		if _, ok := want.nodes[k]; !ok {
			out = append(out, "extra node "+k+props(g.nodes[k]))
		}
	}
	gi, wi := 0, 0
	for gi < len(g.rels) || wi < len(want.rels) {
		switch {
		case wi == len(want.rels) || gi < len(g.rels) && g.rels[gi] < want.rels[wi]:
			out = append(out, "extra relationship "+g.rels[gi])
			gi++
		case gi == len(g.rels) || want.rels[wi] < g.rels[gi]:
			out = append(out, "missing relationship "+want.rels[wi])
			wi++
		default:
			gi++
			wi++
		}
	}
	return out
}

// column is one column of an import header.
type column struct {
	name  string // property, or "" for an ID column that stores none
	typ   string // string, long, string[], long[]
	role  string // "", "ID", "START_ID" or "END_ID"
	group string // the ID group of an ID column
}

func parseHeader(t *testing.T, line string) []column {
	t.Helper()
	var cols []column
	for _, spec := range strings.Split(line, ",") {
		c := column{typ: "string"}
		name, typ, _ := strings.Cut(spec, ":")
		c.name = name
		switch i := strings.IndexByte(typ, '('); {
		case i >= 0:
			c.role, c.group = typ[:i], strings.TrimSuffix(typ[i+1:], ")")
		case typ == "ID" || typ == "START_ID" || typ == "END_ID":
			c.role = typ
		case typ != "":
			c.typ = typ
		}
		switch c.role {
		case "", "ID", "START_ID", "END_ID":
		default:
			t.Fatalf("header %q: unknown column %q", line, spec)
		}
		cols = append(cols, c)
	}
	return cols
}

// csvField is one field of a CSV row.
type csvField struct {
	text   string
	quoted bool
}

// parseCSV splits CSV text as the importer does (RFC 4180: fields in double
// quotes, a quote inside doubled). It fails the test when a line break
// inside a field is in a file the importer was not told about.
func parseCSV(t *testing.T, name, text string, multiline bool) [][]csvField {
	t.Helper()
	var rows [][]csvField
	var row []csvField
	for len(text) > 0 {
		var f csvField
		if text[0] == '"' {
			f.quoted = true
			var b strings.Builder
			i := 1
			for {
				if i >= len(text) {
					t.Fatalf("%s: unterminated quoted field", name)
				}
				if text[i] == '"' {
					if i+1 < len(text) && text[i+1] == '"' {
						b.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				if (text[i] == '\n' || text[i] == '\r') && !multiline {
					t.Fatalf("%s: a field holds a line break, but %s does not say --multiline-fields=true", name, BulkArgsFile)
				}
				b.WriteByte(text[i])
				i++
			}
			f.text, text = b.String(), text[i:]
		} else {
			i := strings.IndexAny(text, ",\n")
			if i < 0 {
				i = len(text)
			}
			f.text, text = text[:i], text[i:]
			if strings.ContainsAny(f.text, "\"\r") {
				t.Fatalf("%s: unquoted field %q holds a quote or carriage return", name, f.text)
			}
		}
		row = append(row, f)
		switch {
		case len(text) == 0:
			t.Fatalf("%s: last row does not end in a newline", name)
		case text[0] == ',':
			text = text[1:]
		case text[0] == '\n':
			rows, row, text = append(rows, row), nil, text[1:]
		default:
			t.Fatalf("%s: %q after a quoted field", name, text[:min(10, len(text))])
		}
	}
	return rows
}

// value is a field's value as the importer stores it; ok is false for none.
func value(t *testing.T, c column, f csvField, delim string) (any, bool) {
	t.Helper()
	if f.text == "" && (!f.quoted || strings.HasSuffix(c.typ, "[]")) {
		return nil, false
	}
	switch c.typ {
	case "string":
		return f.text, true
	case "long":
		n, err := strconv.ParseInt(f.text, 10, 64)
		if err != nil {
			t.Fatalf("column %s: %v", c.name, err)
		}
		return n, true
	case "string[]":
		return strings.Split(f.text, delim), true
	case "boolean":
		return f.text == "true", true
	case "long[]":
		var out []int64
		for _, s := range strings.Split(f.text, delim) {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				t.Fatalf("column %s: %v", c.name, err)
			}
			out = append(out, n)
		}
		return out, true
	}
	t.Fatalf("column %s: unknown type %s", c.name, c.typ)
	return nil, false
}

// readImport reads a bulk export the way the importer would, from its
// BulkArgsFile.
func readImport(t *testing.T, dir string) *importGraph {
	t.Helper()
	args, err := os.ReadFile(filepath.Join(dir, BulkArgsFile))
	if err != nil {
		t.Fatal(err)
	}
	g := &importGraph{nodes: map[string]map[string]any{}}
	delim := ";"
	multiline := false
	idType := "string"
	ids := map[string]string{} // the label and key of every node, by group and ID
	type group struct{ flag, label, files string }
	var groups []group
	for _, line := range strings.Split(strings.TrimSpace(string(args)), "\n") {
		opt, val, _ := strings.Cut(line, "=")
		switch opt {
		case "--array-delimiter":
			n, err := strconv.ParseUint(strings.TrimPrefix(val, "U+"), 16, 16)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			delim = string(rune(n))
		case "--multiline-fields":
			multiline = val == "true"
		case "--nodes", "--relationships":
			label, files, _ := strings.Cut(val, "=")
			groups = append(groups, group{opt, label, files})
		case "--id-type":
			idType = val
		case "--bad-tolerance", "--read-buffer-size":
		default:
			t.Fatalf("%s: unexpected option %q", BulkArgsFile, line)
		}
	}
	// Nodes first, as the importer reads them.
	slices.SortStableFunc(groups, func(a, b group) int { return strings.Compare(a.flag, b.flag) })
	for _, gr := range groups {
		var cols []column
		for i, name := range strings.Split(gr.files, ",") {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			rows := parseCSV(t, name, string(data), multiline)
			if i == 0 {
				if len(rows) == 0 {
					t.Fatalf("%s: no header", name)
				}
				var header []string
				for _, f := range rows[0] {
					header = append(header, f.text)
				}
				cols, rows = parseHeader(t, strings.Join(header, ",")), rows[1:]
			}
			for _, row := range rows {
				if len(row) != len(cols) {
					t.Fatalf("%s: row of %d fields, header of %d: %v", name, len(row), len(cols), row)
				}
				m := map[string]any{}
				var id, start, end string
				for k, c := range cols {
					v, ok := value(t, c, row[k], delim)
					switch c.role {
					case "ID":
						id = c.group + " " + row[k].text
					case "START_ID":
						start = c.group + " " + row[k].text
					case "END_ID":
						end = c.group + " " + row[k].text
					}
					if ok && c.name != "" {
						m[c.name] = v
					}
				}
				if gr.flag == "--nodes" {
					key, ok := m["key"]
					if !ok {
						key = m["name"] // the model's marker
					}
					nk := fmt.Sprint(gr.label, " ", key)
					if _, dup := g.nodes[nk]; dup || id != "" && ids[id] != "" {
						t.Fatalf("%s: node %s twice", name, nk)
					}
					ids[id] = nk
					g.nodes[nk] = m
					continue
				}
				from, to := ids[start], ids[end]
				if from == "" || to == "" {
					t.Fatalf("%s: relationship from %s to %s: a missing node", name, start, end)
				}
				g.rels = append(g.rels, fmt.Sprintf("%s (%s)->(%s)%s", gr.label, from, to, props(m)))
			}
		}
	}
	if idType == "actual" {
		// Node numbers, the node's own IDs: 0 to the count less one.
		for i := range len(ids) {
			if ids[fmt.Sprint(" ", i)] == "" {
				t.Fatalf("%d nodes, but none is numbered %d", len(ids), i)
			}
		}
	}
	slices.Sort(g.rels)
	return g
}

// loadedGraph is the graph a load of batches, in order, writes into an empty
// database: the load's own merge (delta) applied to every fact, then the
// nodes and edges its write creates, with their properties. The one change
// from a load is the bulk export's: a list of one empty string (the
// sentence or date of a credit with a single statement that has none) is
// left out.
func loadedGraph(t *testing.T, batches []graph.Batch) *importGraph {
	t.Helper()
	d := &delta{nodes: map[nodeRef]*node{}, credits: map[string]*credit{}}
	loads := 0
	for _, b := range batches {
		facts := make([]graph.Fact, len(b.Facts))
		for i, f := range b.Facts {
			facts[i] = f.Normalize()
			if err := facts[i].Validate(); err != nil {
				t.Fatal(err)
			}
		}
		prep := prepare(facts)
		if len(prep) > 0 {
			loads++
		}
		for i := range prep {
			d.add(&prep[i], b.Source, seqOf(loads, i))
		}
	}
	g := &importGraph{nodes: map[string]map[string]any{}}
	node := func(label, nameProp string, n *node) {
		m := map[string]any{"key": n.key, nameProp: n.name, "search": searchText(n.name, n.aliases)}
		if len(n.aliases) > 0 {
			m["aliases"] = slices.Clone(n.aliases)
		}
		g.nodes[label+" "+n.key] = m
	}
	for _, n := range d.nodes {
		switch n.kind {
		case graph.NodePerson:
			node("Person", "name", n)
		case graph.NodeShow:
			node("Show", "title", n)
		}
	}
	// The credits in the order the load's write meets them, each with its
	// person's CREDITED link to its show.
	type link struct {
		person, show string
		chars        []string
		appeared     bool
	}
	var links []*link
	linkOf := map[[2]string]*link{}
	seen := map[string]bool{}
	for _, key := range d.order {
		c := d.credits[key]
		if seen[key] {
			continue
		}
		seen[key] = true
		m := map[string]any{}
		p := c.props() // seasons, articles, sentences, dates, statement seasons, order and spellings
		if p[0] != nil {
			var seasons []int64
			for _, s := range p[0].([]any) {
				seasons = append(seasons, s.(int64))
			}
			m["seasons"] = seasons
		}
		for i, name := range []string{"evArticles", "evSentences", "evDates", "evSeasons", "evNames"} {
			if p[i+1] == nil {
				continue
			}
			var l []string
			for _, s := range p[i+1].([]any) {
				l = append(l, s.(string))
			}
			if l = nonEmpty(l); len(l) > 0 {
				m[name] = l
			}
		}
		start, end, show := "Person "+c.person, "Show "+c.target, c.target
		switch c.rel {
		case relPlayed:
			ch := d.nodes[nodeID(graph.NodeCharacter, c.target)]
			end, show = "Character "+c.target, ch.show
			if _, ok := g.nodes["Character "+ch.key]; !ok {
				node("Character", "name", ch)
				g.rels = append(g.rels, fmt.Sprintf("IN (Character %s)->(Show %s)", ch.key, ch.show))
			}
		case relWorked:
			m["job"] = c.job
		}
		g.rels = append(g.rels, fmt.Sprintf("%s (%s)->(%s)%s", c.rel, start, end, props(m)))
		l := linkOf[[2]string{c.person, show}]
		if l == nil {
			l = &link{person: c.person, show: show}
			linkOf[[2]string{c.person, show}] = l
			links = append(links, l)
		}
		switch c.rel {
		case relPlayed:
			l.chars = append(l.chars, c.target)
		case relAppeared:
			l.appeared = true
		}
	}
	for _, l := range links {
		m := map[string]any{}
		if len(l.chars) > 0 {
			m["characters"] = l.chars
		}
		if l.appeared {
			m["appeared"] = true
		}
		g.rels = append(g.rels, fmt.Sprintf("%s (Person %s)->(Show %s)%s", relCredited, l.person, l.show, props(m)))
	}
	g.nodes["CastgraphLock model"] = map[string]any{"name": "model", "version": int64(bulkModel)}
	g.nodes["CastgraphLock load"] = map[string]any{"name": "load", "loads": int64(loads)}
	slices.Sort(g.rels)
	return g
}

// bulkExport writes batches with cfg (Dir made here) and returns the
// directory and summary.
func bulkExport(t *testing.T, cfg BulkConfig, batches []graph.Batch) (string, BulkSummary) {
	t.Helper()
	cfg.Dir = filepath.Join(t.TempDir(), "import")
	w, err := NewBulkWriter(cfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if err := w.Add(b); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Dir, "spill")); !os.IsNotExist(err) {
		t.Errorf("the spill directory is still there: %v", err)
	}
	return cfg.Dir, sum
}

// trickyBatches are facts whose merge and text test the export: spellings,
// repeated statements, a character whose name folds to nothing, and text
// with commas, quotes, semicolons, line breaks and control characters.
func trickyBatches() []graph.Batch {
	cast := func(person, show, character, sentence, article, date string, seasons ...int) graph.Fact {
		return graph.Fact{Kind: graph.KindCast, Person: person, Show: show, Character: character,
			Evidence: sentence, Article: article, Date: date, Seasons: seasons}
	}
	crew := func(person, show, job, sentence, article string) graph.Fact {
		return graph.Fact{Kind: graph.KindCrew, Person: person, Show: show, Job: job, Evidence: sentence, Article: article}
	}
	return []graph.Batch{
		{Source: "first.jsonl", Facts: []graph.Fact{
			cast("Ana Lima", "Squid Game Season 2", "Dr. Who", `She said, "hi"; then left.`, "a,1", "2024-01-02"),
			cast("ANA LIMA", "Squid Game", "Dr Who", `She said, "hi"; then left.`, "a,1", "2024-05-05", 3),
			cast("Ana Lima", "Squid Game", "Dr. Who", "Another sentence", "a\"2\"", ""),
			cast("José Núñez", "squid game", "", "", "", ""),
			cast("Jose Nunez", "Squid Game", "!!!", "The character folds to nothing.", "line\nbreak", "2023-03-03"),
			cast("Kim Lee", "Squid Game", "???", "Kim plays a nameless role.", "b", ""),
			cast("Kim Lee", "Squid Game", "", "Kim appears.", "b", "", 1, 2),
			cast("Kim Lee", "Other Show", "Ünïcode Nâme", "Tab\there, unit\x1fseparator", "c\x1ed", "2020-02-29"),
			crew("Ana Lima", "Squid Game", "Co-Director", "Ana co-directs, too.", "d"),
			crew("Ana Lima", "Squid Game", "co director", "Same job, another spelling.", "e"),
			crew("Ana Lima", "Other Show", "", "", "f"),
		}},
		{Source: "second.jsonl", Facts: []graph.Fact{
			cast("ana lima", "SQUID GAME", "DR WHO", "Yet another", "g", "2025-12-31", 1),
			cast("Ana Lima", "Squid Game", "Dr. Who", `She said, "hi"; then left.`, "a,1", "1999-09-09"),
			cast("Mo", "Other Show (Season 4)", "", "", "", ""),
			crew("Mo", "Other Show", "writer", "", ""),
			cast("Ana Lima", "Squid Game", "Aardvark", "Ana doubles as Aardvark.", "i", ""),
			// Nobody plays the nameless character of Third Show.
			cast("Zed", "Third Show", "", "Zed appears.", "h", ""),
			cast("Zed", "Third Show", "…", "Zed appears as someone.", "h", ""),
		}},
	}
}

func TestBulkExportIsTheLoadedGraph(t *testing.T) {
	g, err := gen.New(gen.ForCredits(20000, 1))
	if err != nil {
		t.Fatal(err)
	}
	var dense []graph.Batch
	for i, seed := range []uint64{1, 2, 1, 3} {
		dense = append(dense, graph.Batch{Source: fmt.Sprintf("dense-%d", i), Facts: syntheticFacts(seed, 400, 40, 12)})
	}
	for _, tc := range []struct {
		name    string
		batches []graph.Batch
	}{
		{"tricky", trickyBatches()},
		{"samples", sampleBatches(t)},
		{"dense", dense},
		{"generated", []graph.Batch{{Source: "gen", Facts: g.Next(nil, g.Len())}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := loadedGraph(t, tc.batches)
			for _, cfg := range []BulkConfig{{}, {Partitions: 1, Workers: 1}, {Partitions: 7, Workers: 3}} {
				dir, sum := bulkExport(t, cfg, tc.batches)
				got := readImport(t, dir)
				if d := got.diff(want); len(d) > 0 {
					t.Errorf("%+v: %d differences from the loaded graph; the first:\n%s", cfg, len(d), strings.Join(d[:min(8, len(d))], "\n"))
				}
				if n, r := len(got.nodes), len(got.rels); sum.Nodes() != n || sum.Relationships() != r {
					t.Errorf("%+v: summary says %d nodes, %d relationships; the files hold %d, %d", cfg, sum.Nodes(), sum.Relationships(), n, r)
				}
			}
		})
	}
}

// TestBulkModel fails when the store's model changes and the export has not
// followed: make the export write what loads write now (TestBulkImport
// compares the two on a server), then raise bulkModel.
func TestBulkModel(t *testing.T) {
	if bulkModel != modelVersion {
		t.Errorf("the store's graph model is version %d, the bulk export writes version %d", modelVersion, bulkModel)
	}
}

func TestBulkExportText(t *testing.T) {
	dir, sum := bulkExport(t, BulkConfig{}, trickyBatches())
	args, err := os.ReadFile(filepath.Join(dir, BulkArgsFile))
	if err != nil {
		t.Fatal(err)
	}
	// The facts hold U+001F (in a sentence) and U+001E (in an article).
	if !strings.Contains(string(args), "--array-delimiter=U+001D\n") {
		t.Errorf("%s: want the delimiter U+001D, the first control character the facts lack:\n%s", BulkArgsFile, args)
	}
	g := readImport(t, dir)
	for _, tc := range []struct{ node, prop, want string }{
		{"Person ana lima", "name", "Ana Lima"},
		{"Person ana lima", "aliases", `[]string{"ANA LIMA", "ana lima"}`},
		{"Person jose nunez", "name", "José Núñez"},
		{"Show squid game", "title", "Squid Game"},
		{"Show squid game", "aliases", `[]string{"SQUID GAME", "squid game"}`},
		{"Character squid game/dr who", "aliases", `[]string{"DR WHO", "Dr Who"}`},
		{"Character squid game/dr who", "search", "dr who\ndr who\ndr who"},
		{"Character squid game/", "name", "!!!"},
		{"Character squid game/", "aliases", `[]string{"???"}`},
		{"Character other show/unicode name", "name", "Ünïcode Nâme"},
	} {
		got := g.nodes[tc.node][tc.prop]
		if s, ok := got.(string); (ok && s != tc.want) || (!ok && fmt.Sprintf("%#v", got) != tc.want) {
			t.Errorf("%s.%s = %#v, want %s", tc.node, tc.prop, got, tc.want)
		}
	}
	for _, want := range []string{
		// The first date of a statement stays; seasons merge, from the title too.
		// Each statement keeps the order of its first fact, (batch << 32) +
		// index, and the spellings its facts gave, the first first.
		`PLAYED (Person ana lima)->(Character squid game/dr who) evArticles=[]string{"a\"2\"", "a,1", "g"} evDates=[]string{"", "2024-01-02", "2025-12-31"} evNames=[]string{"4294967298\tAna Lima\tSquid Game\tDr. Who", "4294967296\tAna Lima\nANA LIMA\tSquid Game\tDr. Who\nDr Who", "8589934592\tana lima\tSQUID GAME\tDR WHO"} evSeasons=[]string{"", "2,3", "1"} evSentences=[]string{"Another sentence", "She said, \"hi\"; then left.", "Yet another"} seasons=[]int64{1, 2, 3}`,
		// The first spelling of a job stays.
		`WORKED_ON (Person ana lima)->(Show squid game) evArticles=[]string{"d", "e"} evDates=[]string{"", ""} evNames=[]string{"4294967304\tAna Lima\tSquid Game", "4294967305\tAna Lima\tSquid Game"} evSeasons=[]string{"", ""} evSentences=[]string{"Ana co-directs, too.", "Same job, another spelling."} job="co-director"`,
		// A crew credit without a job has an empty one; a statement without
		// a sentence or date leaves those lists out.
		`WORKED_ON (Person ana lima)->(Show other show) evArticles=[]string{"f"} evNames=[]string{"4294967306\tAna Lima\tOther Show"} job=""`,
		// José appeared first: the nameless character does not make a PLAYED.
		`APPEARED_IN (Person jose nunez)->(Show squid game) evArticles=[]string{"first.jsonl", "line\nbreak"} evDates=[]string{"", "2023-03-03"} evNames=[]string{"4294967299\tJosé Núñez\tsquid game", "4294967300\tJose Nunez\tSquid Game"} evSeasons=[]string{"", ""} evSentences=[]string{"", "The character folds to nothing."}`,
		// Kim played the nameless character first: the appearance joins it.
		`PLAYED (Person kim lee)->(Character squid game/) evArticles=[]string{"b", "b"} evDates=[]string{"", ""} evNames=[]string{"4294967302\tKim Lee\tSquid Game\t", "4294967301\tKim Lee\tSquid Game\t???"} evSeasons=[]string{"1,2", ""} evSentences=[]string{"Kim appears.", "Kim plays a nameless role."} seasons=[]int64{1, 2}`,
		`PLAYED (Person kim lee)->(Character other show/unicode name) evArticles=[]string{"c\x1ed"} evDates=[]string{"2020-02-29"} evNames=[]string{"4294967303\tKim Lee\tOther Show\tÜnïcode Nâme"} evSentences=[]string{"Tab here, unit\x1fseparator"}`,
		// Facts without an article take their batch's source.
		`APPEARED_IN (Person mo)->(Show other show) evArticles=[]string{"second.jsonl"} evNames=[]string{"8589934594\tMo\tOther Show"} evSeasons=[]string{"4"} seasons=[]int64{4}`,
		// An APPEARED_IN credit flags its link.
		`CREDITED (Person jose nunez)->(Show squid game) appeared=true`,
		// The characters a person plays in a show, in the order of their
		// credits' first facts.
		`CREDITED (Person ana lima)->(Show squid game) characters=[]string{"squid game/dr who", "squid game/aardvark"}`,
		`CREDITED (Person kim lee)->(Show squid game) characters=[]string{"squid game/"}`,
		`IN (Character squid game/)->(Show squid game)`,
	} {
		if !slices.Contains(g.rels, want) {
			t.Errorf("no relationship\n%s\nin\n%s", want, strings.Join(g.rels, "\n"))
		}
	}
	if sum.Credited != 7 {
		t.Errorf("%d CREDITED links, want 7 (ana and kim in both shows, josé in squid game, mo in other show, zed in third show)", sum.Credited)
	}
	if n, ok := g.nodes["Character third show/"]; ok {
		t.Errorf("a character no credit plays: %s", props(n))
	}
	if !strings.Contains(string(args), "--multiline-fields=true\n") {
		t.Errorf("%s does not ask for multiline fields, but the search texts and an article hold line breaks:\n%s", BulkArgsFile, args)
	}
}

// TestBulkExportBadSpill: a part that fails to merge fails the export,
// and the parts after it, which wait for its node numbers, stop too.
func TestBulkExportBadSpill(t *testing.T) {
	g, err := gen.New(gen.ForCredits(20000, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, side := range []int{sidePeople, sideShows} {
		dir := filepath.Join(t.TempDir(), "out")
		w, err := NewBulkWriter(BulkConfig{Dir: dir, Partitions: 5, Workers: 2}, zerolog.New(zerolog.NewTestWriter(t)))
		if err != nil {
			t.Fatal(err)
		}
		g.Reset()
		if err := w.Add(graph.Batch{Source: "gen", Facts: g.Next(nil, g.Len())}); err != nil {
			t.Fatal(err)
		}
		// Cut what is on disk of part 2: the rest of it is written after
		// a hole, which reads as records with empty keys.
		if err := os.Truncate(filepath.Join(dir, "spill", fmt.Sprintf("%d-002", side)), 100); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Close(); err == nil || !strings.Contains(err.Error(), "merge ") {
			t.Errorf("side %d: Close after a spill file was cut: %v, want an error naming a part", side, err)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("side %d: a failed export left %s: %v", side, dir, err)
		}
	}
}

func TestBulkExportRefuses(t *testing.T) {
	log := zerolog.New(zerolog.NewTestWriter(t))
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x"), nil, 0o644)
	if _, err := NewBulkWriter(BulkConfig{Dir: dir}, log); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a directory that is not empty: %v, want EINVALID", err)
	}
	out := filepath.Join(t.TempDir(), "out")
	w, err := NewBulkWriter(BulkConfig{Dir: out}, log)
	if err != nil {
		t.Fatal(err)
	}
	err = w.Add(graph.Batch{Source: "bad.jsonl", Facts: []graph.Fact{{Kind: graph.KindCast, Person: "A", Show: "B"}, {Kind: "cast", Person: "!!", Show: "B"}}})
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "bad.jsonl: fact 2") {
		t.Errorf("an invalid fact: %v, want EINVALID naming bad.jsonl: fact 2", err)
	}
	long := graph.Fact{Kind: graph.KindCast, Person: strings.Repeat("a", maxKeyBytes+1), Show: "B"}
	if err := w.Add(graph.Batch{Source: "long", Facts: []graph.Fact{long}}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a key too long to index: %v, want EINVALID", err)
	}
	w.Abort()
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("Abort left %s: %v", out, err)
	}
}
