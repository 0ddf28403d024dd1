package extract

// A title that opens one of the first sentences with a bare appositive, a
// genre noun without an article between two commas, as Spanish,
// Portuguese and Italian copy writes it: "La casa roja, telenovela
// campirana, tendrá a A interpretando el tema central", "T, série
// policial, estreia". The title is the article's show where nothing else
// named it; appositiveLead reads the English "T, the new BBC series".

// bareAppositiveLead returns the title of "T, genre-noun [words]," at a
// sentence's opening in the first sentences, or "".
func (x *extractor) bareAppositiveLead() string {
	for i := 0; i < len(x.sents) && i < 6; i++ {
		s := x.look(i)
		t := s.toks
		if len(t) < 5 || !t[0].cap || t[0].has(cStopWords) && t[0].low != "la" && t[0].low != "el" && t[0].low != "le" && t[0].low != "il" && t[0].low != "a" && t[0].low != "o" && t[0].low != "the" {
			continue
		}
		e := x.titleAt(0, false)
		if e <= 0 || e+3 >= len(t) || t[e].text != "," || !t[e+1].has(cGenreNouns) || t[e+1].cap {
			continue // "T, telenovela …": the genre noun right after the comma
		}
		m := e + 2
		for q := 0; q < 3 && m < len(t) && t[m].kind == tWord && !t[m].cap; q++ {
			m++ // "campirana", "de época"
		}
		if m >= len(t) || t[m].text != "," {
			continue // the appositive closes with a comma
		}
		if title := x.leadTitle(0, e); title != "" {
			return title
		}
	}
	return ""
}
