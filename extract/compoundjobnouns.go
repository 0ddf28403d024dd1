package extract

import "strings"

// Job nouns closed into a compound, as German, Dutch, Danish, Swedish and
// Norwegian write them, before a name: "Kultregisseur X", "Topregisseur
// X", "Gyserinstruktøren X", "Erfolgsproduzentin X", "Krimidrehbuchautor
// X" read as "director X", "producer X", "writer X", as the job noun alone
// ("Regisseur X") and the hyphened compound ("US-Regisseur X") are read,
// so that the compound is no part of the name and the name's brackets are
// the maker's work, not parts played. The compound's first part (a genre,
// a country, a word of praise) says nothing of the job; the noun it ends
// in does. Not read: a compound the noun tables hold already, one whose
// first part is under three letters ("Coproduzent" aside), and one before
// no capitalized word (no name follows).

// compoundJobEnds are the job nouns a compound ends in, longest first,
// with the English noun each reads as.
var compoundJobEnds = []struct{ end, english string }{
	{"drehbuchautorin", "writer"}, {"drehbuchautor", "writer"},
	{"manusforfatteren", "writer"}, {"manusförfattaren", "writer"}, {"manusforfatter", "writer"}, {"manusförfattare", "writer"},
	{"scenarioschrijver", "writer"},
	{"regisseurin", "director"}, {"regisseur", "director"},
	{"instruktøren", "director"}, {"instruktør", "director"},
	{"regissøren", "director"}, {"regissør", "director"},
	{"regissören", "director"}, {"regissör", "director"},
	{"produzentin", "producer"}, {"produzent", "producer"},
	{"filmemacherin", "filmmaker"}, {"filmemacher", "filmmaker"},
}

// compoundJobNoun returns the English job noun that the compound at k
// ends in, where a capitalized word follows it ("" where it is none).
func compoundJobNoun(toks []token, k int) string {
	t := &toks[k]
	if t.kind != tWord || len(t.low) < 11 || k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord {
		return ""
	}
	if _, ok := foreignNouns[t.low]; ok {
		return ""
	}
	for _, c := range compoundJobEnds {
		if strings.HasSuffix(t.low, c.end) && len(t.low)-len(c.end) >= 3 && !strings.Contains(t.low, "-") {
			return c.english
		}
	}
	return ""
}

// readCompoundJobNouns reads each compound job noun of the sentence from
// first, before a capitalized word, as its English job noun, an article
// before it as "the" or "a" ("De topregisseur X": "the director X"). It
// says whether it read one.
func readCompoundJobNouns(toks []token, first int) bool {
	read := false
	for k := first; k+1 < len(toks); k++ {
		if len(toks[k].low) < 11 || !toks[k+1].cap {
			continue // too short for a compound, or no name after it
		}
		if e := compoundJobNoun(toks, k); e != "" {
			readForeignNoun(toks, first, k, k, &toks[k], e)
			read = true
		}
	}
	return read
}
