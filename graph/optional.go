package graph

import "context"

// LoadPeople fetches people in one call when s is a Batcher,
// or one Person call per name otherwise. The map is keyed by PersonKey.
func LoadPeople(ctx context.Context, s Store, names []string) (map[string]*Person, error) {
	if b, ok := s.(Batcher); ok {
		return b.People(ctx, names)
	}
	out := make(map[string]*Person, len(names))
	for _, n := range names {
		p, err := s.Person(ctx, n)
		if ErrorCode(err) == ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[PersonKey(n)] = p
	}
	return out, nil
}

// LoadShows is LoadPeople for shows, keyed by ShowKey.
func LoadShows(ctx context.Context, s Store, titles []string) (map[string]*Show, error) {
	if b, ok := s.(Batcher); ok {
		return b.Shows(ctx, titles)
	}
	out := make(map[string]*Show, len(titles))
	for _, t := range titles {
		sh, err := s.Show(ctx, t)
		if ErrorCode(err) == ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[ShowKey(t)] = sh
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
