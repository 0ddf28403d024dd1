// Package testport finds TCP ports for the servers that tests start as
// processes of their own, such as a Neo4j server on a port the test picks.
// A port that a listener on port 0 was given lies in the kernel's range of
// ephemeral ports, where any outgoing connection may take it before the
// server binds it; the ports found here lie below that range.
package testport

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Free returns a TCP port of 127.0.0.1 that nothing listens on now, below
// the kernel's range of ephemeral ports where there is room for one: no
// other process is handed it for a listener on port 0 or an outgoing
// connection while the test starts, stops and restarts its server on it.
// Another test that picks ports may still take it, so a server that fails
// to start on it should be tried on another.
func Free(tb testing.TB) int {
	tb.Helper()
	lo, hi := 10000, 0
	if b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			hi, _ = strconv.Atoi(f[0])
		}
	}
	if hi-lo < 1000 {
		// No room below the range: a port the kernel picks.
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		defer l.Close()
		return l.Addr().(*net.TCPAddr).Port
	}
	for try := 0; try < 100; try++ {
		port := lo + rand.IntN(hi-lo)
		if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			l.Close()
			return port
		}
	}
	tb.Fatalf("no free port in %d..%d after 100 tries", lo, hi-1)
	return 0
}
