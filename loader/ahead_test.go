package loader_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/castgraph/castgraph/loader"
)

// TestAhead: items arrive in order; a producer's error comes after the
// items before it; a consumer's error stops the producer.
func TestAhead(t *testing.T) {
	ctx := context.Background()
	bad := errors.New("bad item")
	var got []int
	err := loader.Ahead(ctx, func(emit func(int) error) error {
		for i := range 5 {
			if err := emit(i); err != nil {
				return err
			}
		}
		return bad
	}, func(i int) error { got = append(got, i); return nil })
	if !errors.Is(err, bad) || !slices.Equal(got, []int{0, 1, 2, 3, 4}) {
		t.Errorf("producer error: got %v, %v; want 0..4, then %v", got, err, bad)
	}

	made := 0
	stop := errors.New("stop")
	err = loader.Ahead(ctx, func(emit func(int) error) error {
		for i := 0; ; i++ {
			made++
			if err := emit(i); err != nil {
				return err
			}
		}
	}, func(i int) error {
		if i == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || made > 4 {
		t.Errorf("consumer error: %v after %d made; want %v, at most one item made ahead", err, made, stop)
	}
}
