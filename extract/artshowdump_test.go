package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpArticleShows writes, with CASTGRAPH_ARTICLE_SHOWS set to a file,
// a line "NAME<tab>SHOW" for each article of CASTGRAPH_ARTICLE_SHOWS_IN
// (the corpus by default): the show the article-show stage chose, before
// any sentence's rules ran ("" where it chose none). scripts/article-shows
// --picks compares these with each article's main gold show, so the stage
// is measured by its own choice, not through the facts that later rules
// mend. Without the variable, it does nothing.
func TestDumpArticleShows(t *testing.T) {
	out := os.Getenv("CASTGRAPH_ARTICLE_SHOWS")
	if out == "" {
		t.Skip("a measuring tool, not a check: scripts/article-shows --picks runs it with CASTGRAPH_ARTICLE_SHOWS set to a file")
	}
	files := dumpArticles(t, "CASTGRAPH_ARTICLE_SHOWS_IN")
	defer func() { traceArticleShow = nil }()
	var b strings.Builder
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		show := ""
		traceArticleShow = func(s string) { show = s }
		Extract(a, Options{})
		base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".txt"), ".html")
		fmt.Fprintf(&b, "%s\t%s\n", base, show)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
