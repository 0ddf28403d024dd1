package graph

import "context"

// LoadPeople fetches people in one call when s is a Batcher,
// or one Person call per name otherwise. The map is keyed by PersonKey.
func LoadPeople(ctx context.Context, s Store, names []string) (map[string]*Person, error) {
	if b, ok := s.(Batcher); ok {
		return b.People(ctx, names)
	}
	return loadEach(ctx, names, s.Person, PersonKey)
}

// LoadShows is LoadPeople for shows, keyed by ShowKey.
func LoadShows(ctx context.Context, s Store, titles []string) (map[string]*Show, error) {
	if b, ok := s.(Batcher); ok {
		return b.Shows(ctx, titles)
	}
	return loadEach(ctx, titles, s.Show, ShowKey)
}

// LinkingActorsOf returns s.LinkingActors(ctx, showA, showB), or, when the
// caller wants no evidence and s is a LinkLister, the same links with
// every credit's Evidence nil.
func LinkingActorsOf(ctx context.Context, s Store, showA, showB string, evidence bool) ([]Link, error) {
	if l, ok := s.(LinkLister); ok && !evidence {
		return l.LinkingActorsBare(ctx, showA, showB)
	}
	return s.LinkingActors(ctx, showA, showB)
}

// loadEach fetches each name with get, keyed by key; a name not found is
// left out.
func loadEach[T any](ctx context.Context, names []string, get func(context.Context, string) (*T, error), key func(string) string) (map[string]*T, error) {
	out := make(map[string]*T, len(names))
	for _, n := range names {
		v, err := get(ctx, n)
		if ErrorCode(err) == ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[key(n)] = v
	}
	return out, nil
}

// Ping reports whether s is reachable: its Ping when it is a Pinger, a Stats
// call otherwise.
func Ping(ctx context.Context, s Store) error {
	if p, ok := s.(Pinger); ok {
		return p.Ping(ctx)
	}
	_, err := s.Stats(ctx)
	return err
}
