package main

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/server"
)

// TestSlowLorisIsCut opens connections that send headers a byte at a time
// and never finish: the server closes each after its read-header timeout
// while it keeps answering other clients.
func TestSlowLorisIsCut(t *testing.T) {
	url, stop := startServer(t, "demo", "--data", filepath.Join(t.TempDir(), "d"), "--read-header-timeout", "1s")
	defer stop()
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/graphql")
	const slow = 40
	var wg, dialed sync.WaitGroup
	var cut atomic.Int32
	for i := 0; i < slow; i++ {
		wg.Add(1)
		dialed.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			dialed.Done()
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			for _, b := range []byte("POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ") {
				if _, err := c.Write([]byte{b}); err != nil {
					break // closed by the server
				}
				time.Sleep(50 * time.Millisecond)
			}
			// The headers never end, so only the server can end the
			// connection. The deadline only guards against a hang: reaching
			// it means the server kept the connection open.
			c.SetReadDeadline(time.Now().Add(time.Minute))
			buf := make([]byte, 512)
			for {
				_, err := c.Read(buf)
				if err == nil {
					continue
				}
				if errors.Is(err, os.ErrDeadlineExceeded) {
					t.Errorf("a slow connection was still open after a minute: %v", err)
				} else {
					cut.Add(1)
				}
				break
			}
		}()
	}
	// Meanwhile, with every slow connection open, ordinary clients are
	// served.
	dialed.Wait()
	for i := 0; i < 20; i++ {
		status, body := postGraphQL(t, url, gqlBody(`{ stats { people } }`), "")
		if status != 200 || !strings.Contains(body, "people") {
			t.Errorf("a normal client during the slow-loris: %d %s", status, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	wg.Wait()
	if n := cut.Load(); n != slow {
		t.Errorf("%d of %d slow connections were cut by the server", n, slow)
	}
}

// blockingStore holds every Show call until released, counting how many
// are under way at once.
type blockingStore struct {
	graph.Store
	release      chan struct{}
	entered      chan struct{} // a value for each call that got in
	inside, most atomic.Int32
}

func (b *blockingStore) Show(ctx context.Context, title string) (*graph.Show, error) {
	n := b.inside.Add(1)
	for {
		m := b.most.Load()
		if n <= m || b.most.CompareAndSwap(m, n) {
			break
		}
	}
	defer b.inside.Add(-1)
	b.entered <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return b.Store.Show(ctx, title)
}

// TestStoreCallsAreBounded checks that no more than the bound of store
// calls run at once, and that a call waiting for a slot gives up when its
// request's time is over.
func TestStoreCallsAreBounded(t *testing.T) {
	base := seedStore(t, filepath.Join(t.TempDir(), "d"))
	defer base.Close()
	bs := &blockingStore{Store: base, release: make(chan struct{}), entered: make(chan struct{}, 20)}
	s := server.NewMetrics(prometheus.NewRegistry()).LimitedStore(bs, 3)
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	var released sync.Once
	release := func() { released.Do(func() { close(bs.release) }) }
	defer wg.Wait()
	defer release() // before the wait, also when the test stops early
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Show(context.Background(), "Squid Game")
			errs <- err
		}()
	}
	hang := time.NewTimer(time.Minute)
	defer hang.Stop()
	for i := 0; i < 3; i++ {
		select {
		case <-bs.entered:
		case <-hang.C:
			t.Fatalf("after a minute %d of 10 calls got a slot, want 3: the bound of 3 lets too few through", i)
		}
	}
	// Three calls hold the three slots until released: none of the others
	// can get one, and one more gives up at its deadline.
	if n := bs.inside.Load(); n != 3 {
		t.Errorf("%d store calls under way, want the bound of 3", n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	_, err := s.Show(ctx, "Squid Game")
	cancel()
	if err == nil || !strings.Contains(err.Error(), "waiting for a free store slot (3 calls under way)") {
		t.Errorf("a call past the bound: %v, want it to give up at its deadline", err)
	}
	release()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("a bounded call failed: %v", err)
		}
	}
	if m := bs.most.Load(); m > 3 {
		t.Errorf("%d calls ran at once, over the bound of 3", m)
	}
}
