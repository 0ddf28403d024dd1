package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// The feed items read are nodes (:CastgraphFeedItem {url, readAt}), apart
// from the graph: no query of the store matches their label.

var _ graph.FeedLog = (*Store)(nil)

const (
	feedItemsReadQuery = `
UNWIND $urls AS u
MATCH (i:CastgraphFeedItem {url: u})
RETURN i.url AS url`
	markFeedItemsQuery = `
UNWIND $urls AS u
MERGE (i:CastgraphFeedItem {url: u})
ON CREATE SET i.readAt = datetime()`
)

// FeedItemsRead implements graph.FeedLog.
func (s *Store) FeedItemsRead(ctx context.Context, urls []string) (map[string]bool, error) {
	out := make(map[string]bool)
	if len(urls) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.read(ctx, "read feed items", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return collect(ctx, tx, feedItemsReadQuery, map[string]any{"urls": urls})
	})
	if err != nil {
		return nil, err
	}
	for _, r := range recs.([]*driver.Record) {
		out[str(r, "url")] = true
	}
	return out, nil
}

// MarkFeedItemsRead implements graph.FeedLog.
func (s *Store) MarkFeedItemsRead(ctx context.Context, urls []string) error {
	if err := graph.CheckFeedItems(urls); err != nil {
		return err
	}
	if len(urls) == 0 {
		return ctx.Err()
	}
	_, err := s.write(ctx, "record feed items", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, markFeedItemsQuery, map[string]any{"urls": urls})
	})
	return err
}
