package extract

// A performer's own words: "“I play C, a nurse,” said X", "X said: “I
// play C”", "“I played C in T,” X told reporters". The "I" of a quotation
// is the person the sentence says spoke it.

// sayVerbs attribute a quotation to the person beside them.
var sayVerbs = set(`said says told tells added adds explained explains recalled recalls revealed reveals shared shares admitted admits`)

// youOrI is the person a "you" or "I" at j before the verb k names: an
// interview's guest for "In T you play C", the speaker of the quotation
// for "“I play C,” said X"; or "".
func (x *extractor) youOrI(j, k, want int) string {
	if j < 0 || want > 1 || k >= len(x.toks) || !x.toks[k].has(cPlayVerbs|cWorkCues) {
		return ""
	}
	switch {
	case x.toks[j].low == "you":
		if x.interviewee() != "" {
			return x.guest
		}
	case x.toks[j].text == "I":
		return x.quoteSpeaker(j)
	}
	return ""
}

// quoteSpeaker is the person the sentence attributes the quotation around
// j to: a name next to a say verb after the quotation's close ("," said X",
// "," X said") or before its opening ("X said: “"); or "" where the
// quotation has no such person, or two.
func (x *extractor) quoteSpeaker(j int) string {
	t := x.toks
	open := -1
	for m := j - 1; m >= 0; m-- {
		if isQuote(t[m].text) && !x.closeQuote(m) {
			open = m
			break
		}
	}
	if open < 0 {
		return ""
	}
	// before the opening: "X said: “", "X says, “"
	if m := open - 1; m >= 2 && (t[m].text == ":" || t[m].text == ",") && sayVerbsIDs.has(t[m-1].id) && !t[m-1].cap {
		if p := x.speakerBefore(m - 1); p != "" {
			return p
		}
	}
	// after the close: "," said X", "," X said"
	for m := j + 1; m+1 < len(t); m++ {
		if !x.closeQuote(m) {
			continue
		}
		n := m + 1
		if sayVerbsIDs.has(t[n].id) && !t[n].cap {
			if e := x.personAt(n + 1); e > n+1 && x.tok(e).low != "of" {
				return x.speakerAt(n + 1)
			}
			return ""
		}
		if e := x.personAt(n); e > n && e < len(t) && sayVerbsIDs.has(t[e].id) && !t[e].cap && x.tok(e+1).low != "of" {
			return x.speakerAt(n) // not "X said of her friend": whose words they are is unsure
		}
		return ""
	}
	return ""
}

// speakerAt is the person whose name starts at i, resolved; or "".
func (x *extractor) speakerAt(i int) string {
	e := x.personAt(i)
	if e <= i {
		return ""
	}
	name := x.span(i, e)
	if p := x.knownPerson(name); p != "" {
		return p
	}
	if x.personShaped(i, e) && !x.isShow(name) {
		return x.resolve(name)
	}
	return ""
}

// speakerBefore is the person whose name ends just before the say verb at
// v, the sentence's opening name; or "".
func (x *extractor) speakerBefore(v int) string {
	if e := x.personAt(0); e == v {
		return x.speakerAt(0)
	}
	return ""
}
