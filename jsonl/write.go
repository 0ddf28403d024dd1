package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/castgraph/castgraph/graph"
)

// Writer writes facts as JSON Lines, buffered. Close flushes it (and closes
// the file Create opened).
type Writer struct {
	enc  *json.Encoder
	bw   *bufio.Writer
	file *os.File
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	fw := &Writer{bw: bufio.NewWriterSize(w, 1<<20)}
	fw.enc = json.NewEncoder(fw.bw)
	fw.enc.SetEscapeHTML(false)
	return fw
}

// Create returns a Writer to the file path, created or truncated, or to
// stdout when path is "" or "-".
func Create(path string, stdout io.Writer) (*Writer, error) {
	if path == "" || path == "-" {
		return NewWriter(stdout), nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	fw := NewWriter(f)
	fw.file = f
	return fw, nil
}

// WriteAll writes to path as Create does the facts that each hands to its
// write, then closes the file.
func WriteAll(path string, stdout io.Writer, each func(write func(graph.Fact) error) error) error {
	fw, err := Create(path, stdout)
	if err != nil {
		return err
	}
	if err := each(fw.Write); err != nil {
		fw.Close()
		return err
	}
	return fw.Close()
}

// Write writes one fact.
func (fw *Writer) Write(f graph.Fact) error { return fw.enc.Encode(f) }

// Close flushes what is buffered and closes the file, if any.
func (fw *Writer) Close() error {
	err := fw.bw.Flush()
	if fw.file != nil {
		if cerr := fw.file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("write facts: %w", err)
	}
	return nil
}

// Write writes facts to w as JSON Lines.
func Write(w io.Writer, facts []graph.Fact) error {
	fw := NewWriter(w)
	for i := range facts {
		if err := fw.Write(facts[i]); err != nil {
			return fmt.Errorf("write fact %d (%s in %s): %w", i+1, facts[i].Person, facts[i].Show, err)
		}
	}
	return fw.Close()
}
