package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// A text article may say when it was published at its top, in either of
// two forms:
//
//	Date: 2025-07-23
//	Headline of the article
//
//	 date 2025-07-23 The series Foo stars Ann Lee.
//
// The first is a line of its own, the article's first or the one after its
// headline; "Date:" may be written in any case, and the date as YYYY-MM-DD
// or as ParseDate reads it otherwise ("July 23, 2025", "23 July 2025",
// "Wed, 23 Jul 2025 09:00:00 +0000"). A "Date:" line whose date cannot be
// read is an error. The second, older form puts a YYYY-MM-DD date before
// the first sentence, on the same line; when that date is not a real one,
// it is kept as text. Either way the date line is not part of the text.

// dateLine matches the date prefix before a sentence: " date 2025-07-23"
// at the very start, with or without a colon, in any case.
var dateLine = regexp.MustCompile(`(?i)^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// dateHeader matches a "Date: ..." line.
var dateHeader = regexp.MustCompile(`(?i)^[ \t]*date[ \t]*:[ \t]*(.*?)[ \t]*$`)

// textDate finds the date at the top of text (with "\n" line ends) and
// returns it as YYYY-MM-DD with the text that remains without it; "" and
// text when there is none.
func textDate(text string) (date, rest string, err error) {
	if m := dateLine.FindStringSubmatchIndex(text); m != nil {
		if d := text[m[2]:m[3]]; graph.ValidDate(d) {
			return d, text[m[1]:], nil
		}
	}
	lines := strings.SplitAfter(text, "\n")
	seen := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := dateHeader.FindStringSubmatch(strings.TrimRight(l, "\n")); m != nil {
			d, err := ParseDate(m[1])
			if err != nil {
				return "", text, fmt.Errorf("line %d: %w", i+1, err)
			}
			return d, strings.Join(lines[:i], "") + strings.Join(lines[i+1:], ""), nil
		}
		if seen++; seen == 2 {
			break
		}
	}
	return "", text, nil
}

// dateLayouts are the forms ParseDate reads, YYYY-MM-DD first.
var dateLayouts = []string{
	"2006-01-02",
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Monday, 2 January 2006",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC3339,
}

// ParseDate reads a publication date, as YYYY-MM-DD or in one of the common
// forms of news copy and mail headers ("July 23, 2025", "23 July 2025",
// "Wed, 23 Jul 2025 09:00:00 +0000", RFC 3339), and returns it as
// YYYY-MM-DD. The error says which forms it reads.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("date %q: want YYYY-MM-DD (or a form such as \"July 23, 2025\" or \"23 July 2025\")", s)
}
