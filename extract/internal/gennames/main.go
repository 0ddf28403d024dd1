// Command gennames writes the list of name words that the extractor knows:
// the first words of the people's names in the real credit datasets (the
// JustWatch streaming catalogues, the Wikipedia film casts and Neo4j's movie
// graph). A word is listed when at least two different people's names start
// with it, so given names ("Zoë", "Claire") and the family names that East
// Asian names start with ("Kim", "Zhang") are in, and one-off words are not.
//
//	go run ./internal/gennames -data ../../shared/data -out names.txt
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	data := flag.String("data", "", "the shared data folder (with justwatch-streaming-2023, wikipedia-movie-data, neo4j-movies)")
	out := flag.String("out", "names.txt", "the file to write")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gennames:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	people := map[string]bool{}
	add := func(name string) { people[strings.Join(strings.Fields(name), " ")] = true }
	titles := map[string]bool{}
	addTitle := func(title string) { titles[strings.Join(strings.Fields(title), " ")] = true }
	catalogue, err := filepath.Glob(filepath.Join(data, "justwatch-streaming-2023", "*_titles.csv.gz"))
	if err != nil || len(catalogue) == 0 {
		return fmt.Errorf("no JustWatch titles in %s", data)
	}
	for _, path := range catalogue {
		if err := readCSV(path, true, func(rec []string) { addTitle(rec[1]) }); err != nil {
			return err
		}
	}
	credits, err := filepath.Glob(filepath.Join(data, "justwatch-streaming-2023", "*_credits.csv.gz"))
	if err != nil || len(credits) == 0 {
		return fmt.Errorf("no JustWatch credits in %s", data)
	}
	for _, path := range credits {
		if err := readCSV(path, true, func(rec []string) { add(rec[2]) }); err != nil {
			return err
		}
	}
	if err := readCSV(filepath.Join(data, "neo4j-movies", "people.csv"), false, func(rec []string) { add(rec[0]) }); err != nil {
		return err
	}
	films, err := filepath.Glob(filepath.Join(data, "wikipedia-movie-data", "movies-*.json.gz"))
	if err != nil || len(films) == 0 {
		return fmt.Errorf("no Wikipedia film data in %s", data)
	}
	for _, path := range films {
		var movies []struct {
			Title string
			Cast  []string
		}
		if err := readJSON(path, &movies); err != nil {
			return err
		}
		for _, m := range movies {
			addTitle(m.Title)
			for _, c := range m.Cast {
				add(c)
			}
		}
	}
	count := map[string]int{}
	for name := range people {
		words := strings.Fields(name)
		if len(words) < 2 || !nameWord(words[0]) {
			continue
		}
		count[strings.ToLower(words[0])]++
	}
	inTitles := map[string]int{}
	for title := range titles {
		if words := strings.Fields(title); len(words) > 0 {
			inTitles[strings.ToLower(words[0])]++
		}
	}
	var list []string
	for w, n := range count {
		if n >= 2 && n >= 2*inTitles[w] {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# The first words of people's names in the shared credit datasets, each\n# starting two or more names. Made by internal/gennames; do not edit.\n")
	for _, s := range list {
		fmt.Fprintln(w, s)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// nameWord reports whether w can start a person's name: a capital letter,
// then letters, hyphens, apostrophes or full stops.
func nameWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return len([]rune(w)) >= 2 && !strings.Contains(w, ".")
}

func open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{z, f}, nil
}

func readCSV(path string, header bool, row func([]string)) error {
	r, err := open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	c := csv.NewReader(r)
	c.FieldsPerRecord = -1
	for first := true; ; first = false {
		rec, err := c.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if first && header || len(rec) < 3 && header || len(rec) < 1 {
			continue
		}
		row(rec)
	}
}

func readJSON(path string, v any) error {
	r, err := open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := json.NewDecoder(r).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
