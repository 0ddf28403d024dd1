// Command gennames writes the list of name words that the extractor knows:
// the first words of the people's names in the real credit datasets (the
// JustWatch streaming catalogues, the Wikipedia film casts and Neo4j's movie
// graph). A word is listed when at least two different people's names start
// with it, so given names ("Zoë", "Claire") and the family names that East
// Asian names start with ("Kim", "Zhang") are in, and one-off words are not.
//
// It also writes the one-word names people are credited under ("IU",
// "Tabu", "Rain"), and the words that two or more titles hold and that are
// no such name ("bridge", "affair", "one"): a one-word name the extractor
// reads that is a title word, not a known one-word name, is most likely no
// person.
//
//	go run ./internal/gennames -data ../../shared/data -out names.txt -mononyms mononyms.txt -titlewords titlewords.txt
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
	out := flag.String("out", "names.txt", "the file to write the name starts to")
	mononyms := flag.String("mononyms", "mononyms.txt", "the file to write the one-word names to")
	titleWords := flag.String("titlewords", "titlewords.txt", "the file to write the title words to")
	flag.Parse()
	if err := run(*data, lists{*out, *mononyms, *titleWords}); err != nil {
		fmt.Fprintln(os.Stderr, "gennames:", err)
		os.Exit(1)
	}
}

// lists are the files gennames writes.
type lists struct {
	names, mononyms, titleWords string
}

func run(data string, out lists) error {
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
	if err := write(out.names, "The first words of people's names in the shared credit datasets, each\nstarting two or more names.", list); err != nil {
		return err
	}
	mononyms := map[string]bool{}
	for name := range people {
		if !strings.Contains(name, " ") && nameWord(name) {
			mononyms[strings.ToLower(name)] = true
		}
	}
	if err := write(out.mononyms, "The one-word names people are credited under in the shared credit\ndatasets.", keys(mononyms)); err != nil {
		return err
	}
	titleWords := map[string]int{}
	for title := range titles {
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
			w = strings.Trim(w, "'’-")
			if len([]rune(w)) >= 2 && !seen[w] {
				seen[w] = true
				titleWords[w]++
			}
		}
	}
	var words []string
	for w, n := range titleWords {
		if n >= 2 && !mononyms[w] {
			words = append(words, w)
		}
	}
	return write(out.titleWords, "The words that two or more titles in the shared credit datasets hold,\nin lower case, but for the one-word names people are credited\nunder.", words)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// write writes list, sorted, one word a line, under a comment saying what
// it is.
func write(path, what string, list []string) error {
	sort.Strings(list)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %s Made by internal/gennames; do not edit.\n", strings.ReplaceAll(what, "\n", "\n# "))
	for _, s := range list {
		fmt.Fprintln(w, s)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
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
