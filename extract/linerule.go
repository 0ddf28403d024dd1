package extract

// One-credit-a-line lists: a line of a credits list split by a dash or a
// colon, "Bam - Johnny Yong Bosch", "Shawn Gann — ADR Director".

import "github.com/castgraph/castgraph/graph"

// lineRule reads a line of a credits list split by a dash or colon:
// "Bam - Johnny Yong Bosch (...)" is a character and its actor, "Shawn Gann
// — ADR Director" a person and their job.
func (x *extractor) lineRule() {
	if !x.s.head && !x.s.first {
		return
	}
	t := x.toks
	b := bulletEnd(t)
	if (b > 0 || x.rosterLine) && x.s.head && x.sshow != "" && len(t)-b >= 2 && x.personShaped(b, len(t)) && x.startsName(b) {
		// "• Adam Nagaitis": a name alone in a bulleted cast list
		x.add(graph.KindCast, x.span(b, len(t)), x.sshow, "", "")
		return
	}
	if e := rosterNameEnd(t); x.rosterLine && b == 0 && e < len(t) && e >= 2 && x.sshow != "" && x.personShaped(0, e) && x.startsName(0) {
		// "Hiro Shimono (Dabi from My Hero Academia);" under "This is a list
		// of the voice actors:": the name before its bracket
		x.add(graph.KindCast, x.span(0, e), x.sshow, "", "")
		return
	}
	sep, charEnd := -1, -1
	for k := b + 1; k < len(t) && k < b+16; k++ {
		if isDash(t[k].text) || t[k].text == ":" {
			sep = k
			break
		}
		if t[k].text == "(" && charEnd < 0 {
			// "Shoya Ishida (in year 6 at school): Ryan Shanahan": a note on
			// the character
			if c := x.closeOf(k); c > k && (isDash(x.tok(c+1).text) || x.tok(c+1).text == ":") {
				charEnd, k = k, c
				continue
			}
		}
		if t[k].kind == tPunct || k >= b+8 && charEnd < 0 {
			return
		}
	}
	if sep < 0 || x.sshow == "" || x.foreignStaffLine(b, sep) || t[sep].text == ":" && !x.s.head || sep == b+1 && isUpperCase(t[b].text) || prizeLine(t, b) {
		return // "EXCLUSIVE: X has been cast": a label, not a character; "Best Actor (Female): X": a prize; "- Dirección: A." (stafflines.go)
	}
	end := len(t)
	for k := sep + 1; k < len(t); k++ {
		if t[k].text == "(" {
			end = k
			break
		}
	}
	if end-sep-1 > 6 {
		return
	}
	job, crew := "", false
	for k := sep + 1; k < end; k++ {
		if j, ok := jobNounsIDs.lookup(t[k].id); ok {
			job, crew = j, true
		}
		if t[k].has(cCrewCues) || t[k].low == "engineer" || t[k].low == "composer" {
			crew = true
		}
	}
	if crew {
		if pe := x.personAt(b); pe == sep {
			x.add(graph.KindCrew, x.span(b, sep), x.sshow, "", job)
		}
		return
	}
	for k := b; k < sep; k++ {
		// "Director: Ken Ota", "Script: Ami Kano", "Music - Yui Sato": a
		// staff line, not a character's
		j, isJob := jobNounsIDs.lookup(t[k].id)
		if !isJob && k == b && t[k].cap {
			j, isJob = foreignStaffNounsIDs.lookup(t[k].id) // "Regie: A", "Drehbuch: B", "Roteiro: C": a staff line of another language
		}
		if isJob || t[k].has(cCrewCues|cScriptWords) || t[k].low == "music" || t[k].low == "design" {
			if !isJob && t[k].has(cScriptWords) {
				j = graph.JobWriter
			}
			if pe := x.personAt(sep + 1); pe == end && pe-sep-1 >= 2 {
				x.add(graph.KindCrew, x.span(sep+1, end), x.sshow, "", j)
			}
			return
		}
	}
	if charEnd < 0 {
		charEnd = sep
	}
	if t[sep].text == ":" && end == len(t) && charEnd == sep && sep-b >= 2 && x.personAt(b) == sep && x.actorFirstBlock() {
		x.add(graph.KindCast, x.span(b, sep), x.sshow, x.span(sep+1, end), "") // "Keisuke Watanabe: Natsuki Seiba" by "Aya Ueto: Hana" (linedirection.go)
	} else if pe := x.personAt(sep + 1); pe == end && pe-sep-1 >= 2 {
		x.add(graph.KindCast, x.span(sep+1, end), x.sshow, x.lineCharacter(b, charEnd), "")
	} else if x.actorFirstLine(b, sep, end) {
		x.add(graph.KindCast, x.span(b, sep), x.sshow, x.span(sep+1, end), "") // "Leandro Quintela: Otávio": the actor first
	}
}

// actorFirstLine reports whether the line's words before the colon at sep
// are a person's full name and after it one capitalized word, no name, up
// to end: "Leandro Quintela: Otávio", a cast list of Portuguese and
// Spanish copy ("Veja quem é quem:"), the actor first.
func (x *extractor) actorFirstLine(b, sep, end int) bool {
	t := x.toks
	if t[sep].text != ":" || end != sep+2 || end != len(t) || !t[sep+1].cap || t[sep+1].kind != tWord || t[sep+1].has(cStopWords|cJobNoun|cCastNouns) {
		return false
	}
	return sep-b >= 2 && x.personAt(b) == sep
}

// rosterNameEnd returns where the name of a roster's line ends, before a
// closing ";", "," or "." and a bracket after the name: "Hiro Shimono (Dabi
// from My Hero Academia);" ends before its bracket.
func rosterNameEnd(t []token) int {
	n := len(t)
	if n > 0 && (t[n-1].text == ";" || t[n-1].text == "," || t[n-1].text == ".") {
		n--
	}
	if n > 0 && t[n-1].text == ")" {
		for m := n - 2; m > 0; m-- {
			if t[m].text == "(" {
				return m
			}
		}
		return 0
	}
	return n
}

// rosterLead reports whether s, the last sentence of its paragraph, leads
// into a roster with a colon: "This is a list of the voice actors:", "The
// cast includes:".
func rosterLead(s *sentence) bool {
	t := s.toks
	n := len(t)
	if n < 3 || n > 24 || t[n-1].text != ":" {
		return false
	}
	cast := false
	for _, w := range t[:n-1] {
		switch w.low {
		case "cast", "actors", "actresses", "voices", "ensemble", "performers":
			cast = true
		case "who", "died", "passed", "best", "favorite", "favourite", "winners", "nominees":
			return false // "the actors who died this year:", "our favourite actors:"
		}
	}
	return cast
}
