package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func loadArticles(b *testing.B) []Article {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles in testdata (%v)", err)
	}
	var out []Article
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkExtract extracts every test article once per iteration and
// reports throughput and facts per article.
func BenchmarkExtract(b *testing.B) {
	arts := loadArticles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	facts := 0
	for b.Loop() {
		for _, a := range arts {
			facts += len(Extract(a, Options{}))
		}
	}
	b.ReportMetric(float64(facts)/float64(b.N*len(arts)), "facts/article")
}

// BenchmarkExtractScale runs one article repeated 1, 10 and 100 times: the
// time per byte should stay flat.
func BenchmarkExtractScale(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "all-of-us-are-dead-season-2.txt"))
	if err != nil {
		b.Fatal(err)
	}
	base := parseText("x", data)
	for _, n := range []int{1, 10, 100} {
		a := base
		a.Text = strings.Repeat(base.Text+"\n", n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			for b.Loop() {
				Extract(a, Options{})
			}
		})
	}
}

// BenchmarkParseHTML measures reading a saved page.
func BenchmarkParseHTML(b *testing.B) {
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Parse("x", strings.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
