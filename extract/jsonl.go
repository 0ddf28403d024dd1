package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/castgraph/castgraph/graph"
)

// WriteFacts writes facts to w as JSON Lines: one graph.Fact a line, in the
// form of the facts contract.
func WriteFacts(w io.Writer, facts []graph.Fact) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range facts {
		if err := enc.Encode(&facts[i]); err != nil {
			return fmt.Errorf("extract: write fact %d (%s in %s): %w", i+1, facts[i].Person, facts[i].Show, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("extract: write facts: %w", err)
	}
	return nil
}
