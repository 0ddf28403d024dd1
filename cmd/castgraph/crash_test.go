package main

import (
	"bufio"
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
	testKilledLoad(t, "embedded", func(dir string) []string { return []string{"--data", dir} },
		func(dir string) graph.Store { return openEmbedded(t, dir) }, crashRun{files: 60, perFile: 2000, kills: 6, minWait: 5, maxWait: 300})
}

// TestKilledNeo4jLoadLosesNothing does the same with the Neo4j store: the
// client is killed mid-transaction, and the server keeps no half article.
func TestKilledNeo4jLoadLosesNothing(t *testing.T) {
	uri := emptyNeo4j(t)
	open := func(string) graph.Store {
		sf := storeAt(uri)
		s, err := sf.open(context.Background(), &globals{}, false)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	testKilledLoad(t, "neo4j", func(string) []string { return []string{"--store", "neo4j", "--neo4j-uri", uri} }, open,
		crashRun{files: 30, perFile: 400, kills: 4, minWait: 0, maxWait: 30, afterFiles: true})
}

// crashRun sizes a kill test: files of perFile facts, killed kills times,
// each between minWait and maxWait milliseconds after its start, or, with
// afterFiles, after a random number of files (fewer than half) were
// loaded: a store that loads fast would otherwise often finish first.
type crashRun struct {
	files, perFile, kills, minWait, maxWait int
	afterFiles                              bool
}

// testKilledLoad kills loads into the store that storeArgs names and open
// opens.
func testKilledLoad(t *testing.T, name string, storeArgs func(dir string) []string, open func(dir string) graph.Store, r crashRun) {
	if testing.Short() {
		t.Skip("builds the binary and kills it repeatedly; runs without -short")
	}
	files, perFile, kills, minWait, maxWait := r.files, r.perFile, r.kills, r.minWait, r.maxWait
	bin := buildBinary(t)
	paths := crashFiles(t, t.TempDir(), files, perFile)
	load := func(args []string) *exec.Cmd {
		level := "warn"
		if r.afterFiles {
			level = "info" // a line for each file loaded
		}
		args = append(append([]string{"load"}, args...), "--log-format", "json", "--log-level", level)
		return exec.Command(bin, append(args, paths...)...)
	}

	// The reference: an uninterrupted load into an embedded store. Both
	// stores give the same answers, so its snapshot is the one to reach.
	clean := filepath.Join(t.TempDir(), "clean")
	if out, err := load([]string{"--data", clean}).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted load: %v\n%s", err, out)
	}
	ref := openEmbedded(t, clean)
	want := snapshotAll(t, ref)
	if got := wholeOrAbsent(t, ref, files, perFile); got != files {
		t.Fatalf("uninterrupted load: %d of %d files present", got, files)
	}
	ref.Close()

	dir := filepath.Join(t.TempDir(), "killed")
	rng := rand.New(rand.NewPCG(1, 2))
	survived := 0
	for k := 0; k < kills; k++ {
		cmd := load(storeArgs(dir))
		var loaded <-chan struct{}
		if r.afterFiles {
			loaded = afterLoaded(t, cmd, 1+rng.IntN(files/2))
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if loaded != nil {
			select {
			case <-loaded:
			case <-time.After(time.Minute):
			}
		}
		time.Sleep(time.Duration(minWait+rng.IntN(maxWait-minWait)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		s := open(dir)
		present := wholeOrAbsent(t, s, files, perFile)
		s.Close()
		if err != nil {
			survived++
		}
		t.Logf("%s, kill %d: %v; %d of %d articles present, none half loaded", name, k+1, err, present, files)
	}
	if survived == 0 {
		t.Fatalf("no load was killed mid-way: make the input larger")
	}
	if out, err := load(storeArgs(dir)).CombinedOutput(); err != nil {
		t.Fatalf("finishing the load: %v\n%s", err, out)
	}
	s := open(dir)
	defer s.Close()
	if got := snapshotAll(t, s); got != want {
		t.Errorf("the graph after kills and a finished load differs from an uninterrupted load")
	}
	t.Logf("%s: %d kills survived", name, survived)
}

// afterLoaded returns a channel closed once cmd, not yet started, has
// logged n files loaded, or has ended.
func afterLoaded(t *testing.T, cmd *exec.Cmd, n int) <-chan struct{} {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		seen := 0
		for sc.Scan() {
			if strings.Contains(sc.Text(), `"message":"loaded"`) {
				if seen++; seen == n {
					close(done)
				}
			}
		}
		if seen < n {
			close(done)
		}
	}()
	return done
}
