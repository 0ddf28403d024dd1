package dataset

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/castgraph/castgraph/graph"
)

// IMDb's non-commercial dataset files (developer.imdb.com/non-commercial-datasets)
// that ReadIMDb reads. Each is gzipped UTF-8 text: a header line, then rows
// of tab-separated fields, `\N` for null.
const (
	IMDbTitles     = "title.basics.tsv.gz"     // tconst, titleType, primaryTitle, ..., startYear, ...
	IMDbEpisodes   = "title.episode.tsv.gz"    // tconst, parentTconst, seasonNumber, episodeNumber
	IMDbPrincipals = "title.principals.tsv.gz" // tconst, ordering, nconst, category, job, characters
	IMDbNames      = "name.basics.tsv.gz"      // nconst, primaryName, birthYear, ...
)

// IMDbFiles lists the files ReadIMDb needs, in the order it first reads them.
func IMDbFiles() []string { return []string{IMDbTitles, IMDbEpisodes, IMDbPrincipals, IMDbNames} }

// IMDbArticle is the article of every IMDb fact: the principals file, named
// as the other datasets' files are (the dataset, then the file without .gz).
const IMDbArticle = "imdb/title.principals.tsv"

var (
	titlesHeader     = []string{"tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"}
	episodesHeader   = []string{"tconst", "parentTconst", "seasonNumber", "episodeNumber"}
	principalsHeader = []string{"tconst", "ordering", "nconst", "category", "job", "characters"}
	namesHeader      = []string{"nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"}
)

// imdbTypes are the title types read, films and series, each with whether
// it is a series. Episodes (tvEpisode) count through their series; shorts,
// specials, pilots, videos and video games are left out.
var imdbTypes = map[string]bool{"movie": false, "tvMovie": false, "tvSeries": true, "tvMiniSeries": true}

// IMDbConfig configures ReadIMDb. The zero value works.
type IMDbConfig struct {
	// BatchSize is the number of facts a batch holds, at least (the facts
	// of one row stay in one batch). Default 50,000.
	BatchSize int
	// Progress, when set, is called after each pass over a file with the
	// file and the rows read.
	Progress func(file string, rows int)
}

// IMDbSummary counts what ReadIMDb did.
type IMDbSummary struct {
	Titles   int // films and series read from title.basics
	Episodes int // episodes of those series, from title.episode
	People   int // people the credits name, found in name.basics
	Rows     int // rows of title.principals
	Facts    int // facts emitted
	Batches  int // batches emitted
	Folded   int // facts an earlier row gave already for the same series (episodes folded in), left out
	Skipped  int // rows of title.principals left out: a title or category not read, a person not named
}

// IMDb reads IMDb's dataset files into facts. OpenIMDb builds the lookups
// the credits need; Read then streams the credits. Neither holds a file:
// each is read a row at a time, and the facts go out in batches.
//
// What becomes a fact. Each row of title.principals on a film or series
// (titleType movie, tvMovie, tvSeries or tvMiniSeries, not isAdult) gives
// facts by its category:
//
//   - actor, actress: cast, one fact per character of its characters list
//     (JSON, ["Han Solo"]), or one with no character for `\N`;
//   - self (hosts, presenters, judges, contestants, people in documentaries):
//     cast with no character, since IMDb's "Self - Host" is no character;
//   - director, producer: crew with that job (IMDb's job, such as
//     "executive producer", is not kept: the facts contract has one
//     producer job);
//   - writer: crew with job creator when IMDb's job says created or creator,
//     original author when it names a source work (novel, book, play,
//     comic, manga, characters, "based on"), writer otherwise.
//
// Other categories (composer, cinematographer, editor, production_designer,
// casting_director, archive_footage, archive_sound) and other title types
// (short, tvShort, tvSpecial, tvPilot, video, videoGame) give nothing.
// Episodes (tvEpisode) are folded into their series through title.episode:
// a credit on an episode is a credit on its series, given once, by the
// first row that gives it. People and shows are named by primaryName and
// primaryTitle, shows that fold alike with their startYear ("Night Train
// (1961)"), as for the other datasets; a row whose person name.basics lacks
// is left out. Every fact's article is IMDbArticle and its evidence the row:
// "row 1234: tt0000001 1 nm0000001 actor \N ["Han Solo"]", its fields with
// spaces for tabs.
//
// Passes. title.basics, title.episode, title.principals (the people the
// credits name, the series' facts, the count), name.basics (only those
// people), then title.principals again for the facts: principals is read
// twice so that no name outside its credits is held.
//
// Memory. The lookups hold ids as numbers ("tt0000001" is 1) in sorted
// slices and names in one byte arena. At IMDb's size (about 12 million
// titles, 9 million episodes, 90 million principals rows, 14 million
// names): 12 bytes and the title for each film or series (about 1.2
// million: some 40 MB); 8 bytes for each episode of those (some 70 MB); 8
// bytes and the name for each person the credits name (at most the 14
// million: up to 320 MB); two bitsets over nconst numbers, one with a
// count per 64 bits, to mark and to find them (about 5 MB); and one key per distinct fact on a series, 11 to 21 bytes each (if
// half the principals rows are on episodes and half of those repeat an
// earlier episode's credit, 22 million keys: 240 to 470 MB). That is under
// 1 GB, plus the batch being made (50,000 facts, about 15 MB); a slice may
// briefly take twice its size while it grows.
type IMDb struct {
	fsys     fs.FS
	cfg      IMDbConfig
	names    arena         // titles' and people's names
	titles   []imdbTitle   // films and series, by id
	episodes []imdbEpisode // episodes of those series, by id
	people   []imdbPerson  // the people the credits name, by id
	named    rankSet       // their ids, for the index of each in people
	needed   bitset        // the people the credits name, before name.basics is read
	pending  keySet        // the keys of series' facts not emitted yet
	facts    int           // the facts the first pass found
	sum      IMDbSummary
	read     bool
}

// imdbTitle is a film or series: its id (the number of its tconst), the
// offset of its primaryTitle in names, its startYear (0 for none), whether
// it is a series and whether its name takes its year.
type imdbTitle struct {
	id, name uint32
	year     uint16
	series   bool
	withYear bool
}

type imdbEpisode struct{ id, parent uint32 }

type imdbPerson struct{ id, name uint32 }

// ReadIMDb reads IMDb's files from fsys (OpenIMDb) and emits their facts
// in batches (Read).
func ReadIMDb(ctx context.Context, fsys fs.FS, cfg IMDbConfig, emit func(graph.Batch) error) (IMDbSummary, error) {
	m, err := OpenIMDb(ctx, fsys, cfg)
	if err != nil {
		return IMDbSummary{}, err
	}
	return m.Read(ctx, emit)
}

// OpenIMDb checks that fsys holds IMDbFiles, then reads the lookups: the
// films and series of title.basics, the episodes of those series in
// title.episode, a first pass over title.principals for the people its
// credits name and the number of facts, and those people's names in
// name.basics. A missing file is an error wrapping fs.ErrNotExist; a bad
// header or row, an EINVALID *graph.Error naming the file and row.
func OpenIMDb(ctx context.Context, fsys fs.FS, cfg IMDbConfig) (*IMDb, error) {
	for _, f := range IMDbFiles() {
		if _, err := fs.Stat(fsys, f); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: %w (want %s)", f, fs.ErrNotExist, strings.Join(IMDbFiles(), ", "))
			}
			return nil, err
		}
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 50_000
	}
	m := &IMDb{fsys: fsys, cfg: cfg}
	for _, step := range []func(context.Context) error{m.readTitles, m.readEpisodes, m.countCredits, m.readNames} {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Facts is the number of facts Read emits at most: the credits of the
// first pass, before people name.basics lacks are left out.
func (m *IMDb) Facts() int { return m.facts }

// Read passes over title.principals again and emits its facts in batches,
// each batch's Source naming the rows it holds. Read reads once.
func (m *IMDb) Read(ctx context.Context, emit func(graph.Batch) error) (IMDbSummary, error) {
	if m.read {
		return m.sum, errors.New("imdb: read twice")
	}
	m.read = true
	var batch []graph.Fact
	from, to := 0, 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		m.sum.Batches++
		err := emit(graph.Batch{Source: IMDbArticle + " rows " + strconv.Itoa(from) + "-" + strconv.Itoa(to), Facts: batch})
		batch = nil
		return err
	}
	err := m.credits(ctx, func(row int, f graph.Fact) error {
		if batch == nil {
			batch, from = make([]graph.Fact, 0, m.cfg.BatchSize+8), row
		}
		to = row
		batch = append(batch, f)
		m.sum.Facts++
		return nil
	}, func() error {
		if len(batch) >= m.cfg.BatchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return m.sum, err
}

// rows calls row with each row of file, checking ctx now and then.
func (m *IMDb) rows(ctx context.Context, file string, header []string, row func(t *tsvFile) error) error {
	t, err := openTSV(m.fsys, file, header...)
	if err != nil {
		return err
	}
	defer t.Close()
	for {
		ok, err := t.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if t.row%(1<<16) == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := row(t); err != nil {
			return err
		}
	}
	if m.cfg.Progress != nil {
		m.cfg.Progress(file, t.row)
	}
	return nil
}

// inOrder tracks whether a file's ids come in increasing order, as IMDb
// writes them, so that no sort is needed, and finds an id listed twice.
type inOrder struct {
	last   uint32
	sorted bool
	any    bool
}

func (o *inOrder) next(t *tsvFile, id uint32, field string) error {
	if o.any && id == o.last {
		return t.errorf("%s %s listed twice", field, t.fields[0])
	}
	if !o.any {
		o.sorted = true
	}
	o.sorted = o.sorted && (!o.any || id > o.last)
	o.last, o.any = id, true
	return nil
}

// sortByID sorts s by id unless it is sorted, and reports an id listed twice.
func sortByID[T any](s []T, sorted bool, id func(T) uint32, file, prefix string) error {
	if !sorted {
		slices.SortFunc(s, func(a, b T) int { return cmp.Compare(id(a), id(b)) })
	}
	for i := 1; i < len(s); i++ {
		if id(s[i]) == id(s[i-1]) {
			return graph.Errorf(graph.EINVALID, "%s: %s%07d listed twice", file, prefix, id(s[i]))
		}
	}
	return nil
}

func (m *IMDb) readTitles(ctx context.Context) error {
	var keys []uint64 // the ShowKey of each title, hashed, beside m.titles
	var order inOrder
	err := m.rows(ctx, IMDbTitles, titlesHeader, func(t *tsvFile) error {
		id, err := t.id(0, "tt", "tconst")
		if err != nil {
			return err
		}
		if err := order.next(t, id, "tconst"); err != nil {
			return err
		}
		series, ok := imdbTypes[string(t.fields[1])]
		if !ok {
			return nil
		}
		switch string(t.fields[4]) {
		case "0":
		case "1":
			return nil // adult titles are left out
		default:
			return t.errorf("isAdult %q, want 0 or 1", t.fields[4])
		}
		year, err := t.year(5, "startYear")
		if err != nil {
			return err
		}
		title := t.fields[2]
		key := graph.ShowKey(string(title))
		if bytes.Equal(title, null) || key == "" {
			return nil // no title to name it by
		}
		off, err := m.names.add(title)
		if err != nil {
			return t.errorf("%v", err)
		}
		m.titles = append(m.titles, imdbTitle{id: id, name: off, year: year, series: series})
		h := fnv.New64a()
		h.Write([]byte(key))
		keys = append(keys, h.Sum64())
		return nil
	})
	if err != nil {
		return err
	}
	// Titles that fold alike but have different years take their year.
	idx := make([]int32, len(m.titles))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		return cmp.Or(cmp.Compare(keys[a], keys[b]), cmp.Compare(m.titles[a].year, m.titles[b].year))
	})
	for a := 0; a < len(idx); {
		b, years := a+1, 1
		for ; b < len(idx) && keys[idx[b]] == keys[idx[a]]; b++ {
			if m.titles[idx[b]].year != m.titles[idx[b-1]].year {
				years++
			}
		}
		for _, i := range idx[a:b] {
			m.titles[i].withYear = years > 1 && m.titles[i].year != 0
		}
		a = b
	}
	m.sum.Titles = len(m.titles)
	return sortByID(m.titles, order.sorted, func(t imdbTitle) uint32 { return t.id }, IMDbTitles, "tt")
}

// title returns the film or series of tconst id, or nil.
func (m *IMDb) title(id uint32) *imdbTitle {
	i, ok := slices.BinarySearchFunc(m.titles, id, func(t imdbTitle, id uint32) int { return cmp.Compare(t.id, id) })
	if !ok {
		return nil
	}
	return &m.titles[i]
}

func (m *IMDb) readEpisodes(ctx context.Context) error {
	var order inOrder
	err := m.rows(ctx, IMDbEpisodes, episodesHeader, func(t *tsvFile) error {
		id, err := t.id(0, "tt", "tconst")
		if err != nil {
			return err
		}
		if err := order.next(t, id, "tconst"); err != nil {
			return err
		}
		parent, err := t.id(1, "tt", "parentTconst")
		if err != nil {
			return err
		}
		if p := m.title(parent); p != nil && p.series {
			m.episodes = append(m.episodes, imdbEpisode{id, parent})
		}
		return nil
	})
	if err != nil {
		return err
	}
	m.sum.Episodes = len(m.episodes)
	return sortByID(m.episodes, order.sorted, func(e imdbEpisode) uint32 { return e.id }, IMDbEpisodes, "tt")
}

// show returns the title the credits of tconst id go to: the film or series
// itself, or an episode's series; nil for a title not read.
func (m *IMDb) show(id uint32) *imdbTitle {
	if t := m.title(id); t != nil {
		return t
	}
	i, ok := slices.BinarySearchFunc(m.episodes, id, func(e imdbEpisode, id uint32) int { return cmp.Compare(e.id, id) })
	if !ok {
		return nil
	}
	return m.title(m.episodes[i].parent)
}

// showName is the name of a title in facts: its primaryTitle, with its year
// when another title folds alike.
func (m *IMDb) showName(t *imdbTitle) string {
	if t.withYear {
		return m.names.get(t.name) + " (" + strconv.Itoa(int(t.year)) + ")"
	}
	return m.names.get(t.name)
}

// imdbRole is what a category of title.principals becomes.
type imdbRole struct {
	kind, job  string
	characters bool // whether its characters are read
}

// role maps a row's category (and, for writers, its job) to a role. Actors
// and actresses are cast with their characters; self (hosts, presenters,
// judges, contestants, people in documentaries) is cast with no character;
// directors, writers and producers are crew. The other categories
// (composer, cinematographer, editor, production_designer,
// casting_director, archive_footage, archive_sound) are not read.
func role(category, job []byte) (imdbRole, bool) {
	switch string(category) {
	case "actor", "actress":
		return imdbRole{kind: graph.KindCast, characters: true}, true
	case "self":
		return imdbRole{kind: graph.KindCast}, true
	case "director":
		return imdbRole{kind: graph.KindCrew, job: graph.JobDirector}, true
	case "producer":
		return imdbRole{kind: graph.KindCrew, job: graph.JobProducer}, true
	case "writer":
		return imdbRole{kind: graph.KindCrew, job: writerJob(job)}, true
	}
	return imdbRole{}, false
}

// writerJob is the job of a writer row: creator when its job says created
// or creator, original author when it names a source work (novel, book,
// play, comic, manga, characters, based on ...), else writer.
func writerJob(job []byte) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(string(job)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "created", "creator", "creators":
			return graph.JobCreator
		case "novel", "novels", "book", "books", "play", "comic", "comics", "manga", "characters", "memoir", "article", "poem", "based":
			return graph.JobOriginalAuthor
		}
	}
	return graph.JobWriter
}

// creditKey identifies a fact on a series, to fold its episodes' repeats.
func creditKey(show, person uint32, r imdbRole, character []byte) uint64 {
	h := fnv.New64a()
	var b [8]byte
	b[0], b[1], b[2], b[3] = byte(show), byte(show>>8), byte(show>>16), byte(show>>24)
	b[4], b[5], b[6], b[7] = byte(person), byte(person>>8), byte(person>>16), byte(person>>24)
	h.Write(b[:])
	h.Write([]byte(r.kind))
	h.Write([]byte{0})
	h.Write([]byte(r.job))
	h.Write([]byte{0})
	h.Write(character)
	return h.Sum64()
}

// countCredits is the first pass over title.principals: it counts the facts,
// marks the people they name and gathers the keys of the series' facts,
// each once.
func (m *IMDb) countCredits(ctx context.Context) error {
	return m.credits(ctx, nil, nil)
}

// credits passes over title.principals. Without add it is the first pass
// (countCredits); with add it calls add with each fact and the row it comes
// from, and rowDone after each row.
func (m *IMDb) credits(ctx context.Context, add func(row int, f graph.Fact) error, rowDone func() error) error {
	var (
		chars  [][]byte
		lastID uint32
		last   *imdbTitle
		first  = true
	)
	return m.rows(ctx, IMDbPrincipals, principalsHeader, func(t *tsvFile) error {
		tid, err := t.id(0, "tt", "tconst")
		if err != nil {
			return err
		}
		pid, err := t.id(2, "nm", "nconst")
		if err != nil {
			return err
		}
		if first || tid != lastID { // the rows of a title come together
			last, lastID, first = m.show(tid), tid, false
		}
		r, ok := role(t.fields[3], t.fields[4])
		chars = chars[:0]
		if ok && r.characters {
			if chars, err = t.characters(5, chars); err != nil {
				return err
			}
		}
		if add != nil {
			m.sum.Rows++
		}
		var person, evidence string
		if !ok || last == nil {
			if add != nil {
				m.sum.Skipped++
			}
			return nil
		}
		if add != nil {
			p, ok := m.person(pid)
			if !ok {
				m.sum.Skipped++
				return nil
			}
			person, evidence = p, "row "+strconv.Itoa(t.row)+": "+t.text()
		}
		for i := 0; i < max(1, len(chars)); i++ {
			var c []byte
			if i < len(chars) {
				c = chars[i]
			}
			if last.series {
				k := creditKey(last.id, pid, r, c)
				switch {
				case add == nil && !m.pending.add(k): // a fact this pass has counted
					continue
				case add != nil && !m.pending.remove(k): // a fact emitted already
					m.sum.Folded++
					continue
				}
			}
			if add == nil {
				m.needed.add(pid)
				m.facts++
				continue
			}
			f := graph.Fact{Kind: r.kind, Person: person, Show: m.showName(last), Character: string(c), Job: r.job,
				Article: IMDbArticle, Evidence: evidence}
			if err := add(t.row, f); err != nil {
				return err
			}
		}
		if rowDone != nil {
			return rowDone()
		}
		return nil
	})
}

// readNames reads the names of the people the credits name.
func (m *IMDb) readNames(ctx context.Context) error {
	var order inOrder
	err := m.rows(ctx, IMDbNames, namesHeader, func(t *tsvFile) error {
		id, err := t.id(0, "nm", "nconst")
		if err != nil {
			return err
		}
		if err := order.next(t, id, "nconst"); err != nil {
			return err
		}
		name := t.fields[1]
		if !m.needed.has(id) || bytes.Equal(name, null) || graph.PersonKey(string(name)) == "" {
			return nil
		}
		off, err := m.names.add(name)
		if err != nil {
			return t.errorf("%v", err)
		}
		m.people = append(m.people, imdbPerson{id, off})
		return nil
	})
	if err != nil {
		return err
	}
	m.needed = nil
	m.sum.People = len(m.people)
	if err := sortByID(m.people, order.sorted, func(p imdbPerson) uint32 { return p.id }, IMDbNames, "nm"); err != nil {
		return err
	}
	m.named = newRankSet(len(m.people), func(i int) uint32 { return m.people[i].id })
	return nil
}

// person returns the primaryName of nconst id.
func (m *IMDb) person(id uint32) (string, bool) {
	i, ok := m.named.rank(id)
	if !ok {
		return "", false
	}
	return m.names.get(m.people[i].name), true
}
