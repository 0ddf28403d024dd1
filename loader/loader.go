// Package loader reads facts files (the JSON Lines form of the facts
// contract) and loads them into a graph.Store, one file per transaction.
//
// It owns parsing and validation: a bad line stops its file's load with an
// error naming the file, the line and what is wrong, before the store sees
// any of that file. It does not own storage (graph.Store does) or extraction
// from articles (package extract does).
package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// MaxLineBytes is the longest facts line ReadFacts accepts.
const MaxLineBytes = 1 << 20

// LineError is a problem with one line of a facts file.
type LineError struct {
	File string // the file's name, or "-" for standard input
	Line int    // 1-based; 0 when the problem is the whole file
	Msg  string
}

func (e *LineError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Unwrap makes a LineError an EINVALID graph.Error for graph.ErrorCode.
func (e *LineError) Unwrap() error { return &graph.Error{Code: graph.EINVALID, Message: e.Error()} }

// ReadFacts parses and validates every line of r, a facts file called name.
// Blank lines are skipped. Facts without an article get the file's base name
// without extension. The first bad line stops the read with a *LineError.
func ReadFacts(r io.Reader, name string) ([]graph.Fact, error) {
	var facts []graph.Fact
	if err := ScanFacts(r, name, func(_ int, f graph.Fact) error {
		facts = append(facts, f)
		return nil
	}); err != nil {
		return nil, err
	}
	return facts, nil
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline, refusing lines over
// MaxLineBytes without holding them in memory.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxLineBytes+1 {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// parseFact decodes and validates one line.
func parseFact(line []byte) (graph.Fact, error) {
	var f graph.Fact
	if !utf8.Valid(line) {
		return f, errors.New("line is not valid UTF-8")
	}
	if err := json.Unmarshal(line, &f); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te) && te.Field != "":
			return f, fmt.Errorf("field %q: %s where %s", te.Field, jsonKind(te.Value), wantFor(te.Field))
		case errors.As(err, &te):
			return f, fmt.Errorf("a fact must be a JSON object, got %s", jsonKind(te.Value))
		case errors.As(err, &se):
			return f, fmt.Errorf("invalid JSON at column %d: %s", se.Offset, se.Error())
		default:
			return f, fmt.Errorf("invalid JSON: %v", err)
		}
	}
	if err := f.Validate(); err != nil {
		return f, errors.New(graph.ErrorMessage(err))
	}
	return f.Normalize(), nil
}

func jsonKind(v string) string {
	switch v {
	case "number", "string", "array", "object", "bool":
		return "got a JSON " + v
	}
	return "got " + v
}

func wantFor(field string) string {
	switch field {
	case "seasons", "seasons.0":
		return "a list of whole numbers is expected"
	}
	if strings.HasPrefix(field, "seasons") {
		return "a list of whole numbers is expected"
	}
	return "a string is expected"
}

// Config sets up a Loader. Zero values are defaults.
type Config struct {
	// Progress, when set, is told about each file as it is loaded; the CLI
	// uses it for a progress bar. Default: none.
	Progress func(file string, done, total int)
}

// Loader loads facts files into a store.
type Loader struct {
	store graph.Store
	cfg   Config
	log   zerolog.Logger
}

// New returns a Loader that loads into store.
func New(store graph.Store, cfg Config, log zerolog.Logger) *Loader {
	return &Loader{store: store, cfg: cfg, log: log}
}

// FileSummary is what loading one file did.
type FileSummary struct {
	File string
	graph.LoadSummary
	Took time.Duration
}

// LoadFiles loads each path ("-" is standard input) as one transaction, in
// order. It stops at the first file that fails: the files before it stay
// loaded, that file and those after it are not. It returns the summaries of
// the files loaded. While a file loads, the next one is read and parsed
// (and prepared, when the store is a graph.Preparer), so that the store
// does not wait for it.
func (l *Loader) LoadFiles(ctx context.Context, paths []string, stdin io.Reader) ([]FileSummary, error) {
	preparer, _ := l.store.(graph.Preparer)
	type read struct {
		path     string
		facts    []graph.Fact
		prepared graph.Prepared
		took     time.Duration
	}
	var out []FileSummary
	produce := func(emit func(read) error) error {
		for _, p := range paths {
			start := time.Now()
			r := read{path: p}
			var err error
			if r.facts, err = l.readFile(p, stdin); err != nil {
				return err
			}
			if preparer != nil {
				if r.prepared, err = preparer.Prepare(graph.Batch{Source: p, Facts: r.facts}); err != nil {
					return fmt.Errorf("load %s: %w", p, err)
				}
			}
			r.took = time.Since(start)
			if err := emit(r); err != nil {
				return err
			}
		}
		return nil
	}
	consume := func(r read) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := time.Now().Add(-r.took)
		var (
			sum FileSummary
			err error
		)
		if r.prepared != nil {
			sum, err = l.loadPrepared(ctx, preparer, r.prepared, start)
		} else {
			sum, err = l.LoadFacts(ctx, r.path, r.facts, start)
		}
		if err != nil {
			return err
		}
		out = append(out, sum)
		if l.cfg.Progress != nil {
			l.cfg.Progress(r.path, len(out), len(paths))
		}
		return nil
	}
	err := Ahead(ctx, produce, consume)
	return out, err
}

// readFile reads and parses the facts of path, or of stdin when path is "-".
func (l *Loader) readFile(path string, stdin io.Reader) ([]graph.Fact, error) {
	if path == "-" {
		return ReadFacts(stdin, "-")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &LineError{File: path, Msg: "cannot open: " + errors.Unwrap(err).Error()}
	}
	defer f.Close()
	return ReadFacts(f, path)
}

// LoadFile loads one facts file in one transaction.
func (l *Loader) LoadFile(ctx context.Context, path string) (FileSummary, error) {
	start := time.Now()
	facts, err := l.readFile(path, nil)
	if err != nil {
		return FileSummary{}, err
	}
	return l.LoadFacts(ctx, path, facts, start)
}

// LoadReader loads the facts read from r, called name, in one transaction.
func (l *Loader) LoadReader(ctx context.Context, r io.Reader, name string) (FileSummary, error) {
	start := time.Now()
	facts, err := ReadFacts(r, name)
	if err != nil {
		return FileSummary{}, err
	}
	return l.LoadFacts(ctx, name, facts, start)
}

// LoadFacts loads already-parsed facts from source in one transaction.
func (l *Loader) LoadFacts(ctx context.Context, source string, facts []graph.Fact, start time.Time) (FileSummary, error) {
	sum, err := l.store.Load(ctx, graph.Batch{Source: source, Facts: facts})
	return l.loaded(source, sum, err, start)
}

// loadPrepared loads a batch p of the store prepared.
func (l *Loader) loadPrepared(ctx context.Context, p graph.Preparer, b graph.Prepared, start time.Time) (FileSummary, error) {
	sum, err := p.LoadPrepared(ctx, b)
	return l.loaded(b.Source(), sum, err, start)
}

// loaded reports the load of source, begun at start.
func (l *Loader) loaded(source string, sum graph.LoadSummary, err error, start time.Time) (FileSummary, error) {
	if err != nil {
		return FileSummary{}, fmt.Errorf("load %s: %w", source, err)
	}
	fs := FileSummary{File: source, LoadSummary: sum, Took: time.Since(start)}
	l.log.Info().Str("file", source).Int("facts", sum.Facts).
		Int("credits_added", sum.CreditsAdded).Int("credits_existing", sum.CreditsExisting).
		Int("evidence_added", sum.EvidenceAdded).Int("people_added", sum.PeopleAdded).
		Int("shows_added", sum.ShowsAdded).Dur("took_ms", fs.Took).Msg("loaded")
	return fs, nil
}
