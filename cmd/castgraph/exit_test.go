package main

import (
	"context"
	"path/filepath"
	"testing"
)

// TestExitStatus checks that every kind of bad input ends castgraph with
// status 2, as the README says, and that a failure of another kind does not.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-file.txt")
	for _, args := range [][]string{
		{"serve", "--no-such-flag"},          // an unknown flag
		{"no-such-command"},                  // an unknown command
		{"version", "extra"},                 // an argument a command does not take
		{"extract"},                          // a missing argument
		{"gen", "--credits", "-5"},           // a bad value
		{"ingest", "--data", dir, missing},   // a missing article
		{"load", "--data", dir, missing},     // a missing facts file
		{"extract", "--out", dir, missing},   // a missing article, without a store
		{"serve", "--store", "no-such-kind"}, // an unknown store
	} {
		_, err := run(t, context.Background(), nil, args...)
		if err == nil {
			t.Errorf("castgraph %v: no error", args)
			continue
		}
		if got := exitCode(err); got != 2 {
			t.Errorf("castgraph %v: exit status %d (%v); want 2", args, got, err)
		}
	}
	if got := exitCode(context.Canceled); got != 1 {
		t.Errorf("exit status of an interrupted run: %d, want 1", got)
	}
}
