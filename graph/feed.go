package graph

import "context"

// FeedLog is a Store that remembers which items of news feeds it has read,
// so that reading a feed again loads only the items that are new. An item
// is named by its URL (the link to its page), exactly as given. Every store
// of castgraph offers it; callers find it by type assertion.
//
// What a FeedLog remembers is not part of the graph: no answer of the Store
// shows it, and export, copy and retraction leave it alone.
type FeedLog interface {
	// FeedItemsRead returns the set of those of urls that MarkFeedItemsRead
	// has recorded. An empty list gives an empty set.
	FeedItemsRead(ctx context.Context, urls []string) (map[string]bool, error)

	// MarkFeedItemsRead records urls as read, in one transaction: on error
	// none of them is recorded. Recording a URL again changes nothing.
	// EINVALID, recording nothing, for an empty URL.
	MarkFeedItemsRead(ctx context.Context, urls []string) error
}

// CheckFeedItems reports an empty URL in urls as EINVALID.
func CheckFeedItems(urls []string) error {
	for _, u := range urls {
		if u == "" {
			return Errorf(EINVALID, "a feed item's URL must not be empty")
		}
	}
	return nil
}
