package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const page = `<!DOCTYPE html>
<html><head>
<title>Site name | Crow Hill adds two</title>
<meta property="og:title" content="Crow Hill adds two">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-05-06T10:00:00Z"}]}</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/tv">TV</a> Starring Nav Person</nav></header>
<aside>Related: Fake Name joins Other Show</aside>
<article>
<h1>Crow Hill Season 2 Adds Two</h1>
<p>The drama <em>Crow Hill</em> has added two names for Season 2.</p>
<figure><img src="x.jpg"><figcaption>Photo: Someone Else</figcaption></figure>
<p>Mina Lowe (Glass Orchard) and Abe Quist have joined the cast.</p>
<script>var x = "Ghost Person joins the cast";</script>
</article>
<footer>Copyright Foot Person</footer>
</body></html>`

func TestParseHTML(t *testing.T) {
	a, err := Parse("crow-hill", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Date != "2024-05-06" {
		t.Errorf("date %q, want 2024-05-06 from JSON-LD", a.Date)
	}
	if a.Title != "Crow Hill Season 2 Adds Two" {
		t.Errorf("title %q", a.Title)
	}
	for _, bad := range []string{"Nav Person", "Fake Name", "Ghost Person", "Foot Person", "Someone Else", "color"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps page furniture %q:\n%s", bad, a.Text)
		}
	}
	if !strings.Contains(a.Text, "\nMina Lowe (Glass Orchard) and Abe Quist have joined the cast.") {
		t.Errorf("text lacks the paragraph on its own line:\n%s", a.Text)
	}
	var got []string
	for _, f := range Extract(a, Options{}) {
		got = append(got, brief(f))
		if f.Date != "2024-05-06" {
			t.Errorf("fact %s has date %q", brief(f), f.Date)
		}
	}
	want := "cast|Mina Lowe|Crow Hill||,cast|Abe Quist|Crow Hill||,cast|Mina Lowe|Glass Orchard||"
	if strings.Join(got, ",") != want {
		t.Errorf("facts %q, want %q", got, want)
	}
}

func TestParseHTMLDates(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"meta published time", `<html><head><meta property="article:published_time" content="2023-01-07T08:00:00+00:00"></head><body><p>Text here.</p></body></html>`, "2023-01-07"},
		{"time element", `<html><body><time datetime="2022-02-03">Feb 3</time><p>Text here.</p></body></html>`, "2022-02-03"},
		{"json-ld object", `<html><head><script type="application/ld+json">{"datePublished":"2021-04-05"}</script></head><body><p>Text.</p></body></html>`, "2021-04-05"},
		{"none", `<html><body><p>Text here.</p></body></html>`, ""},
		{"bad json-ld", `<html><head><script type="application/ld+json">{not json</script></head><body><p>Text.</p></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if a.Date != tt.want {
				t.Errorf("date %q, want %q", a.Date, tt.want)
			}
		})
	}
}

// Without an <article> element the largest block of paragraphs is the body.
func TestParseHTMLDensest(t *testing.T) {
	html := `<html><body><div class="menu"><p>Menu</p></div>
<div class="content"><p>The drama Crow Hill was renewed.</p><p>Ola Berg and Tim Rask will return.</p></div>
<div class="sidebar"><p>Short</p></div></body></html>`
	a, err := Parse("x", strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Menu") || strings.Contains(a.Text, "Short") || !strings.Contains(a.Text, "Ola Berg") {
		t.Errorf("body text:\n%s", a.Text)
	}
}

// ReadFile picks the reader by extension, and sniffs an unknown one.
func TestReadFileHTML(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"crow-hill.html", "crow-hill.htm", "crow-hill.page"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != "crow-hill" || a.Date != "2024-05-06" || strings.Contains(a.Text, "<p>") {
			t.Errorf("%s: id %q date %q text:\n%s", name, a.ID, a.Date, a.Text)
		}
	}
}

// A title in italics is read as a title, as one in quotes is; emphasis, an
// italic paragraph and a title already in quotes are left as they are.
func TestParseHTMLItalicTitles(t *testing.T) {
	page := `<html><body><article><h1>Casting news</h1>
<p><em>An italic standfirst about the new season.</em></p>
<p>Kim Leeh will play the lead in <em>Love and Other Storms</em>, and she was <i>very</i> pleased.</p>
<p>Jo Parkk starred in <cite>The Good, the Bad and the Weird</cite> and “<i>Blue Harbor</i>”.</p>
<p><i>Photo by Ana Ruizz</i></p>
</article></body></html>`
	a, err := Parse("x", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nAn italic standfirst about the new season.\n",
		"Kim Leeh will play the lead in “Love and Other Storms”, and she was very pleased.",
		"Jo Parkk starred in “The Good, the Bad and the Weird” and “Blue Harbor”.",
		"\nPhoto by Ana Ruizz",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	var got []string
	for _, f := range Extract(a, Options{}) {
		got = append(got, brief(f))
	}
	for _, want := range []string{"cast|Kim Leeh|Love and Other Storms||", "cast|Jo Parkk|The Good, the Bad and the Weird||", "cast|Jo Parkk|Blue Harbor||"} {
		if !slices.Contains(got, want) {
			t.Errorf("facts %q lack %q", got, want)
		}
	}
}
