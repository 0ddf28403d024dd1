package loader

import "context"

// Ahead hands what produce emits to consume, in order, while produce makes
// the next item: at most one item waits between them. produce stops when
// emit returns an error. Ahead returns consume's first error, once produce
// has stopped, or else produce's error once every item emitted before it
// has been consumed.
func Ahead[T any](ctx context.Context, produce func(emit func(T) error) error, consume func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan T) // unbuffered: one item made ahead, held by produce
	made := make(chan error, 1)
	go func() {
		defer close(next)
		made <- produce(func(item T) error {
			select {
			case next <- item:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	for item := range next {
		if err := consume(item); err != nil {
			// Wait for produce itself, not for next to close: while next is
			// drained, emit's select has two ready cases and could keep
			// handing items over. With nobody receiving, only ctx.Done is
			// ready, so the item produce holds is its last.
			cancel()
			<-made
			return err
		}
	}
	return <-made
}
