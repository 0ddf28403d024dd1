package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/castgraph/castgraph/graph"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestReadEncodings checks that text in another encoding is read only when
// the reader is sure of it, and says so in Article.Encoding.
func TestReadEncodings(t *testing.T) {
	const text = "Squid Game\nLee Jung-jae stars as Seong Gi-hun in Squid Game. Café crème."
	latin1 := []byte(strings.ReplaceAll(text, "é", "\xe9"))
	latin1 = bytes.ReplaceAll(latin1, []byte("è"), []byte("\xe8"))
	page := []byte(`<html><head><meta charset="iso-8859-1"><title>Squid Game</title></head><body><article><p>Lee Jung-jae stars as Seong Gi-hun in Squid Game. Caf` + "\xe9" + `.</p></article></body></html>`)
	tests := []struct {
		name     string
		in       []byte
		charset  string
		encoding string // Article.Encoding, a prefix
		want     string // in the text
	}{
		{"utf-8", []byte(text), "", "", "Café crème."},
		{"utf-8 with a byte order mark", append([]byte("\ufeff"), text...), "", "", "Café crème."},
		{"utf-16le with a byte order mark", utf16Bytes(text, false), "", "UTF-16LE (byte order mark)", "Café crème."},
		{"utf-16be with a byte order mark", utf16Bytes(text, true), "", "UTF-16BE (byte order mark)", "Café crème."},
		{"latin-1 declared by the caller", latin1, "ISO-8859-1", "windows-1252 (declared", "Café crème."},
		{"latin-1 declared by the page", page, "", "windows-1252 (declared by the page's <meta charset>)", "Café."},
		{"valid utf-8 wins over a declaration", []byte(text), "iso-8859-1", "", "Café crème."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Reader{Charset: tt.charset}.Parse("x", bytes.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Encoding, tt.encoding) || (tt.encoding == "" && a.Encoding != "") {
				t.Errorf("Encoding %q, want %q", a.Encoding, tt.encoding)
			}
			if !strings.Contains(a.Text, tt.want) || strings.ContainsRune(a.Text, '\uFFFD') {
				t.Errorf("text %q, want it to hold %q and no replacement character", a.Text, tt.want)
			}
		})
	}
}

// TestReadRefusesWhatIsNotUTF8 checks that text that is not UTF-8, with no
// sure sign of another encoding, is refused with where its first bad byte
// is, never read with bytes replaced.
func TestReadRefusesWhatIsNotUTF8(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"latin-1 without a declaration", []byte("Squid Game\nLee Jung-jae in the caf\xe9 scene.\nMore text here, and more."),
			"not UTF-8: byte 0xE9 at offset 34 (line 2, column 24); save it as UTF-8"},
		{"html without a declaration", []byte("<html><body><p>caf\xe9 and more text that is plain enough to be read.</p></body></html>"),
			`not UTF-8: byte 0xE9 at offset 18 (line 1, column 19); save it as UTF-8 (from Latin-1: iconv -f latin1 -t utf-8), or declare its character set`},
		{"a declared charset that is utf-8", []byte(`<html><head><meta charset="utf-8"></head><body><p>caf` + "\xe9" + ` and other words to read.</p></body></html>`),
			"not UTF-8: byte 0xE9"},
		{"utf-16 byte order mark on binary data", bytes.Repeat([]byte{0xff, 0xfe, 'a'}, 50), "starts with a UTF-16LE byte order mark but is not UTF-16LE text"},
		{"utf-16 of odd length", append(utf16Bytes("Squid Game", false), 'x'), "an odd number of bytes"},
		{"utf-16 with control characters", utf16Bytes("Squid\x01Game", false), "control character U+0001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("some-article", bytes.NewReader(tt.in))
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

// TestTextDate checks the date line at the top of a text article: "Date:"
// in any case and in several forms, the older " date YYYY-MM-DD" prefix,
// and an error for a "Date:" line whose date cannot be read.
func TestTextDate(t *testing.T) {
	tests := []struct {
		name, in, date, first string
	}{
		{"Date: line", "Date: 2025-07-23\nSquid Game returns\n\nBody.", "2025-07-23", "Squid Game returns"},
		{"DATE: in capitals", "DATE: 2025-07-23\nHeadline\n\nBody.", "2025-07-23", "Headline"},
		{"date: in lower case", "date: 2025-07-23\nHeadline", "2025-07-23", "Headline"},
		{"after the headline", "Squid Game returns\nDate: July 23, 2025\n\nBody.", "2025-07-23", "Squid Game returns"},
		{"day first", "Date: 23 July 2025\nHeadline", "2025-07-23", "Headline"},
		{"mail header form", "Date: Wed, 23 Jul 2025 09:00:00 +0000\nHeadline", "2025-07-23", "Headline"},
		{"older prefix", " date 2024-03-19 The series Foo stars Ann Lee.", "2024-03-19", "The series Foo stars Ann Lee."},
		{"older prefix with a colon", "Date: 2024-03-19 The series Foo stars Ann Lee.", "2024-03-19", "The series Foo stars Ann Lee."},
		{"not at the top", "Headline\nA first line.\nDate: 2025-07-23\n", "", "Headline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("id", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(a.Text, "\n")
			if a.Date != tt.date || first != tt.first {
				t.Errorf("date %q, first line %q; want %q, %q", a.Date, first, tt.date, tt.first)
			}
			if tt.date != "" && strings.Contains(strings.ToLower(a.Text), "date:") {
				t.Errorf("the date line stayed in the text: %q", a.Text)
			}
		})
	}
	_, err := Parse("bad-date", strings.NewReader("Headline\nDate: 23/07/2025\n\nBody."))
	if err == nil || !strings.Contains(err.Error(), `bad-date: line 2: date "23/07/2025": want YYYY-MM-DD`) || graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a Date: line that cannot be read: error %v, want it named, with its line, as EINVALID", err)
	}
}
