package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/graph/graphtest"
)

// crashFiles writes n facts files; file i states the credits of people
// "Person i-j" in shared shows, so a file's facts are all in the graph or
// none of them are.
func crashFiles(t *testing.T, dir string, n, perFile int) []string {
	t.Helper()
	var paths []string
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := 0; j < perFile; j++ {
			fmt.Fprintf(&b, `{"kind":"cast","person":"Person %d-%d","show":"Show %d","character":"Role %d","evidence":"Person %d-%d plays Role %d.","article":"article-%d"}`+"\n",
				i, j, (i*7+j)%50, j, i, j, j, i)
		}
		p := filepath.Join(dir, fmt.Sprintf("article-%03d.jsonl", i))
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "castgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func openEmbedded(t *testing.T, dir string) *embedded.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: dir}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	return s
}

// wholeOrAbsent checks that each file's people are all present or all absent,
// and returns how many files are present.
func wholeOrAbsent(t *testing.T, s graph.Store, files, perFile int) int {
	t.Helper()
	present := 0
	for i := 0; i < files; i++ {
		n := 0
		for j := 0; j < perFile; j++ {
			if _, err := s.Person(context.Background(), fmt.Sprintf("Person %d-%d", i, j)); err == nil {
				n++
			}
		}
		switch n {
		case 0:
		case perFile:
			present++
		default:
			t.Fatalf("article-%03d is half loaded: %d of %d people present", i, n, perFile)
		}
	}
	return present
}

func snapshotAll(t *testing.T, s graph.Store) string {
	t.Helper()
	var names []string
	for k := 0; k < 50; k++ {
		names = append(names, fmt.Sprintf("Show %d", k))
	}
	out, err := graphtest.Snapshot(context.Background(), s, names...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestKilledLoadLosesNothing kills `castgraph load` with SIGKILL at random
// moments, reopens the data directory each time and checks that every
// article is wholly present or wholly absent; finishing the load then gives
// exactly the graph of an uninterrupted run.
func TestKilledLoadLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it repeatedly; runs without -short")
	}
	const files, perFile, kills = 60, 400, 6
	bin := buildBinary(t)
	paths := crashFiles(t, t.TempDir(), files, perFile)
	load := func(dir string) *exec.Cmd {
		return exec.Command(bin, append([]string{"load", "--data", dir, "--log-format", "json", "--log-level", "warn"}, paths...)...)
	}

	clean := filepath.Join(t.TempDir(), "clean")
	if out, err := load(clean).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted load: %v\n%s", err, out)
	}
	s := openEmbedded(t, clean)
	want := snapshotAll(t, s)
	if got := wholeOrAbsent(t, s, files, perFile); got != files {
		t.Fatalf("uninterrupted load: %d of %d files present", got, files)
	}
	s.Close()

	dir := filepath.Join(t.TempDir(), "killed")
	rng := rand.New(rand.NewPCG(1, 2))
	survived := 0
	for k := 0; k < kills; k++ {
		cmd := load(dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(20+rng.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		s := openEmbedded(t, dir)
		present := wholeOrAbsent(t, s, files, perFile)
		s.Close()
		if err != nil {
			survived++
		}
		t.Logf("kill %d: %v; %d of %d articles present, none half loaded", k+1, err, present, files)
	}
	if survived == 0 {
		t.Fatalf("no load was killed mid-way: make the input larger")
	}
	if out, err := load(dir).CombinedOutput(); err != nil {
		t.Fatalf("finishing the load: %v\n%s", err, out)
	}
	s = openEmbedded(t, dir)
	defer s.Close()
	if got := snapshotAll(t, s); got != want {
		t.Errorf("the graph after kills and a finished load differs from an uninterrupted load")
	}
	t.Logf("%d kills survived", survived)
}
