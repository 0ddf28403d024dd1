package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
)

// factsWriter writes facts as JSON Lines to the file out, or to the
// command's standard output when out is "" or "-". Close flushes it.
type factsWriter struct {
	enc  *json.Encoder
	bw   *bufio.Writer
	file *os.File
}

func newFactsWriter(cmd *cobra.Command, out string) (*factsWriter, error) {
	var w io.Writer = cmd.OutOrStdout()
	fw := &factsWriter{}
	if out != "" && out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", out, err)
		}
		fw.file, w = f, f
	}
	fw.bw = bufio.NewWriterSize(w, 1<<20)
	fw.enc = json.NewEncoder(fw.bw)
	fw.enc.SetEscapeHTML(false)
	return fw, nil
}

// Write writes one fact.
func (fw *factsWriter) Write(f graph.Fact) error { return fw.enc.Encode(f) }

// Close flushes what is buffered and closes the file, if any.
func (fw *factsWriter) Close() error {
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
