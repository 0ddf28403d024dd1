package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters, digits and inner hyphens or apostrophes
	tNum          // digits only
	tPunct        // one punctuation rune
	tPoss         // the possessive 's
)

// token is one token of a sentence; start and end are byte offsets into the
// sentence text.
type token struct {
	text       string
	low        string // text in lower case
	kind       int
	start, end int
	cap        bool   // a word starting with an upper-case letter
	flags      uint8  // fName, fChar
	class      uint32 // word classes of low: cStopWords, ...
}

// has reports whether the token's lower-case form is in word class c.
func (t token) has(c uint32) bool { return t.class&c != 0 }

// Token flags.
const (
	fName = 1 << iota // may be part of a person's name
	fChar             // may be part of a character's name
)

// sentence is one sentence of an article, tokenized.
type sentence struct {
	text    string
	cleaned string // text with space collapsed, once asked for
	toks    []token
	para    int  // index of its paragraph
	head    bool // a headline or heading line, not prose
}

// clean is the sentence with runs of space collapsed: the fact evidence.
func (s *sentence) clean() string {
	if s.cleaned == "" {
		s.cleaned = cleanSpace(s.text)
	}
	return s.cleaned
}

// abbreviations that end in a full stop without ending a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"vs": true, "prof": true, "gen": true, "lt": true, "col": true, "no": true, "vol": true,
	"inc": true, "ltd": true, "co": true, "sgt": true, "capt": true, "mt": true, "ft": true,
}

// splitSentences splits a paragraph (one line) into sentences.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' {
			i += n
			continue
		}
		j := i + n
		for j < len(p) { // more stops and closing quotes/brackets
			r2, n2 := utf8.DecodeRuneInString(p[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' {
				j += n2
				continue
			}
			break
		}
		k := j
		for k < len(p) && (p[k] == ' ' || p[k] == '\t') {
			k++
		}
		if k == j || k >= len(p) || r == '.' && !endsSentence(p[start:i]) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if unicode.IsUpper(next) || unicode.IsDigit(next) || next == '“' || next == '"' || next == '(' || next == '[' || next == '‘' {
			if s := strings.TrimSpace(p[start:j]); s != "" {
				out = append(out, s)
			}
			start = k
		}
		i = k
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// endsSentence reports whether a full stop after before ends a sentence: not
// after an initial ("Sterling K.") or a known abbreviation ("Dr.").
func endsSentence(before string) bool {
	w := before
	if i := strings.LastIndexAny(w, " \t(\"“"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" {
		return true
	}
	// initials: "K", "R.J", "R.R"
	initials := true
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			initials = false
			break
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			initials = false
			break
		}
	}
	if initials {
		return false
	}
	return !abbrev[strings.ToLower(w)]
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits a sentence into tokens.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/4+4)
	// one lower-case copy of the sentence, sliced per token when lower
	// casing keeps every byte offset (always for ASCII)
	lower := strings.ToLower(s)
	sameLen := len(lower) == len(s)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isApos(r) && possAt(s, i+n):
			toks = append(toks, token{text: s[i : i+n+1], low: "'s", kind: tPoss, start: i, end: i + n + 1})
			i += n + 1
		case isApos(r) && len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind == tWord &&
			strings.HasSuffix(toks[len(toks)-1].low, "s") && !letterAt(s, i+n):
			// a plural possessive: "Nicholas Sparks' novel", "the series' season"
			toks = append(toks, token{text: s[i : i+n], low: "'s", kind: tPoss, start: i, end: i + n})
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '‐' || r2 == '.' || isApos(r2) {
					if isApos(r2) && possAt(s, j+n2) {
						break
					}
					if j+n2 < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[j+n2:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							j += n2
							continue
						}
					}
				}
				break
			}
			w := s[i:j]
			// an initial keeps its full stop: "K." in "Sterling K. Brown"
			if j < len(s) && s[j] == '.' && (isInitials(w) || abbrev[strings.ToLower(w)]) {
				k := j + 1
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(r3) {
						j++
						w = s[i:j]
					}
				}
			}
			low := ""
			if sameLen {
				low = lower[i:j]
			} else {
				low = strings.ToLower(w)
			}
			t := token{text: w, low: low, kind: tWord, start: i, end: j, cap: unicode.IsUpper(r)}
			if allDigits(w) {
				t.kind = tNum
			}
			t.class = wordClass[t.low]
			t.flags = wordFlags(t)
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{text: s[i : i+n], low: s[i : i+n], kind: tPunct, start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// possAt reports whether s[i:] starts with the "s" of a possessive "'s".
func possAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// letterAt reports whether a letter or digit starts s[i:].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isInitials reports whether w is one or more initials: "K", "R.J", "R.J.".
func isInitials(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	letter := false // the previous rune was an initial's letter
	for _, r := range w {
		switch {
		case r == '.' && letter:
			letter = false
		case unicode.IsUpper(r) && !letter:
			letter = true
		default:
			return false
		}
	}
	return letter
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// sentences splits an article's text into tokenized sentences. A line with
// no closing punctuation is a headline or heading: kept, but marked.
func sentences(text string) []sentence {
	var out []sentence
	para := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		head := isHeading(line)
		for _, s := range splitSentences(line) {
			out = append(out, sentence{text: s, toks: tokenize(s), para: para, head: head})
		}
		para++
	}
	return out
}

// isHeading reports whether a line reads as a headline or section heading:
// short, with no closing punctuation.
func isHeading(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,\"”’)", last) {
		return false
	}
	return len(strings.Fields(line)) <= 20
}
