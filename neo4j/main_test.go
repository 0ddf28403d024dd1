//go:build unix

package neo4j

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

// TestLockFile is the file that test processes using one Neo4j server lock
// (flock, exclusive) while a test of theirs uses it, because each test
// empties the database: `go test ./...` runs packages in parallel, and
// another package's tests on the same server would see this package's data,
// or delete it. cmd/castgraph's tests take the same lock.
var TestLockFile = filepath.Join(os.TempDir(), "castgraph-neo4j-tests.lock")

// serverLock is this process's hold on TestLockFile: the lock is taken when
// the first test (or subtest) asks for it and given back when the last one
// that asked has ended. The tests of this package that use the server do
// not run in parallel with each other, so a test and its subtests share it.
var serverLock struct {
	sync.Mutex
	holders int
	f       *os.File
}

// lockServer takes the test server's lock until the end of tb, or until the
// function it returns is called, whichever comes first.
func lockServer(tb testing.TB) (release func()) {
	tb.Helper()
	serverLock.Lock()
	defer serverLock.Unlock()
	if serverLock.holders == 0 {
		f, err := os.OpenFile(TestLockFile, os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			tb.Fatalf("open the Neo4j tests' lock file: %v", err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); errors.Is(err, syscall.EWOULDBLOCK) {
			tb.Logf("waiting for another test process that uses the Neo4j server (%s)", TestLockFile)
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		}
		if err != nil {
			f.Close()
			tb.Fatalf("lock %s: %v", TestLockFile, err)
		}
		serverLock.f = f
	}
	serverLock.holders++
	var once sync.Once
	release = func() {
		once.Do(func() {
			serverLock.Lock()
			defer serverLock.Unlock()
			if serverLock.holders--; serverLock.holders == 0 {
				serverLock.f.Close() // gives the lock back
				serverLock.f = nil
			}
		})
	}
	tb.Cleanup(release)
	return release
}
