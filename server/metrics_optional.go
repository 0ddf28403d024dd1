package server

import (
	"context"

	"github.com/castgraph/castgraph/graph"
)

// The optional store interfaces that the observed store passes on, timed
// like the rest; a store without one gives an error that says so.

var (
	_ graph.Retracter = (*observedStore)(nil)
	_ graph.Browser   = (*observedStore)(nil)
)

func (o *observedStore) Retract(ctx context.Context, articles []string) (sum graph.RetractSummary, err error) {
	r, ok := o.s.(graph.Retracter)
	if !ok {
		return sum, graph.Errorf(graph.EINVALID, "this store cannot retract articles")
	}
	err = o.call(ctx, "Retract", func() (err error) { sum, err = r.Retract(ctx, articles); return err })
	return sum, err
}

func (o *observedStore) Replace(ctx context.Context, articles []string, b graph.Batch) (rs graph.RetractSummary, ls graph.LoadSummary, err error) {
	r, ok := o.s.(graph.Retracter)
	if !ok {
		return rs, ls, graph.Errorf(graph.EINVALID, "this store cannot retract articles")
	}
	err = o.call(ctx, "Replace", func() (err error) { rs, ls, err = r.Replace(ctx, articles, b); return err })
	return rs, ls, err
}

func (o *observedStore) Browse(ctx context.Context, kind, order string, offset, limit int) (refs []graph.Ref, total int, err error) {
	b, ok := o.s.(graph.Browser)
	if !ok {
		return nil, 0, graph.Errorf(graph.EINVALID, "this store cannot list its nodes")
	}
	err = o.call(ctx, "Browse", func() (err error) { refs, total, err = b.Browse(ctx, kind, order, offset, limit); return err })
	return refs, total, err
}
