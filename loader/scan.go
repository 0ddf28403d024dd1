package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// ScanFacts is ReadFacts one fact at a time: it parses and validates each
// line of r, a facts file called name, and calls fn with the fact and its
// line number, without holding the file in memory. The facts, the errors
// (a *LineError for a bad line, a file without facts included) and the
// article a fact without one gets are those of ReadFacts. It stops at fn's
// first error and returns it.
func ScanFacts(r io.Reader, name string, fn func(line int, f graph.Fact) error) error {
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
