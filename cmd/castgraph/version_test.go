package main

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/internal/buildinfo"
)

// TestVersion checks that `castgraph version` and `castgraph --version`
// say which castgraph and which Go built the binary.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		var b bytes.Buffer
		cmd := newRootCmd()
		cmd.SetArgs(args)
		cmd.SetOut(&b)
		cmd.SetErr(&b)
		err := cmd.ExecuteContext(context.Background())
		out := b.String()
		if err != nil {
			t.Fatalf("castgraph %s: %v", args[0], err)
		}
		ver, _ := buildinfo.Read(version)
		if !strings.HasPrefix(out, "castgraph "+ver) || !strings.Contains(out, runtime.Version()) {
			t.Errorf("castgraph %s printed %q; want castgraph %s and %s", args[0], out, ver, runtime.Version())
		}
	}
	if _, err := run(t, context.Background(), nil, "version", "extra"); err == nil {
		t.Errorf("castgraph version extra: no error")
	}
}
