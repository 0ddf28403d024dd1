package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// MaxLineBytes is the longest facts line Read accepts.
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

// Read parses and validates every line of r, a facts file called name.
// Blank lines are skipped. Facts without an article get the file's base name
// without extension. The first bad line stops the read with a *LineError.
func Read(r io.Reader, name string) ([]graph.Fact, error) {
	return collect(func(fn func(int, graph.Fact) error) error { return Scan(r, name, fn) })
}

// ReadFile is Read of the file path, or of stdin when path is "-". A file
// that cannot be opened is a *LineError too.
func ReadFile(path string, stdin io.Reader) ([]graph.Fact, error) {
	return collect(func(fn func(int, graph.Fact) error) error { return ScanFile(path, stdin, fn) })
}

// collect returns the facts that scan gives its function.
func collect(scan func(fn func(int, graph.Fact) error) error) ([]graph.Fact, error) {
	var facts []graph.Fact
	if err := scan(func(_ int, f graph.Fact) error {
		facts = append(facts, f)
		return nil
	}); err != nil {
		return nil, err
	}
	return facts, nil
}

// ScanFile is Scan of the file path, or of stdin when path is "-".
func ScanFile(path string, stdin io.Reader, fn func(line int, f graph.Fact) error) error {
	if path == "-" {
		return Scan(stdin, "-", fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return &LineError{File: path, Msg: "cannot open: " + errors.Unwrap(err).Error()}
	}
	defer f.Close()
	return Scan(f, path, fn)
}

// Scan is Read one fact at a time: it parses and validates each line of r,
// a facts file called name, and calls fn with the fact and its line number,
// without holding the file in memory. The facts, the errors (a *LineError
// for a bad line, a file without facts included) and the article a fact
// without one gets are those of Read. It stops at fn's first error and
// returns it.
func Scan(r io.Reader, name string, fn func(line int, f graph.Fact) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	article := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	facts := 0
	for n := 1; ; n++ {
		line, err := readLine(br)
		if errors.Is(err, errLineTooLong) {
			return &LineError{name, n, fmt.Sprintf("line is longer than %d bytes", MaxLineBytes)}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return &LineError{name, n, "read: " + err.Error()}
		}
		if len(bytes.TrimSpace(line)) > 0 {
			f, perr := parseFact(line)
			if perr != nil {
				return &LineError{name, n, perr.Error()}
			}
			if f.Article == "" && name != "-" {
				f.Article = article
			}
			facts++
			if err := fn(n, f); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if facts == 0 {
		return &LineError{File: name, Msg: "no facts in file (it is empty or blank)"}
	}
	return nil
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
	if strings.HasPrefix(field, "seasons") {
		return "a list of whole numbers is expected"
	}
	return "a string is expected"
}

// ScanBatches is ScanFile in batches of up to size facts, each with path
// as its Source (graph.InBatches). It stops when ctx is done.
func ScanBatches(ctx context.Context, path string, stdin io.Reader, size int, fn func(graph.Batch) error) error {
	add, flush := graph.InBatches(size, path, func(b graph.Batch) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(b)
	})
	if err := ScanFile(path, stdin, func(_ int, f graph.Fact) error { return add(f) }); err != nil {
		return err
	}
	return flush()
}
