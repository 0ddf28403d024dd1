package embedded

import (
	"context"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/castgraph/castgraph/graph"
)

// The feed items read are kept in the store file's bucket "feed", a URL a
// key and the time it was recorded its value, beside the graph's log: they
// are no part of the graph, and snapshots and replays leave them alone.

var bucketFeed = []byte("feed")

var _ graph.FeedLog = (*Store)(nil)

// FeedItemsRead implements graph.FeedLog.
func (s *Store) FeedItemsRead(ctx context.Context, urls []string) (map[string]bool, error) {
	db, err := s.file(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool)
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeed)
		if b == nil {
			return nil
		}
		for _, u := range urls {
			if u != "" && b.Get([]byte(u)) != nil {
				out[u] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("embedded: read feed items: %w", err)
	}
	return out, nil
}

// MarkFeedItemsRead implements graph.FeedLog.
func (s *Store) MarkFeedItemsRead(ctx context.Context, urls []string) error {
	if err := graph.CheckFeedItems(urls); err != nil {
		return err
	}
	db, err := s.file(ctx)
	if err != nil {
		return err
	}
	if s.cfg.ReadOnly {
		return graph.Errorf(graph.EINVALID, "embedded: the store in %s is open read-only", s.cfg.Dir)
	}
	now := time.Now().UTC().AppendFormat(nil, time.RFC3339)
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketFeed)
		if err != nil {
			return err
		}
		for _, u := range urls {
			if b.Get([]byte(u)) == nil {
				if err := b.Put([]byte(u), now); err != nil {
					return err
				}
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return fmt.Errorf("embedded: record feed items: %w", err)
	}
	return nil
}

// file returns the open store file.
func (s *Store) file(ctx context.Context) (*bolt.DB, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.db == nil {
		return nil, graph.Errorf(graph.EUNAVAIL, "embedded store is not open")
	}
	return s.db, nil
}
