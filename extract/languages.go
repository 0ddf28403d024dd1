package extract

// Credit cues in Spanish, Portuguese, French and German: a word of another
// language that stands where an English cue word stands, in the same shape,
// reads as that English word, so that the sentence goes through the rules
// the English one does. "- Ana Ruiz como Mira" reads as "- Ana Ruiz as
// Mira", "serie protagonizada por A y B" as "serie starring A and B",
// "dirigida por X" as "directed by X". The token keeps its text; only its
// lower case form (and the word class and bit that come from it) changes.

// foreignCues are the words read as an English cue word wherever they stand
// in lower case.
var foreignCues = map[string]string{
	// "A y B", "A und B": "and" between the names of a list
	"y": "and", "und": "and",
	// "X interpreta a C", "X incarne C", "X spielt C": a verb of playing
	"interpreta": "plays", "interpretará": "plays", "incarne": "plays", "spielt": "plays", "joue": "plays",
	// "el reparto", "el elenco", "die Besetzung": the cast
	"elenco": "cast", "reparto": "cast", "besetzung": "cast",
}

// foreignByCues are participles read as an English participle where "por"
// or "par" ("by") follows: "dirigida por X" as "directed by X"; the
// participle of starring reads as "starring", its "por" dropped.
var foreignByCues = map[string]string{
	"protagonizada": "starring", "protagonizado": "starring", "protagonizadas": "starring", "protagonizados": "starring",
	"estelarizada": "starring", "estelarizado": "starring", "estrelada": "starring", "estrelado": "starring",
	"interpretado": "played", "interpretada": "played", "interprété": "played", "interprétée": "played",
	"dirigida": "directed", "dirigido": "directed", "réalisé": "directed", "réalisée": "directed",
	"escrita": "written", "escrito": "written", "écrit": "written", "écrite": "written",
	"producida": "produced", "producido": "produced", "produit": "produced", "produite": "produced",
	"creada": "created", "creado": "created", "créé": "created", "créée": "created",
}

// foreignAs are the words for "as" that read as "as" only between two
// capitalized words ("Ana Ruiz como Mira"): elsewhere they are "like",
// "such as" or "than".
var foreignAs = map[string]bool{"como": true, "comme": true, "als": true}

// foreignAnd are "and" in Portuguese and Italian ("e") and French ("et"),
// read as "and" only between two capitalized words: a lone "e" may be an
// initial's letter, "et" the "et al." of a citation.
var foreignAnd = map[string]bool{"e": true, "et": true}

// readForeignCues rewrites, in place, the tokens from first on of a
// sentence tokenized into toks, and returns toks without the tokens it
// drops ("por" after a participle read as "starring").
func readForeignCues(toks []token, first int) []token {
	n := first
	for k := first; k < len(toks); k++ {
		t := toks[k]
		if t.kind == tWord && !t.cap && len(t.low) <= 14 {
			if e, ok := foreignCues[t.low]; ok {
				setLow(&t, e)
			} else if e, ok := foreignByCues[t.low]; ok && k+1 < len(toks) && (toks[k+1].low == "por" || toks[k+1].low == "par") {
				setLow(&t, e)
				if e == "starring" {
					toks[n] = t
					n++
					k++ // "por": "starring X"
					continue
				}
				setLow(&toks[k+1], "by")
			} else if (foreignAs[t.low] || foreignAnd[t.low]) && n > first && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord &&
				(toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")") {
				if foreignAnd[t.low] {
					setLow(&t, "and")
				} else {
					setLow(&t, "as")
				}
			}
		}
		toks[n] = t
		n++
	}
	return toks[:n]
}

// setLow gives t the lower case form w, with w's word class and bit.
func setLow(t *token, w string) {
	h := classHash(w)
	t.low, t.class, t.wbit = w, wordClasses.getHashed(h, w), hashBit(h)
}
