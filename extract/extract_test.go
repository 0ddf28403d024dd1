package extract

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

var update = flag.Bool("update", false, "update golden files in testdata")

// TestGolden extracts each testdata/NAME.txt and compares the facts with
// testdata/NAME.jsonl. Run "go test -update" to rewrite the golden files,
// then review the diff like code.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata (%v)", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			a, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			facts := Extract(a, Options{})
			for _, f := range facts {
				if err := f.Validate(); err != nil {
					t.Errorf("invalid fact %s: %v", brief(f), err)
				}
				if f.Article != name || f.Evidence == "" {
					t.Errorf("fact %s: article %q, evidence %q", brief(f), f.Article, f.Evidence)
				}
				if !strings.Contains(graph.CleanSpace(a.Text), f.Evidence) {
					t.Errorf("fact %s: evidence not in the article: %q", brief(f), f.Evidence)
				}
			}
			var buf bytes.Buffer
			if err := jsonl.Write(&buf, facts); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".jsonl")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("facts differ from %s (run go test -update and review the diff)\ngot:\n%s", golden, buf.String())
			}
		})
	}
}

// TestDeterministic checks that two runs give the same facts in the same
// order.
func TestDeterministic(t *testing.T) {
	a, err := ReadFile(filepath.Join("testdata", "yellowjackets-season-2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	jsonl.Write(&first, Extract(a, Options{}))
	for i := 0; i < 5; i++ {
		var again bytes.Buffer
		jsonl.Write(&again, Extract(a, Options{}))
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, first.String(), again.String())
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in, date, title, first string
	}{
		{"date prefix on first line", " date 2024-03-19 The series Foo stars Ann Lee.", "2024-03-19", "", "The series Foo stars Ann Lee."},
		{"date on its own line", "date 2024-03-19\nHeadline Here\n\nBody text.", "2024-03-19", "Headline Here", "Headline Here"},
		{"no date", "Headline Here\n\nBody.", "", "Headline Here", "Headline Here"},
		{"bad date kept as text", " date 2024-13-40 Body.", "", "", "date 2024-13-40 Body."},
		{"crlf", "Title\r\n\r\nBody.\r\n", "", "Title", "Title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("id", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(a.Text, "\n")
			if a.Date != tt.date || a.Title != tt.title || first != tt.first || a.ID != "id" {
				t.Errorf("got date %q title %q first %q, want %q %q %q", a.Date, a.Title, first, tt.date, tt.title, tt.first)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		max  int64
		want string
	}{
		{"empty", nil, 0, "empty input"},
		{"blank", []byte(" \n\t\n"), 0, "empty input"},
		{"nul bytes", []byte("abc\x00def"), 0, "binary input"},
		{"invalid utf-8", bytes.Repeat([]byte{0x80, 0xfe, 'a'}, 50), 0, "binary input"},
		{"too large", bytes.Repeat([]byte("a"), 100), 50, "larger than 50 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{MaxBytes: tt.max}.Parse("some-article", bytes.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "some-article") {
				t.Errorf("error %q, want it to name the article and say %q", err, tt.want)
			}
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("code %q, want %q", graph.ErrorCode(err), graph.EINVALID)
			}
		})
	}
}

func TestReadFileNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "blank.txt")
	if err := os.WriteFile(path, []byte("\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	if err == nil || !strings.Contains(err.Error(), "blank.txt") {
		t.Errorf("error %v, want it to name blank.txt", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("error %v, want it to name missing.txt", err)
	}
}

func TestWriteFacts(t *testing.T) {
	var buf bytes.Buffer
	facts := []graph.Fact{
		{Kind: "cast", Person: "Ann Lee", Show: "Foo & Bar", Character: "<Zed>", Seasons: []int{2}},
		{Kind: "crew", Person: "Bo Ray", Show: "Foo", Job: "director"},
	}
	if err := jsonl.Write(&buf, facts); err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"cast","person":"Ann Lee","show":"Foo & Bar","character":"<Zed>","seasons":[2]}
{"kind":"crew","person":"Bo Ray","show":"Foo","job":"director"}
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}
