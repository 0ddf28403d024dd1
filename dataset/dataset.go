// Package dataset turns real, public film and TV credit datasets into the
// facts the loader takes (graph.Fact), one batch per input file, each fact's
// evidence naming the dataset file and the row it comes from.
//
// Known datasets (see Names), each in a directory of its own name:
//
//   - justwatch-streaming-2023: *_credits.csv.gz and *_titles.csv.gz of five
//     US streaming catalogues (April 2023). ACTOR rows become cast facts (with
//     the character, where named), DIRECTOR rows crew facts.
//   - wikipedia-movie-data: movies-*.json.gz, American films 1900-2023 with
//     their cast (no characters, no crew).
//   - neo4j-movies: credits.csv of Neo4j's "Movie Graph" sample: ACTED_IN
//     (one fact per character), DIRECTED, PRODUCED, WROTE.
//
// IMDb's non-commercial dataset files (title.basics, title.episode,
// title.principals and name.basics, .tsv.gz) are read by ReadIMDb instead,
// from any directory: they are too big to read whole, so it streams them,
// in batches of facts (see IMDb for what becomes a fact, and the memory).
//
// People and shows are matched by name, as everywhere in castgraph: two
// titles of one dataset that fold alike (remakes, say) are told apart by
// adding the year, "Cinderella (1950)"; the others keep their plain title so
// they meet the same film in other datasets and articles.
//
// The package only reads files; it owns no storage and no loading.
package dataset

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Dataset names.
const (
	JustWatch   = "justwatch-streaming-2023"
	Wikipedia   = "wikipedia-movie-data"
	Neo4jMovies = "neo4j-movies"
)

// Names lists the datasets Read knows, smallest first.
func Names() []string { return []string{Neo4jMovies, JustWatch, Wikipedia} }

// Summary counts what Read did with one dataset.
type Summary struct {
	Files   int // input files read (one batch each)
	Rows    int // credit rows or records read
	Facts   int // facts emitted
	Skipped int // names that are not valid facts (no letters or digits), left out
}

// Read reads dataset name from fsys, where it is the directory of that name,
// and calls emit with the facts of each input file, in file order. It stops
// at the first error, from a file or from emit.
func Read(fsys fs.FS, name string, emit func(graph.Batch) error) (Summary, error) {
	var sum Summary
	var err error
	switch name {
	case JustWatch:
		err = readJustWatch(fsys, &sum, emit)
	case Wikipedia:
		err = readWikipedia(fsys, &sum, emit)
	case Neo4jMovies:
		err = readNeo4jMovies(fsys, &sum, emit)
	default:
		return sum, graph.Errorf(graph.EINVALID, "unknown dataset %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	if errors.Is(err, fs.ErrNotExist) {
		return sum, graph.Errorf(graph.ENOTFOUND, "dataset %s: %v", name, err)
	}
	return sum, err
}

// open opens a file, through gzip when its name ends in .gz.
func open(fsys fs.FS, name string) (io.ReadCloser, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(name, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{z, f}, nil
}

// article is the article name of a dataset file: the dataset, then the file
// without its .gz.
func article(file string) string { return strings.TrimSuffix(file, ".gz") }

// csvRows calls row with each record after the header, its number (from 1)
// and its text as CSV, and checks the header.
func csvRows(fsys fs.FS, file string, header []string, row func(n int, rec []string, text string) error) error {
	rc, err := open(fsys, file)
	if err != nil {
		return err
	}
	defer rc.Close()
	r := csv.NewReader(rc)
	r.ReuseRecord = true
	got, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", file, err)
	}
	if !slices.Equal(got, header) {
		return fmt.Errorf("%s: header %q, want %q", file, got, header)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for n := 1; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		buf.Reset()
		w.Write(rec)
		w.Flush()
		if err := row(n, rec, strings.TrimRight(buf.String(), "\n")); err != nil {
			return fmt.Errorf("%s: row %d: %w", file, n, err)
		}
	}
}

// valid keeps a fact that validates, and counts the ones left out.
func valid(sum *Summary, facts []graph.Fact, f graph.Fact) []graph.Fact {
	if f.Validate() != nil {
		sum.Skipped++
		return facts
	}
	sum.Facts++
	return append(facts, f)
}

// titled names titles uniquely: a title keeps its plain name unless another
// of the same dataset folds alike, then both get their year.
type titled struct {
	byKey map[string][]titleInfo
}

type titleInfo struct {
	id, title, year string
}

func newTitled() *titled { return &titled{byKey: map[string][]titleInfo{}} }

func (t *titled) add(id, title, year string) {
	k := graph.ShowKey(title)
	t.byKey[k] = append(t.byKey[k], titleInfo{id, title, year})
}

// names returns the display name of every id. Titles of one year that fold
// alike are taken as one title listed twice.
func (t *titled) names() map[string]string {
	out := map[string]string{}
	for _, ts := range t.byKey {
		years := map[string]bool{}
		for _, ti := range ts {
			years[ti.year] = true
		}
		for _, ti := range ts {
			if len(years) > 1 && ti.year != "" {
				out[ti.id] = ti.title + " (" + ti.year + ")"
			} else {
				out[ti.id] = ti.title
			}
		}
	}
	return out
}

func readJustWatch(fsys fs.FS, sum *Summary, emit func(graph.Batch) error) error {
	titleFiles, err := fs.Glob(fsys, JustWatch+"/*_titles.csv.gz")
	if err != nil {
		return err
	}
	creditFiles, err := fs.Glob(fsys, JustWatch+"/*_credits.csv.gz")
	if err != nil {
		return err
	}
	if len(creditFiles) == 0 {
		return fmt.Errorf("no %s/*_credits.csv.gz: %w", JustWatch, fs.ErrNotExist)
	}
	// Titles are shared by the services: a title id is one title everywhere.
	t, seen := newTitled(), map[string]bool{}
	header := []string{"id", "title", "type", "description", "release_year", "age_certification", "runtime", "genres",
		"production_countries", "seasons", "imdb_id", "imdb_score", "imdb_votes", "tmdb_popularity", "tmdb_score"}
	for _, file := range titleFiles {
		err := csvRows(fsys, file, header, func(_ int, rec []string, _ string) error {
			if !seen[rec[0]] && strings.TrimSpace(rec[1]) != "" {
				seen[rec[0]] = true
				t.add(rec[0], rec[1], rec[4])
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	names := t.names()
	for _, file := range creditFiles {
		var facts []graph.Fact
		art := article(file)
		err := csvRows(fsys, file, []string{"person_id", "id", "name", "character", "role"}, func(n int, rec []string, text string) error {
			sum.Rows++
			show, ok := names[rec[1]]
			if !ok {
				show = rec[1] // a title missing from the titles files: keep its id
			}
			f := graph.Fact{Kind: graph.KindCast, Person: rec[2], Show: show, Article: art,
				Evidence: "row " + strconv.Itoa(n) + ": " + text}
			switch rec[4] {
			case "ACTOR":
				f.Character = rec[3]
			case "DIRECTOR":
				f.Kind, f.Job = graph.KindCrew, graph.JobDirector
			default:
				return fmt.Errorf("role %q, want ACTOR or DIRECTOR", rec[4])
			}
			facts = valid(sum, facts, f)
			return nil
		})
		if err != nil {
			return err
		}
		sum.Files++
		if err := emit(graph.Batch{Source: art, Facts: facts}); err != nil {
			return err
		}
	}
	return nil
}

// wikiMovie is one record of wikipedia-movie-data.
type wikiMovie struct {
	Title string   `json:"title"`
	Year  int      `json:"year"`
	Cast  []string `json:"cast"`
}

func readWikipedia(fsys fs.FS, sum *Summary, emit func(graph.Batch) error) error {
	files, err := fs.Glob(fsys, Wikipedia+"/movies-*.json.gz")
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no %s/movies-*.json.gz: %w", Wikipedia, fs.ErrNotExist)
	}
	slices.Sort(files)
	movies := make([][]wikiMovie, len(files))
	t := newTitled()
	for i, file := range files {
		rc, err := open(fsys, file)
		if err != nil {
			return err
		}
		err = json.NewDecoder(rc).Decode(&movies[i])
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		for j, m := range movies[i] {
			if strings.TrimSpace(m.Title) != "" {
				t.add(file+"#"+strconv.Itoa(j), m.Title, strconv.Itoa(m.Year))
			}
		}
	}
	// Records of one film listed twice (same title and year) are one film.
	names := t.names()
	for i, file := range files {
		var facts []graph.Fact
		art := article(file)
		for j, m := range movies[i] {
			sum.Rows++
			show, ok := names[file+"#"+strconv.Itoa(j)]
			if !ok || len(m.Cast) == 0 {
				continue
			}
			text := "record " + strconv.Itoa(j+1) + ": " + m.Title + " (" + strconv.Itoa(m.Year) + "), cast: " + strings.Join(m.Cast, ", ")
			for _, p := range m.Cast {
				facts = valid(sum, facts, graph.Fact{Kind: graph.KindCast, Person: p, Show: show, Article: art, Evidence: text})
			}
		}
		sum.Files++
		if err := emit(graph.Batch{Source: art, Facts: facts}); err != nil {
			return err
		}
	}
	return nil
}

func readNeo4jMovies(fsys fs.FS, sum *Summary, emit func(graph.Batch) error) error {
	file := Neo4jMovies + "/credits.csv"
	var facts []graph.Fact
	err := csvRows(fsys, file, []string{"person", "title", "kind", "characters"}, func(n int, rec []string, text string) error {
		sum.Rows++
		f := graph.Fact{Kind: graph.KindCrew, Person: rec[0], Show: rec[1], Article: file,
			Evidence: "row " + strconv.Itoa(n) + ": " + text}
		switch rec[2] {
		case "ACTED_IN":
			f.Kind = graph.KindCast
			var chars []string
			if rec[3] != "" {
				if err := json.Unmarshal([]byte(rec[3]), &chars); err != nil {
					return fmt.Errorf("characters %q: %w", rec[3], err)
				}
			}
			if len(chars) == 0 {
				facts = valid(sum, facts, f)
			}
			for _, c := range chars {
				f.Character = c
				facts = valid(sum, facts, f)
			}
			return nil
		case "DIRECTED":
			f.Job = graph.JobDirector
		case "PRODUCED":
			f.Job = graph.JobProducer
		case "WROTE":
			f.Job = graph.JobWriter
		default:
			return fmt.Errorf("kind %q, want ACTED_IN, DIRECTED, PRODUCED or WROTE", rec[2])
		}
		facts = valid(sum, facts, f)
		return nil
	})
	if err != nil {
		return err
	}
	sum.Files++
	return emit(graph.Batch{Source: file, Facts: facts})
}

// ReadAll reads each dataset of names from dir, where it is the directory
// of that name, in order, and returns the batches of all of them. After
// each dataset it calls read with its summary. An error names the dataset
// and dir ("NAME from DIR: ..."); it stops at the first, or when ctx ends.
func ReadAll(ctx context.Context, dir string, names []string, read func(name string, sum Summary)) ([]graph.Batch, error) {
	var batches []graph.Batch
	for _, name := range names {
		sum, err := Read(os.DirFS(dir), name, func(b graph.Batch) error {
			batches = append(batches, b)
			return ctx.Err()
		})
		if err != nil {
			return nil, fmt.Errorf("%s from %s: %w", name, dir, err)
		}
		read(name, sum)
	}
	return batches, nil
}
