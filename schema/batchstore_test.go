package schema_test

import (
	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/schema"
)

// The default store answers a whole level of a query in one call.
var _ schema.BatchStore = (*embedded.Store)(nil)
