package extract

// A title in sentence case as the subject of "to be" and a drama noun, as
// Italian, Spanish, Portuguese, French and Swedish print titles: "Un
// professore è la nuova fiction con protagonista A" (read as "Un
// professore is the new series starring A"), "Tunna blå linjen är en ny
// serie", "Harbor lights is the new series". The words before the verb are
// the title of the sentence, and of its paragraph where they open it.

// sentenceCaseSubject returns the title of such a sentence, or "": two to
// six words from the sentence's start, the first capitalized, one after it
// in lower case, no function word but an article first ("Un", "La": "a",
// "the"), then "is", "the" or "a", perhaps "new",
// and a noun of a series or film.
func (x *extractor) sentenceCaseSubject() string {
	t := x.toks
	if len(t) < 6 || !t[0].cap || t[0].kind != tWord {
		return ""
	}
	v := -1
	plain := false
	for k := 1; k < len(t) && k <= 6; k++ {
		tk := &t[k]
		if tk.low == "is" && !tk.cap {
			v = k
			break
		}
		if tk.kind != tWord && tk.kind != tNum || tk.has(cStopWords|cAuxWords|cGenreNouns|cCastNouns|cJobNoun|cCastVerbs|cPlayVerbs|cClauseVerbs) {
			return ""
		}
		if !tk.cap {
			plain = true
		}
	}
	if v < 2 || !plain || t[0].has(cGenreNouns|cCastNouns|cJobNoun) || t[0].has(cStopWords) && t[0].low != "a" && t[0].low != "the" {
		return ""
	}
	n := v + 1
	if w := t[n].low; w != "the" && w != "a" {
		return ""
	}
	n++
	if t[n].low == "new" {
		n++
	}
	if n >= len(t) || !t[n].has(cGenreNouns) || t[n].cap {
		return ""
	}
	title := x.span(0, v)
	if notTitle(title) || describes(title) || x.isNetwork(title) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}
