package extract

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Error is the extractor failing on one article: a case its rules were not
// ready for. Try returns it instead of letting the failure end the run, so
// that one article of thousands, or one item of a feed, costs only itself.
type Error struct {
	Article string // the article's ID
	Cause   any    // what the extractor failed with
	Where   string // the extractor's function and line where it failed
}

func (e *Error) Error() string {
	return fmt.Sprintf("extract %s: the extractor failed on this article (%v, in %s); no fact of it was kept: please report the article", e.Article, e.Cause, e.Where)
}

// Try is Extract that returns an *Error, and no facts, where the extractor
// fails on the article instead of stopping the program.
func Try(a Article, opt Options) (facts []graph.Fact, err error) {
	defer func() {
		if r := recover(); r != nil {
			facts, err = nil, &Error{Article: a.ID, Cause: r, Where: failedAt()}
		}
	}()
	return Extract(a, opt), nil
}

// failedAt names the innermost frame of this package below the recovering
// one: where the extractor failed, as "extract.(*extractor).listRule
// rules.go:120".
func failedAt() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if i := strings.LastIndex(f.Function, "/extract."); i >= 0 && !strings.HasSuffix(f.Function, ".Try.func1") {
			file := f.File[strings.LastIndex(f.File, "/")+1:]
			return fmt.Sprintf("%s %s:%d", f.Function[i+1:], file, f.Line)
		}
		if !more {
			return "an unknown place"
		}
	}
}
