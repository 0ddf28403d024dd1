package dataset_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
)

// imdbFacts reads IMDb files from dir under testdata/imdb and returns the
// batches.
func imdbFacts(t *testing.T, fsys fs.FS, cfg dataset.IMDbConfig) ([]graph.Batch, dataset.IMDbSummary, error) {
	t.Helper()
	var batches []graph.Batch
	sum, err := dataset.ReadIMDb(context.Background(), fsys, cfg, func(b graph.Batch) error {
		batches = append(batches, b)
		return nil
	})
	return batches, sum, err
}

// factLine is a fact as one line of the expected text: kind, person, show,
// character, job and evidence, separated by " | ".
func factLine(f graph.Fact) string {
	return strings.Join([]string{f.Kind, f.Person, f.Show, f.Character, f.Job, f.Evidence}, " | ")
}

func TestIMDb(t *testing.T) {
	var passes []string
	cfg := dataset.IMDbConfig{BatchSize: 5, Progress: func(file string, rows int) {
		passes = append(passes, file)
	}}
	batches, sum, err := imdbFacts(t, os.DirFS("testdata/imdb/good"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Row 6 (a composer), 15 (a person name.basics lacks), 16 (a short),
	// 20 (an adult film) and 21 (an episode of a short) give nothing; rows
	// 12 and 14 repeat, on an episode, credits an earlier episode of the
	// same series gave.
	want := []string{
		`cast | Mara Quill | The Lantern Keeper | Wren Holloway |  | row 1: tt0000001 1 nm0000001 actress \N ["Wren Holloway","Young Wren"]`,
		`cast | Mara Quill | The Lantern Keeper | Young Wren |  | row 1: tt0000001 1 nm0000001 actress \N ["Wren Holloway","Young Wren"]`,
		`cast | Tobias Fenwick | The Lantern Keeper | The Keeper |  | row 2: tt0000001 2 nm0000002 actor \N ["The Keeper"]`,
		`crew | Ines Calloway | The Lantern Keeper |  | director | row 3: tt0000001 3 nm0000003 director \N \N`,
		`crew | Tobias Fenwick | The Lantern Keeper |  | writer | row 4: tt0000001 4 nm0000002 writer screenplay \N`,
		`crew | Rupert Vance | The Lantern Keeper |  | original author | row 5: tt0000001 5 nm0000004 writer based on the novel by \N`,
		`crew | Rupert Vance | Harbor Lights |  | creator | row 7: tt0000002 1 nm0000004 writer created by \N`,
		`crew | Rupert Vance | Harbor Lights |  | producer | row 8: tt0000002 2 nm0000004 producer executive producer \N`,
		`cast | Mara Quill | Harbor Lights | Detective Ada Brandt |  | row 9: tt0000003 1 nm0000001 actress \N ["Detective Ada Brandt"]`,
		`cast | Tobias Fenwick | Harbor Lights | Harbormaster |  | row 10: tt0000003 2 nm0000002 actor \N ["Harbormaster"]`,
		`crew | Ines Calloway | Harbor Lights |  | director | row 11: tt0000003 3 nm0000003 director \N \N`,
		`cast | Sam Okoro | Harbor Lights |  |  | row 13: tt0000004 2 nm0000006 self \N ["Self - Host"]`,
		`cast | Tobias Fenwick | Night Train (1961) | Conductor |  | row 17: tt0000006 1 nm0000002 actor \N ["Conductor"]`,
		`cast | Mara Quill | Night Train (2008) | Passenger "Lou" |  | row 18: tt0000007 1 nm0000001 actress \N ["Passenger \"Lou\""]`,
		`cast | Perpetua Lane | Glass Orchard |  |  | row 19: tt0000009 1 nm0000007 actress \N \N`,
	}
	var got []string
	var sources []string
	for _, b := range batches {
		sources = append(sources, b.Source)
		for _, f := range b.Facts {
			if f.Article != "imdb/title.principals.tsv" {
				t.Errorf("article %q", f.Article)
			}
			if err := f.Validate(); err != nil {
				t.Errorf("invalid fact %+v: %v", f, err)
			}
			got = append(got, factLine(f))
		}
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("facts:\n%s\nwant:\n%s", g, w)
	}
	wantSources := "imdb/title.principals.tsv rows 1-4, imdb/title.principals.tsv rows 5-10, imdb/title.principals.tsv rows 11-19"
	if g := strings.Join(sources, ", "); g != wantSources {
		t.Errorf("batches %s, want %s", g, wantSources)
	}
	wantSum := dataset.IMDbSummary{Titles: 5, Episodes: 3, People: 6, Rows: 21, Facts: 15, Batches: 3, Folded: 2, Skipped: 5}
	if sum != wantSum {
		t.Errorf("summary %+v, want %+v", sum, wantSum)
	}
	if g, w := strings.Join(passes, " "), "title.basics.tsv.gz title.episode.tsv.gz title.principals.tsv.gz name.basics.tsv.gz title.principals.tsv.gz"; g != w {
		t.Errorf("passes %s, want %s", g, w)
	}
}

func TestIMDbFactsBound(t *testing.T) {
	m, err := dataset.OpenIMDb(context.Background(), os.DirFS("testdata/imdb/good"), dataset.IMDbConfig{})
	if err != nil {
		t.Fatal(err)
	}
	// 15 facts, and the credit of the person name.basics lacks.
	if m.Facts() != 16 {
		t.Errorf("Facts() = %d, want 16", m.Facts())
	}
	sum, err := m.Read(context.Background(), func(graph.Batch) error { return nil })
	if err != nil || sum.Facts != 15 || sum.Batches != 1 {
		t.Errorf("read: %+v, %v; want 15 facts in one batch", sum, err)
	}
	if _, err := m.Read(context.Background(), func(graph.Batch) error { return nil }); err == nil {
		t.Error("a second Read: no error")
	}
}

func TestIMDbFileErrors(t *testing.T) {
	_, _, err := imdbFacts(t, os.DirFS("testdata/imdb/malformed"), dataset.IMDbConfig{})
	if graph.ErrorCode(err) != graph.EINVALID || err.Error() != "title.principals.tsv.gz: row 3: 5 fields, want 6" {
		t.Errorf("malformed row: %v (%s)", err, graph.ErrorCode(err))
	}
	_, _, err = imdbFacts(t, os.DirFS("testdata/imdb/missing"), dataset.IMDbConfig{})
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "name.basics.tsv.gz: file does not exist") {
		t.Errorf("missing file: %v", err)
	}
}

// gz gzips text.
func gz(text string) *fstest.MapFile {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(text))
	w.Close()
	return &fstest.MapFile{Data: b.Bytes()}
}

const (
	titlesHead     = "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
	episodesHead   = "tconst\tparentTconst\tseasonNumber\tepisodeNumber\n"
	principalsHead = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
	namesHead      = "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
)

// imdbFS is a small, valid set of IMDb files, with the text of some of them
// replaced by the test's.
func imdbFS(replace map[string]string) fstest.MapFS {
	files := map[string]string{
		dataset.IMDbTitles:     titlesHead + "tt0000001\tmovie\tA Film\tA Film\t0\t2001\t\\N\t90\tDrama\n",
		dataset.IMDbEpisodes:   episodesHead,
		dataset.IMDbPrincipals: principalsHead + "tt0000001\t1\tnm0000001\tactor\t\\N\t[\"Hero\"]\n",
		dataset.IMDbNames:      namesHead + "nm0000001\tAn Actor\t\\N\t\\N\tactor\ttt0000001\n",
	}
	for k, v := range replace {
		files[k] = v
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = gz(v)
	}
	return fsys
}

func TestIMDbBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, file, text, want string
	}{
		{"wrong header", dataset.IMDbPrincipals, "tconst\tnconst\tcategory\n",
			`title.principals.tsv.gz: header "tconst\tnconst\tcategory", want "tconst\tordering\tnconst\tcategory\tjob\tcharacters"`},
		{"empty file", dataset.IMDbNames, "", `name.basics.tsv.gz: empty file, want the header "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles"`},
		{"bad tconst", dataset.IMDbPrincipals, principalsHead + "tt0000001\t1\tnm0000001\tactor\t\\N\t\\N\nt0000002\t1\tnm0000001\tactor\t\\N\t\\N\n",
			`title.principals.tsv.gz: row 2: tconst "t0000002" is not an IMDb id (tt and digits)`},
		{"bad nconst", dataset.IMDbNames, namesHead + "nmABC\tSomeone\t\\N\t\\N\t\\N\t\\N\n",
			`name.basics.tsv.gz: row 1: nconst "nmABC" is not an IMDb id (nm and digits)`},
		{"bad characters", dataset.IMDbPrincipals, principalsHead + "tt0000001\t1\tnm0000001\tactor\t\\N\t[Hero]\n",
			`title.principals.tsv.gz: row 1: characters "[Hero]" is not a JSON list of strings: invalid character 'H' looking for beginning of value`},
		{"bad year", dataset.IMDbTitles, titlesHead + "tt0000001\tmovie\tA Film\tA Film\t0\t20x1\t\\N\t90\tDrama\n",
			`title.basics.tsv.gz: row 1: startYear "20x1" is not a year`},
		{"bad isAdult", dataset.IMDbTitles, titlesHead + "tt0000001\tmovie\tA Film\tA Film\tno\t2001\t\\N\t90\tDrama\n",
			`title.basics.tsv.gz: row 1: isAdult "no", want 0 or 1`},
		{"title twice", dataset.IMDbTitles, titlesHead + strings.Repeat("tt0000001\tmovie\tA Film\tA Film\t0\t2001\t\\N\t90\tDrama\n", 2),
			`title.basics.tsv.gz: row 2: tconst tt0000001 listed twice`},
		{"title twice, out of order", dataset.IMDbTitles, titlesHead + "tt0000003\tmovie\tA\tA\t0\t2001\t\\N\t90\t\\N\ntt0000001\tmovie\tB\tB\t0\t2001\t\\N\t90\t\\N\ntt0000003\tmovie\tC\tC\t0\t2001\t\\N\t90\t\\N\n",
			`title.basics.tsv.gz: tt0000003 listed twice`},
		{"too many fields", dataset.IMDbEpisodes, episodesHead + "tt0000002\ttt0000001\t1\t1\textra\n",
			`title.episode.tsv.gz: row 1: 5 fields, want 4`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := imdbFacts(t, imdbFS(map[string]string{tc.file: tc.text}), dataset.IMDbConfig{})
			if err == nil || err.Error() != tc.want || graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("error %v (%s), want %s", err, graph.ErrorCode(err), tc.want)
			}
		})
	}
	fsys := imdbFS(nil)
	fsys[dataset.IMDbTitles] = &fstest.MapFile{Data: []byte(titlesHead)}
	if _, _, err := imdbFacts(t, fsys, dataset.IMDbConfig{}); err == nil || !strings.HasPrefix(err.Error(), "title.basics.tsv.gz: not a gzip file") {
		t.Errorf("not gzipped: %v", err)
	}
}

// TestIMDbUnsorted reads files whose rows are not in id order, and a last
// line with no newline.
func TestIMDbUnsorted(t *testing.T) {
	fsys := imdbFS(map[string]string{
		dataset.IMDbTitles: titlesHead + "tt0000020\ttvSeries\tA Series\tA Series\t0\t2001\t\\N\t\\N\t\\N\n" +
			"tt0000001\tmovie\tA Film\tA Film\t0\t2001\t\\N\t90\tDrama\n",
		dataset.IMDbEpisodes: episodesHead + "tt0000031\ttt0000020\t1\t2\ntt0000030\ttt0000020\t1\t1\n",
		dataset.IMDbPrincipals: principalsHead + "tt0000031\t1\tnm0000002\tactress\t\\N\t[\"Lead\"]\n" +
			"tt0000001\t1\tnm0000001\tactor\t\\N\t[\"Hero\"]\ntt0000030\t1\tnm0000002\tactress\t\\N\t[\"Lead\"]",
		dataset.IMDbNames: namesHead + "nm0000002\tAn Actress\t\\N\t\\N\t\\N\t\\N\nnm0000001\tAn Actor\t\\N\t\\N\t\\N\t\\N\n",
	})
	batches, sum, err := imdbFacts(t, fsys, dataset.IMDbConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range batches[0].Facts {
		got = append(got, f.Person+" in "+f.Show+" as "+f.Character)
	}
	if g, w := strings.Join(got, "; "), "An Actress in A Series as Lead; An Actor in A Film as Hero"; g != w || sum.Folded != 1 || sum.Rows != 3 {
		t.Errorf("facts %s, %+v; want %s, one folded", g, sum, w)
	}
}
