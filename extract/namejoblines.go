package extract

// An interview page or a programme laid out by show: a title heading
// ("Kessel Boy"), then a line for each person who speaks of it, the name
// and the person's work after a comma ("Tomas Brel, actor/writer", "Ana
// Selo, director"), then the person's answers. Each such line credits the
// person in the show of the heading above it: an actor as cast, a
// director, writer or producer as crew with that job.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// lineActorNouns name work on screen after a name's comma.
var lineActorNouns = set(`actor actress actors performer star host presenter voice`)

// nameJobAt reads sentence i as a line of a name, a comma and the
// person's work, one to three words joined by "/", "and" or "&" ("Tomas
// Brel, actor/writer", "Ana Selo, writer and director"). It returns the
// name and the works' kinds and jobs, or "".
func (x *extractor) nameJobAt(i int) (name string, kinds, jobs []string) {
	s := &x.sents[i]
	t := s.toks
	if s.para == 0 || !s.first || !s.head || len(t) < 4 || len(t) > 10 || i+1 < len(x.sents) && x.sents[i+1].para == s.para {
		return "", nil, nil
	}
	x.ready(s)
	pe := x.personAt(0)
	if pe < 2 || pe+1 >= len(t) || t[pe].text != "," || !x.personShaped(0, pe) {
		return "", nil, nil
	}
	for k := pe + 1; k < len(t); k++ {
		w := t[k]
		switch {
		case w.text == "/" || w.low == "and" || w.text == "&":
			if k == pe+1 || k == len(t)-1 {
				return "", nil, nil
			}
		case w.kind != tWord:
			return "", nil, nil
		case lineActorNouns[w.low]:
			kinds, jobs = append(kinds, graph.KindCast), append(jobs, "")
		default:
			j, ok := jobNouns[w.low]
			if !ok || j == "" && w.low != "executive" {
				return "", nil, nil // "Ana Selo, Lisbon": no work of the person's
			}
			if w.low == "executive" {
				continue // "executive producer": read at "producer"
			}
			kinds, jobs = append(kinds, graph.KindCrew), append(jobs, j)
		}
	}
	if len(kinds) == 0 {
		return "", nil, nil
	}
	return x.span(0, pe), kinds, jobs
}

// nameJobLine credits the person of a "Name, job" line (nameJobAt) in the
// show of the title heading above it, past the answers and the other such
// lines under the same heading, in an article with two such lines or
// more. It reports whether sentence i is such a line.
func (x *extractor) nameJobLine(i int) bool {
	name, kinds, jobs := x.nameJobAt(i)
	if name == "" {
		return false
	}
	lines := 0
	for j := range x.sents {
		if j != i && x.sents[j].head && strings.Contains(x.sents[j].text, ",") {
			if n, _, _ := x.nameJobAt(j); n != "" {
				lines++
			}
		}
	}
	x.ready(&x.sents[i])
	if lines == 0 {
		return false // one such line alone: a caption, not a page of them
	}
	title := ""
	for j := i - 1; j > 0 && title == ""; j-- {
		s := &x.sents[j]
		if !s.head || s.para == 0 {
			if s.para == 0 {
				return false // the headline: no show's heading above
			}
			continue // an answer
		}
		if n, _, _ := x.nameJobAt(j); n != "" {
			continue // another speaker of the same show
		}
		title = x.showHeadingAt(j)
		if title == "" {
			return false
		}
	}
	x.ready(&x.sents[i])
	if title == "" {
		return false
	}
	x.setFocus(title)
	x.sshow, x.sshowFold = title, x.fold(title)
	for k := range kinds {
		x.add(kinds[k], name, title, "", jobs[k])
	}
	return true
}

// showHeadingAt reads heading j, a line of its own, as a show's title: a
// few capitalized words, with lower-case glue between them, that name no
// person, network or section. It returns the title, or "".
func (x *extractor) showHeadingAt(j int) string {
	s := &x.sents[j]
	t := s.toks
	if !s.first || len(t) == 0 || len(t) > 8 || j+1 < len(x.sents) && x.sents[j+1].para == s.para {
		return ""
	}
	x.ready(s)
	for k, w := range t {
		if !(w.kind == tWord || w.kind == tNum || isQuote(w.text) || w.text == ":" || w.text == "'" || isDash(w.text)) ||
			w.kind == tWord && !w.cap && (k == 0 || !bareTitleGlue[w.low]) {
			return "" // a sentence, not a title
		}
	}
	title := graph.CleanSpace(unquote(s.text))
	if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || explainerHeading(title) || castNounHeading(title) ||
		x.knownPerson(title) != "" || x.personShaped(0, len(t)) && x.startsName(0) {
		return ""
	}
	return title
}
