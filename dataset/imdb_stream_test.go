package dataset_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
)

// genIMDb describes generated IMDb files: titles films and series (every
// tenth a series, with ten episodes), people people, rows principals rows,
// ten a title or episode, in tconst order as IMDb writes them.
type genIMDb struct{ titles, people, rows int }

// write writes the text of file.
func (g genIMDb) write(file string, w io.Writer) {
	bw := bufio.NewWriterSize(w, 1<<16)
	defer bw.Flush()
	// Titles are tt1..titles; the episodes of series s are
	// tt(titles+10s+1)..tt(titles+10s+10).
	switch file {
	case dataset.IMDbTitles:
		bw.WriteString(titlesHead)
		for i := 1; i <= g.titles; i++ {
			typ := "movie"
			if i%10 == 0 {
				typ = "tvSeries"
			}
			fmt.Fprintf(bw, "tt%07d\t%s\tTitle %d\tTitle %d\t0\t%d\t\\N\t90\tDrama\n", i, typ, i, i, 1950+i%70)
		}
		for i := g.titles + 1; i <= g.titles+g.titles; i++ {
			fmt.Fprintf(bw, "tt%07d\ttvEpisode\tEpisode\tEpisode\t0\t2001\t\\N\t44\tDrama\n", i)
		}
	case dataset.IMDbEpisodes:
		bw.WriteString(episodesHead)
		for s := 10; s <= g.titles; s += 10 {
			for e := 1; e <= 10; e++ {
				fmt.Fprintf(bw, "tt%07d\ttt%07d\t1\t%d\n", g.titles+s+e-10, s, e)
			}
		}
	case dataset.IMDbPrincipals:
		bw.WriteString(principalsHead)
		for r := 0; r < g.rows; r++ {
			t := r/10%(2*g.titles) + 1 // films, series, then episodes, then round again
			p := r*7919%g.people + 1
			if r%10 < 7 {
				fmt.Fprintf(bw, "tt%07d\t%d\tnm%07d\tactor\t\\N\t[\"Character %d\"]\n", t, r%10+1, p, r%10)
			} else {
				fmt.Fprintf(bw, "tt%07d\t%d\tnm%07d\tdirector\t\\N\t\\N\n", t, r%10+1, p)
			}
		}
	case dataset.IMDbNames:
		bw.WriteString(namesHead)
		for i := 1; i <= g.people; i++ {
			fmt.Fprintf(bw, "nm%07d\tPerson %d\t1970\t\\N\tactor\t\\N\n", i, i)
		}
	}
}

// streamFS is an fs.FS whose files are written as they are read: each Open
// starts a writer gzipping the generated text into a pipe, so no file is
// ever held whole. It counts the text bytes written.
type streamFS struct {
	g       genIMDb
	written *int64
}

func (s streamFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	known := false
	for _, f := range dataset.IMDbFiles() {
		known = known || f == name
	}
	if !known {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	pr, pw := io.Pipe()
	go func() {
		z, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		s.g.write(name, countWriter{z, s.written})
		pw.CloseWithError(z.Close())
	}()
	return streamFile{pr, name}, nil
}

type countWriter struct {
	w io.Writer
	n *int64
}

func (c countWriter) Write(p []byte) (int, error) {
	atomic.AddInt64(c.n, int64(len(p))) // files are written at once: fs.Stat opens one too
	return c.w.Write(p)
}

type streamFile struct {
	*io.PipeReader
	name string
}

func (f streamFile) Stat() (fs.FileInfo, error) {
	return fstest.MapFS{f.name: &fstest.MapFile{}}.Stat(f.name)
}

// TestIMDbStreams reads a principals file of 400,000 rows (about 17 MB of
// text) that is never held whole, and checks that the live heap stays
// small and does not grow with the rows read: the facts go out in batches,
// and only the lookups (of a fixed size here) stay.
func TestIMDbStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 800,000 generated rows")
	}
	var written int64
	fsys := streamFS{g: genIMDb{titles: 1000, people: 2000, rows: 400_000}, written: &written}
	var live []uint64
	var ms runtime.MemStats
	sum, err := dataset.ReadIMDb(context.Background(), fsys, dataset.IMDbConfig{BatchSize: 10_000}, func(b graph.Batch) error {
		if len(live) == 0 || len(live)%10 == 9 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			live = append(live, ms.HeapAlloc)
		} else {
			live = append(live, live[len(live)-1])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows != 400_000 || sum.Facts == 0 || sum.Batches < 10 {
		t.Fatalf("summary %+v", sum)
	}
	first, last, most := live[0], live[len(live)-1], uint64(0)
	for _, l := range live {
		most = max(most, l)
	}
	t.Logf("%d MB of text read; live heap at the first batch %d KB, at the last %d KB, at most %d KB; %+v",
		atomic.LoadInt64(&written)>>20, first>>10, last>>10, most>>10, sum)
	if n := atomic.LoadInt64(&written); n < 30<<20 {
		t.Errorf("only %d bytes of text read", n)
	}
	if most > 16<<20 || last > first+2<<20 {
		t.Errorf("live heap: %d KB at the first batch, %d KB at the last, %d KB at most; want at most 16 MB, growing by under 2 MB",
			first>>10, last>>10, most>>10)
	}
}

// BenchmarkIMDb reads generated IMDb files of a million principals rows,
// gzipped in memory beforehand, and reports principals rows read a second
// (each row is read twice, once for the lookups and once for the facts).
func BenchmarkIMDb(b *testing.B) {
	g := genIMDb{titles: 100_000, people: 200_000, rows: 1_000_000}
	fsys := fstest.MapFS{}
	for _, f := range dataset.IMDbFiles() {
		var buf bytes.Buffer
		z, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		g.write(f, z)
		z.Close()
		fsys[f] = &fstest.MapFile{Data: buf.Bytes()}
	}
	b.ResetTimer()
	start := time.Now()
	var sum dataset.IMDbSummary
	for b.Loop() {
		var err error
		sum, err = dataset.ReadIMDb(context.Background(), fsys, dataset.IMDbConfig{}, func(graph.Batch) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(g.rows*b.N)/el, "rows/s")
	b.ReportMetric(float64(sum.Facts*b.N)/el, "facts/s")
}
