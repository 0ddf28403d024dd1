package extract

// "T, donde interpretó a C", "T, onde viveu C", "T, où il incarne C", "T,
// dove interpreta C": the relative "where" of Spanish, Portuguese, French
// and Italian before a verb of playing reads as "where", its subject
// pronoun as "he" or "she", and a verb read only between names
// ("viveu") as "played"; Spanish, Portuguese and Italian leave the
// pronoun out, and inWhichRule reads such a "where" with no pronoun as one
// with it.

import "strings"

// foreignWhere are the words for "where" that open a relative clause.
var foreignWhere = set(`donde onde où dove`)

// foreignSubject are the subject pronouns read after a "where" of
// foreignWhere.
var foreignSubject = map[string]string{"il": "he", "elle": "she", "él": "he", "ella": "she", "ele": "he", "ela": "she", "lui": "he", "lei": "she"}

// foreignWhereAt reports whether a verb of playing, or a pronoun and one,
// is at k after a "where" of foreignWhere, and reads the pronoun and a
// verb of foreignBetweenNames as English words.
func foreignWhereAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord || toks[k].cap {
		return false
	}
	if e, ok := foreignSubjectIDs.lookup(toks[k].id); ok && k+1 < len(toks) && foreignVerbOfPlaying(toks, k+1) {
		setLow(&toks[k], e)
		return true
	}
	return foreignVerbOfPlaying(toks, k)
}

// foreignVerbOfPlaying reports whether a verb of playing of another
// language is at k, and reads one of foreignBetweenNames ("viveu") as the
// English verb.
func foreignVerbOfPlaying(toks []token, k int) bool {
	if foreignPlayAt(toks, k) {
		return true
	}
	switch e := foreignBetweenNamesIDs.get(toks[k].id); e {
	case "plays", "played":
		if k+1 < len(toks) && toks[k+1].cap {
			setLow(&toks[k], e)
			return true
		}
	}
	return false
}

// foreignWhereVerb is the token of the verb after "where" at k when the
// "where" was read from another language and its pronoun left out ("donde
// interpretó a C"); else 0.
func (x *extractor) foreignWhereVerb(k int) int {
	t := x.tok(k)
	if t.low != "where" || t.text == "where" || t.text == "Where" || k+1 >= len(x.toks) {
		return 0
	}
	switch x.tok(k + 1).low {
	case "plays", "played", "will":
		return k + 1
	}
	return 0
}

// foreignWhereIn reports whether text has a word of foreignWhere.
func foreignWhereIn(text string) bool {
	return indexRare(text, "onde") >= 0 || strings.Contains(text, "où") || indexRare(text, "dove") >= 0
}

// pastNetworkAside returns, for a title before the comma at c, where the
// title ends when an aside naming its network stands between: "“T”, no
// Globoplay," and "T, de Telemundo," end at the first comma; else c.
func (x *extractor) pastNetworkAside(c int) int {
	for m := c - 1; m > 0 && m >= c-5; m-- {
		if x.tok(m).text != "," {
			continue
		}
		if p := x.tok(m + 1); m+2 < c && !p.cap && asidePrepsIDs.has(p.id) && x.tok(m+2).cap {
			return m
		}
		return c
	}
	return c
}

// asidePreps are the prepositions that open an aside naming a network:
// "no Globoplay", "de Telemundo", "sur France 2", "su Rai 1".
var asidePreps = set(`no na en de da do on sur su in em del della`)
