package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
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

// built is the castgraph binary that buildBinary builds once per test
// process; TestMain removes its directory.
var built struct {
	once     sync.Once
	dir, bin string
	out      []byte
	err      error
}

// buildBinary returns the path of castgraph built without the race
// detector, building it on the first call: the kill tests run loads large
// enough to be killed in the middle, at the speed of a real build.
func buildBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "castgraph-test-"); built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "castgraph")
		built.out, built.err = exec.Command("go", "build", "-o", built.bin, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.bin
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
	// One batch per file: a Person call for an absent name would search
	// for suggestions, which a check of existence does not need.
	b, ok := s.(graph.Batcher)
	if !ok {
		t.Fatalf("%T does not offer graph.Batcher", s)
	}
	present := 0
	for i := 0; i < files; i++ {
		names := make([]string, perFile)
		for j := range names {
			names[j] = fmt.Sprintf("Person %d-%d", i, j)
		}
		people, err := b.People(context.Background(), names)
		if err != nil {
			t.Fatalf("article-%03d: %v", i, err)
		}
		switch n := len(people); n {
		case 0:
		case perFile:
			present++
		default:
			t.Fatalf("article-%03d is half loaded: %d of %d people present", i, n, perFile)
		}
	}
	return present
}

// snapshotAll renders the whole graph of crashFiles: its counts and each of
// its 50 shows, which hold every credit with its character and evidence,
// and a few searches.
func snapshotAll(t *testing.T, s graph.Store) string {
	t.Helper()
	var names []string
	for k := 0; k < 50; k++ {
		names = append(names, fmt.Sprintf("Show %d", k))
	}
	out, err := graphtest.ShowsSnapshot(context.Background(), s, names...)
	if err != nil {
		t.Fatal(err)
	}
	// And the search index: a show, a person and a character.
	for _, text := range []string{"Show 7", "Person 12-34", "Role 56"} {
		hits, err := s.Search(context.Background(), text, 10)
		if err != nil {
			t.Fatal(err)
		}
		out += fmt.Sprintf("search %q: %+v\n", text, hits)
	}
	return out
}

// TestKilledLoadLosesNothing kills `castgraph load` with SIGKILL in the
// middle of a file, reopens the data directory each time and checks that
// every article is wholly present or wholly absent, and that those logged
// as loaded are there; finishing the load then gives exactly the graph of an
// uninterrupted run.
func TestKilledLoadLosesNothing(t *testing.T) {
	startKillTest(t)
	testKilledLoad(t, "embedded", func(dir string) []string { return []string{"--data", dir} },
		func(dir string) graph.Store { return openEmbedded(t, dir) }, crashRun{files: 30, perFile: 1000, kills: 6})
}

// TestKilledNeo4jLoadLosesNothing does the same with the Neo4j store: the
// client is killed mid-transaction, and the server keeps no half article.
func TestKilledNeo4jLoadLosesNothing(t *testing.T) {
	startKillTest(t)
	uri := emptyNeo4j(t)
	open := func(string) graph.Store {
		sf := storeAt(uri)
		s, err := sf.Open(context.Background(), zerolog.Nop(), false)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	testKilledLoad(t, "neo4j", func(string) []string { return []string{"--store", "neo4j", "--neo4j-uri", uri} }, open,
		crashRun{files: 30, perFile: 400, kills: 4})
}

// crashRun sizes a kill test: files of perFile facts, killed kills times.
// Each kill comes once the load has logged as loaded a random number of
// files more than the earlier kills left, after a random part of the time
// the last of them took: somewhere in the next file's load, with at least
// half of the files still to go.
type crashRun struct {
	files, perFile, kills int
}

// killGuard bounds each wait of the kill tests for a load: reaching it is a
// failure, not a time limit on the work.
const killGuard = 5 * time.Minute

// startKillTest skips a kill test in short mode, and otherwise runs it in
// parallel with the package's other long tests: most of its time is spent
// waiting for the load it kills.
func startKillTest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it repeatedly; runs without -short")
	}
	t.Parallel()
}

// testKilledLoad kills loads into the store that storeArgs names and open
// opens.
func testKilledLoad(t *testing.T, name string, storeArgs func(dir string) []string, open func(dir string) graph.Store, r crashRun) {
	files, perFile, kills := r.files, r.perFile, r.kills
	bin := buildBinary(t)
	paths := crashFiles(t, t.TempDir(), files, perFile)
	load := func(args []string) *exec.Cmd {
		// At info level the load logs a line for each file loaded.
		args = append(append([]string{"load"}, args...), "--log-format", "json", "--log-level", "info")
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
	present := 0
	for k := 0; k < kills; k++ {
		// Each kill comes in a file that no load has finished yet, and
		// after the last kill more than half of the files are still to go.
		n := present + 1 + rng.IntN(max(1, files/2/kills))
		err := killAfterLoaded(t, load(storeArgs(dir)), n, rng.Float64())
		s := open(dir)
		present = wholeOrAbsent(t, s, files, perFile)
		s.Close()
		if present < n {
			t.Fatalf("%s, kill %d: %d articles present, but the load had logged %d as loaded", name, k+1, present, n)
		}
		if present == files {
			t.Fatalf("%s, kill %d: all %d articles present: the kill came after the last file, not in the middle of the load", name, k+1, files)
		}
		t.Logf("%s, kill %d after %d files logged: %v; %d of %d articles present, none half loaded", name, k+1, n, err, present, files)
	}
	if out, err := load(storeArgs(dir)).CombinedOutput(); err != nil {
		t.Fatalf("finishing the load: %v\n%s", err, out)
	}
	s := open(dir)
	defer s.Close()
	if got := snapshotAll(t, s); got != want {
		t.Errorf("the graph after kills and a finished load differs from an uninterrupted load")
	}
	t.Logf("%s: %d kills survived", name, kills)
}

// killAfterLoaded starts cmd, a load that logs in JSON at info level, waits
// until it has logged n files as loaded, then for part (0 to 1) of the time
// the nth file took, and kills it with SIGKILL. It returns the error of the
// killed process. The test fails if the load ends before the kill, by
// itself, or does not get that far within the hang guard.
func killAfterLoaded(t *testing.T, cmd *exec.Cmd, n int, part float64) error {
	t.Helper()
	pr, pw := io.Pipe()
	cmd.Stderr = pw
	var log strings.Builder // the load's log, to read once scanned is closed
	reached := make(chan time.Duration, 1)
	scanned := make(chan struct{})
	go func() {
		defer close(scanned)
		sc := bufio.NewScanner(pr)
		seen := 0
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			var line struct {
				Message string
				Took    float64 // milliseconds
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Message == "loaded" {
				if seen++; seen == n {
					reached <- time.Duration(line.Took * float64(time.Millisecond))
				}
			}
		}
		io.Copy(io.Discard, pr)
	}()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() {
		err := cmd.Wait()
		pw.Close()
		exited <- err
	}()
	hang := time.NewTimer(killGuard)
	defer hang.Stop()
	select {
	case took := <-reached:
		time.Sleep(time.Duration(part * float64(took)))
		_ = cmd.Process.Signal(syscall.SIGKILL)
	case err := <-exited:
		<-scanned
		t.Fatalf("the load ended (%v) before it logged %d files as loaded:\n%s", err, n, log.String())
	case <-hang.C:
		_ = cmd.Process.Kill()
		<-exited
		t.Fatalf("the load did not log %d files as loaded within %v", n, killGuard)
	}
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("the load ended by itself (%v) before it was killed, after %d files logged as loaded: make the input larger", err, n)
		}
		return err
	case <-hang.C:
		t.Fatalf("the killed load did not end within %v", killGuard)
		return nil
	}
}
