//go:build unix

package neo4j

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLockFile is the file that test processes using one Neo4j server lock
// (flock, exclusive) while they run, because each test empties the database:
// `go test ./...` runs packages in parallel, and another package's tests on
// the same server would see this package's data, or delete it.
var TestLockFile = filepath.Join(os.TempDir(), "castgraph-neo4j-tests.lock")

func TestMain(m *testing.M) {
	if os.Getenv("CASTGRAPH_NEO4J_URI") == "" {
		os.Exit(m.Run())
	}
	f, err := os.OpenFile(TestLockFile, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		fmt.Fprintf(os.Stderr, "neo4j tests: open lock file: %v\n", err)
		os.Exit(1)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); errors.Is(err, syscall.EWOULDBLOCK) {
		fmt.Fprintf(os.Stderr, "neo4j tests: waiting for another test process that uses the Neo4j server (%s)\n", TestLockFile)
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "neo4j tests: lock %s: %v\n", TestLockFile, err)
		os.Exit(1)
	}
	code := m.Run()
	f.Close() // releases the lock
	os.Exit(code)
}
