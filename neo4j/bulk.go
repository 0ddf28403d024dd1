package neo4j

// The files of Neo4j's own bulk importer, neo4j-admin database import full:
// node and relationship CSV files that build, in an empty database, the
// graph the transactional loads (load.go) would build from the same facts.
//
// The facts are not held in memory. Each one is folded and written, as a
// compact record, to one of several spill files by the hash of its show's
// key (all of it but the person's name), and its person's key and name to
// another by the hash of the person's key. Then each spill file is read
// back alone, sorted, and merged the way a load merges facts: a node's
// name is its first spelling and its aliases the others, a credit's
// seasons and evidence are the union of its facts', the first fact of a
// credit decides its relationship type. The people's parts give the
// people; the shows' parts, read after them, the shows, the characters and
// every relationship, all of which a show's part holds whole.
//
// Nodes are numbered densely, people first, and the files give the
// importer those numbers as the nodes' own IDs (--id-type=actual), which
// spares it mapping string IDs. A part's first number is the previous
// part's first plus its count, so that the numbers, and the files, are the
// same for the same facts; a relationship finds its person's number in the
// people's parts' sorted keys, which are all that stays in memory.

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// BulkArgsFile is the file, in a bulk export's directory, that lists the
// importer's options, one a line, with file names relative to the
// directory: neo4j-admin database import full @import.args, run from the
// directory, imports the export (scripts/neo4j import does).
const BulkArgsFile = "import.args"

// bulkModel is the version of the graph model the export writes, and marks
// the imported database with (a CastgraphLock node named "model"): were the
// store's model newer, its Open would migrate the imported graph as it does
// any older one. TestBulkModel fails when the two differ.
const bulkModel = 4

// BulkConfig says where a BulkWriter writes and how. The zero value of every
// field but Dir is a usable default.
type BulkConfig struct {
	// Dir is the directory the import files go to. It is made when it does
	// not exist, and must be empty when it does. Required.
	Dir string
	// Partitions is how many spill files each of the two sides (people,
	// shows) is split into; a worker holds one in memory at a time, so more
	// of them take less memory (besides the people's keys, which stay in
	// memory while the shows are merged). Default 64.
	Partitions int
	// Workers is how many spill files are merged at once, each worker into
	// CSV files of its own. Default GOMAXPROCS.
	Workers int
}

// BulkSummary counts what a bulk export wrote.
type BulkSummary struct {
	Facts      int // facts added
	People     int
	Shows      int
	Characters int // also the IN edges
	Played     int
	AppearedIn int
	WorkedOn   int
	Credited   int
	Bytes      int64 // size of the files written
}

// Nodes is the number of nodes written, the model's marker and the load
// lock included.
func (s BulkSummary) Nodes() int { return s.People + s.Shows + s.Characters + 2 }

// Relationships is the number of relationships written.
func (s BulkSummary) Relationships() int {
	return s.Played + s.AppearedIn + s.WorkedOn + s.Credited + s.Characters
}

// BulkWriter writes the import files of a graph given as facts, in the order
// a load would get them. Make it with NewBulkWriter, Add facts, then Close
// (or Abort). It is not safe for concurrent use.
type BulkWriter struct {
	cfg   BulkConfig
	log   zerolog.Logger
	spill string
	parts [2][]*spillFile // people's side, shows' side
	seq   uint64          // facts added
	// batches counts the batches of facts added, as loads count loads:
	// the Nth gives its facts the order of load N (see evNames), and the
	// import's load lock says N loads were made.
	batches int
	ctrl    uint32 // control bytes seen in strings that go into lists
	rec     []byte
	err     error
	done    bool
	// created says the writer made Dir, and removes it on failure; else it
	// removes only what it put in it.
	created bool
}

// Spill sides.
const (
	sidePeople = 0
	sideShows  = 1
)

type spillFile struct {
	f *os.File
	w *bufio.Writer
}

// NewBulkWriter makes cfg.Dir, or checks that it is empty, and opens the
// spill files in a directory inside it.
func NewBulkWriter(cfg BulkConfig, log zerolog.Logger) (*BulkWriter, error) {
	if cfg.Dir == "" {
		return nil, graph.Errorf(graph.EINVALID, "no directory given for the import files")
	}
	if cfg.Partitions <= 0 {
		cfg.Partitions = 64
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	cfg.Workers = min(cfg.Workers, cfg.Partitions)
	_, err := os.Stat(cfg.Dir)
	created := errors.Is(err, os.ErrNotExist)
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j bulk export: %w", err)
	}
	entries, err := os.ReadDir(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("neo4j bulk export: %w", err)
	}
	if len(entries) > 0 {
		return nil, graph.Errorf(graph.EINVALID, "directory %s is not empty: give a new or empty directory for the import files", cfg.Dir)
	}
	w := &BulkWriter{cfg: cfg, log: log, spill: filepath.Join(cfg.Dir, "spill"), created: created}
	if err := os.Mkdir(w.spill, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j bulk export: %w", err)
	}
	for side := range w.parts {
		for p := range cfg.Partitions {
			f, err := os.Create(filepath.Join(w.spill, fmt.Sprintf("%d-%03d", side, p)))
			if err != nil {
				w.Abort()
				return nil, fmt.Errorf("neo4j bulk export: %w", err)
			}
			w.parts[side] = append(w.parts[side], &spillFile{f: f, w: bufio.NewWriterSize(f, 64<<10)})
		}
	}
	return w, nil
}

// Add adds a batch of facts, after those added before: the order of the
// facts decides, as in loads, which spelling of a node is its name and
// which fact of a credit its relationship type. A fact without an article
// gets b.Source, as in a load. Facts are normalized and checked as Load
// does (EINVALID, naming the source and the fact); the graph is that of a
// load of everything added, in order, into an empty database.
func (w *BulkWriter) Add(b graph.Batch) error {
	if w.err != nil {
		return w.err
	}
	if w.done {
		return errors.New("neo4j bulk export: Add after Close")
	}
	facts := make([]graph.Fact, len(b.Facts))
	for i, f := range b.Facts {
		f = f.Normalize()
		if err := f.Validate(); err != nil {
			return graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, graph.ErrorMessage(err))
		}
		if f.Article == "" {
			f.Article = b.Source
		}
		facts[i] = f
	}
	prep := prepare(facts)
	for i := range prep {
		if err := checkKeys(prep[i]); err != nil {
			return graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, err)
		}
	}
	if len(prep) > 0 {
		w.batches++
	}
	for i := range prep {
		if err := w.spillFact(&prep[i], seqOf(w.batches, i)); err != nil {
			w.err = fmt.Errorf("neo4j bulk export: write spill file: %w", err)
			return w.err
		}
	}
	return nil
}

// Record flags.
const (
	flagCrew = 1 << iota // a crew credit
	flagChar             // a cast credit that names a character
)

// spillFact writes the records of one fact, of order seq: on the people's
// side, its person's key and name; on the shows' side, all of it.
func (w *BulkWriter) spillFact(p *prepared, seq int64) error {
	flags := byte(0)
	if p.Kind == graph.KindCrew {
		flags |= flagCrew
	}
	if p.ck != "" {
		flags |= flagChar
	}
	for _, s := range [...]string{p.Person, p.Show, p.Character, p.Article, p.Evidence} {
		w.noteControl(s)
	}
	r := binary.AppendUvarint(w.rec[:0], uint64(seq))
	r = appendString(r, p.pk)
	r = appendString(r, p.Person)
	if _, err := w.parts[sidePeople][w.part(p.pk)].w.Write(r); err != nil {
		return err
	}
	r = binary.AppendUvarint(r[:0], uint64(seq))
	r = append(r, flags)
	for _, s := range [...]string{p.sk, p.Show, p.detail, p.Character, p.pk, p.Person, p.Job, p.Article, p.Evidence, p.Date} {
		r = appendString(r, s)
	}
	r = binary.AppendUvarint(r, uint64(len(p.Seasons)))
	for _, s := range p.Seasons {
		r = binary.AppendUvarint(r, uint64(s))
	}
	w.rec = r
	w.seq++
	_, err := w.parts[sideShows][w.part(p.sk)].w.Write(r)
	return err
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// part is the spill file of a key: FNV-1a, so that the same facts always
// give the same files.
func (w *BulkWriter) part(key string) int { return partOf(key, w.cfg.Partitions) }

func partOf(key string, parts int) int {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return int(h % uint64(parts))
}

// noteControl notes the control bytes of s, which goes into a list
// property: the importer splits lists at a delimiter it cannot escape, so
// the delimiter must be a character no element holds.
func (w *BulkWriter) noteControl(s string) {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			w.ctrl |= 1 << s[i]
		}
	}
}

// listDelimiter returns the list delimiter: the first of the ASCII
// separators, then the other control characters but tab, newline and
// carriage return, that no element of a list holds.
func (w *BulkWriter) listDelimiter() (byte, error) {
	for c := byte(0x1f); c >= 1; c-- {
		if c == '\t' || c == '\n' || c == '\r' || w.ctrl&(1<<c) != 0 {
			continue
		}
		return c, nil
	}
	return 0, graph.Errorf(graph.EINVALID, "the names, articles and sentences of the facts hold every control character, so no list delimiter is free for the importer")
}

// Abort stops an export and removes the files it wrote.
func (w *BulkWriter) Abort() {
	w.done = true
	w.closeSpill()
	w.removeAll()
}

// removeAll removes what the writer wrote, and Dir when it made it.
func (w *BulkWriter) removeAll() {
	if w.created {
		os.RemoveAll(w.cfg.Dir)
		return
	}
	entries, _ := os.ReadDir(w.cfg.Dir)
	for _, e := range entries {
		os.RemoveAll(filepath.Join(w.cfg.Dir, e.Name()))
	}
}

func (w *BulkWriter) closeSpill() {
	for _, side := range w.parts {
		for _, sf := range side {
			sf.f.Close()
		}
	}
	w.parts = [2][]*spillFile{}
}

// Close merges the spill files into the CSV files and writes BulkArgsFile.
// The spill files are removed; on error, everything it wrote is.
func (w *BulkWriter) Close() (BulkSummary, error) {
	if w.done {
		return BulkSummary{}, errors.New("neo4j bulk export: Close after Close or Abort")
	}
	if w.err != nil {
		w.Abort()
		return BulkSummary{}, w.err
	}
	sum, err := w.finish()
	w.done = true
	if err != nil {
		w.closeSpill()
		w.removeAll()
		return BulkSummary{}, fmt.Errorf("neo4j bulk export: %w", err)
	}
	return sum, nil
}

// worker is one merging goroutine's CSV files and counts.
type worker struct {
	files  map[string]*csvFile // by kind name
	people []personPart        // the people's parts, for the people's numbers
	sum    BulkSummary
}

// personPart is what stays in memory of a people's part: its people's keys,
// sorted, one after another in keys, and its first node number.
type personPart struct {
	keys  string
	offs  []uint32 // where each key ends in keys
	first int
}

// number returns the node number of the person with key pk, or -1.
func (p *personPart) number(pk string) int {
	key := func(i int) string {
		start := uint32(0)
		if i > 0 {
			start = p.offs[i-1]
		}
		return p.keys[start:p.offs[i]]
	}
	lo, hi := 0, len(p.offs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if key(m) < pk {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(p.offs) && key(lo) == pk {
		return p.first + lo
	}
	return -1
}

// chain hands each part its first node number: the previous part's first
// plus its count, so that the numbers are dense and the same for the same
// facts, whichever worker merges a part. A part that fails hands on -1.
type chain []chan int

func newChain(parts, first int) chain {
	c := make(chain, parts+1)
	for i := range c {
		c[i] = make(chan int, 1)
	}
	c[0] <- first
	return c
}

// errEarlierPart is the error of a part whose predecessor failed.
var errEarlierPart = errors.New("an earlier part failed")

// take waits for part p's first number, once its count n is known, and
// hands the next part its own.
func (c chain) take(p, n int) (int, error) {
	first := <-c[p]
	if first < 0 {
		c[p+1] <- -1
		return 0, errEarlierPart
	}
	c[p+1] <- first + n
	return first, nil
}

func (w *BulkWriter) finish() (BulkSummary, error) {
	for _, side := range w.parts {
		for _, sf := range side {
			if err := sf.w.Flush(); err != nil {
				return BulkSummary{}, fmt.Errorf("write spill file: %w", err)
			}
		}
	}
	w.closeSpill()
	delim, err := w.listDelimiter()
	if err != nil {
		return BulkSummary{}, err
	}
	people := make([]personPart, w.cfg.Partitions)
	workers := make([]*worker, w.cfg.Workers)
	for i := range workers {
		wk := &worker{files: map[string]*csvFile{}, people: people}
		workers[i] = wk
		for _, k := range csvKinds {
			f, err := createCSV(filepath.Join(w.cfg.Dir, fmt.Sprintf("%s.%d.csv", k.name, i)), delim)
			if err != nil {
				return BulkSummary{}, err
			}
			wk.files[k.name] = f
		}
	}
	// People first: they are numbered first, and the shows' parts look
	// their numbers up.
	start := time.Now()
	numbers := newChain(w.cfg.Partitions, 0)
	if err := w.each(workers, sidePeople, numbers, (*worker).mergePeople); err != nil {
		return BulkSummary{}, err
	}
	w.log.Debug().Int("partitions", w.cfg.Partitions).Int("workers", len(workers)).Dur("took_ms", time.Since(start)).Msg("bulk export: people merged")
	start = time.Now()
	numbers = newChain(w.cfg.Partitions, <-numbers[w.cfg.Partitions])
	if err := w.each(workers, sideShows, numbers, (*worker).mergeShows); err != nil {
		return BulkSummary{}, err
	}
	marker := <-numbers[w.cfg.Partitions] // the model's marker and the load lock are the last nodes
	w.log.Debug().Dur("took_ms", time.Since(start)).Msg("bulk export: shows merged")
	if err := os.Remove(w.spill); err != nil {
		return BulkSummary{}, err
	}
	sum := BulkSummary{Facts: int(w.seq)}
	longest := 0
	multiline := false
	for _, wk := range workers {
		sum.People += wk.sum.People
		sum.Shows += wk.sum.Shows
		sum.Characters += wk.sum.Characters
		sum.Played += wk.sum.Played
		sum.AppearedIn += wk.sum.AppearedIn
		sum.WorkedOn += wk.sum.WorkedOn
		sum.Credited += wk.sum.Credited
		for _, k := range csvKinds {
			f := wk.files[k.name]
			if err := f.close(); err != nil {
				return BulkSummary{}, err
			}
			longest = max(longest, f.longest)
			multiline = multiline || f.multiline
		}
	}
	if marker != sum.Nodes()-2 {
		return BulkSummary{}, fmt.Errorf("numbered %d nodes, wrote %d", marker+2, sum.Nodes())
	}
	if err := w.writeArgs(delim, len(workers), longest, multiline, marker); err != nil {
		return BulkSummary{}, err
	}
	entries, err := os.ReadDir(w.cfg.Dir)
	if err != nil {
		return BulkSummary{}, err
	}
	for _, e := range entries {
		if fi, err := e.Info(); err == nil {
			sum.Bytes += fi.Size()
		}
	}
	return sum, nil
}

// each merges the spill files of one side, part p by worker p mod workers,
// each part taking its first node number from numbers.
func (w *BulkWriter) each(workers []*worker, side int, numbers chain, merge func(wk *worker, p int, path string, numbers chain) error) error {
	var wg sync.WaitGroup
	errs := make([]error, len(workers))
	for i, wk := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := i; p < w.cfg.Partitions; p += len(workers) {
				path := filepath.Join(w.spill, fmt.Sprintf("%d-%03d", side, p))
				err := merge(wk, p, path, numbers)
				if err == nil {
					err = os.Remove(path)
				}
				if err != nil {
					select {
					case numbers[p+1] <- -1: // unless the part handed on its number already
					default:
					}
					if !errors.Is(err, errEarlierPart) {
						errs[i] = fmt.Errorf("merge %s: %w", path, err)
					}
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return nil
}

// writeArgs writes the header files, the model's marker and BulkArgsFile.
func (w *BulkWriter) writeArgs(delim byte, workers, longest int, multiline bool, marker int) error {
	write := func(name, text string) error {
		return os.WriteFile(filepath.Join(w.cfg.Dir, name), []byte(text), 0o644)
	}
	var args strings.Builder
	args.WriteString("--id-type=actual\n")
	fmt.Fprintf(&args, "--array-delimiter=U+%04X\n", delim)
	// A bad entry is a bug of this export: fail rather than skip it.
	args.WriteString("--bad-tolerance=0\n")
	// The importer's buffer must hold the longest field.
	const mb = 1 << 20
	if longest*2 > 4*mb {
		fmt.Fprintf(&args, "--read-buffer-size=%dm\n", (longest*2+mb-1)/mb)
	}
	// Fields with line breaks (search texts of nodes with aliases, an
	// article's name) need multiline parsing, for every file: the per-file
	// list of --multiline-fields-format=v2 fails in Neo4j 5.26 wherever a
	// file is longer than one read buffer ("Weird input data, found CR
	// outside a text cell").
	if multiline {
		args.WriteString("--multiline-fields=true\n")
	}
	for _, k := range csvKinds {
		header := k.name + ".header.csv"
		if err := write(header, k.header+"\n"); err != nil {
			return err
		}
		files := []string{header}
		for i := range workers {
			files = append(files, fmt.Sprintf("%s.%d.csv", k.name, i))
		}
		fmt.Fprintf(&args, "--%s=%s=%s\n", k.group, k.label, strings.Join(files, ","))
	}
	// The load lock counts the batches as loads, so that the facts of the
	// next load come after them (see evNames).
	if err := write("model.csv", fmt.Sprintf(":ID,name,version:long,loads:long\n%d,\"model\",%d,\n%d,\"load\",,%d\n",
		marker, bulkModel, marker+1, w.batches)); err != nil {
		return err
	}
	args.WriteString("--nodes=CastgraphLock=model.csv\n")
	return write(BulkArgsFile, args.String())
}
