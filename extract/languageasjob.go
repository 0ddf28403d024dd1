package extract

// A job noun after the word for "as" in Italian and Portuguese staff
// copy: "A come direttore della serie, B (T1, T2) come scrittrice dei
// copioni, C e D come produttori", "A como diretor da novela", "B como
// roteirista". "come" and "como" read as "as" before the noun (after a
// capitalized word or a bracket, as "con X (T) como productor" does), and
// the noun as the English job noun, so the clause reads as "A as director
// of the series", crew in the sentence's show.

// asJobNouns are the job nouns of Italian, Portuguese, Spanish and French
// read as the English one only right after "come", "como", "comme": alone
// "direttore" is as often a network's director as a show's.
var asJobNouns = map[string]string{
	"direttore": "director", "direttrice": "director", "regista": "director", "registi": "directors",
	"sceneggiatore": "writer", "sceneggiatrice": "writer", "sceneggiatori": "writers",
	"scrittore": "writer", "scrittrice": "writer", "scrittori": "writers",
	"produttore": "producer", "produttrice": "producer", "produttori": "producers",
	"creatore": "creator", "creatrice": "creator", "ideatore": "creator", "ideatrice": "creator",
	"diretor": "director", "diretora": "director", "diretores": "directors", "roteirista": "writer", "roteiristas": "writers",
	"produtor": "producer", "produtores": "producers", "criador": "creator", "criadora": "creator", "autor": "writer", "autora": "writer",
	"directores": "directors", "productores": "producers", "creador": "creator", "creadora": "creator", "escritor": "writer", "escritora": "writer",
	"réalisateurs": "directors", "scénaristes": "writers", "producteurs": "producers", "créateur": "creator", "créatrice": "creator",
}

// asJobAt reports whether the token after k, the word for "as" at k, is
// one of foreignJobs or asJobNouns; where it is one of asJobNouns, that
// token reads as the English noun, "of the" after it as "of", and "e",
// "et", "y" before the next name, within three words, as "and".
func asJobAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := &toks[k+1]
	if foreignJobsIDs.has(w.id) {
		return true
	}
	if e := asJobNounsIDs.get(w.id); e != "" && !w.cap {
		setLow(w, e)
		if k+2 < len(toks) && jobOfTheIDs.has(toks[k+2].id) {
			setLow(&toks[k+2], "of") // "direttore della serie": "director of series"
		}
		for j := k + 2; j < len(toks)-1 && j <= k+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
			if foreignAndIDs.has(toks[j].id) || toks[j].low == "y" {
				if toks[j+1].cap && toks[j+1].kind == tWord {
					setLow(&toks[j], "and") // "como diretor da novela e B como roteirista"
				}
				break
			}
		}
		return true
	}
	return false
}

// jobOfThe are the words for "of the" after a job noun: "direttore della
// serie", "scrittrice dei copioni", "diretor da novela".
var jobOfThe = set(`della dello del dei degli delle da do das dos du des`)

// workByPhrases are a source work's phrases with "opera", "obra", "œuvre"
// ("work"): "serie tratta dall'opera di X", "basada en la obra de X": "based
// on novel by X", X the original author.
var workByPhrases = map[string][]foreignPhrase{
	"tratta":  {{"tratta dall’opera di", "from novel by", true}, {"tratta dall'opera di", "from novel by", true}},
	"tratto":  {{"tratto dall’opera di", "from novel by", true}, {"tratto dall'opera di", "from novel by", true}},
	"basada":  {{"basada en la obra de", "based on the novel by", true}},
	"basado":  {{"basado en la obra de", "based on the novel by", true}},
	"baseada": {{"baseada na obra de", "based on novel by", true}},
	"baseado": {{"baseado na obra de", "based on novel by", true}},
}

// bracketJobs are job nouns of other languages that open a bracket after
// a name, capitalized: "Tarou Iwasaki (Director de episodios en T)".
var bracketJobs = map[string]string{
	"director": "director", "directora": "director", "diretor": "director", "diretora": "director", "regista": "director",
	"réalisateur": "director", "réalisatrice": "director", "guionista": "writer", "roteirista": "writer", "sceneggiatore": "writer",
	"sceneggiatrice": "writer", "scénariste": "writer", "autor": "writer", "autora": "writer", "productor": "producer",
	"productora": "producer", "produtor": "producer", "produttore": "producer", "producteur": "producer", "creador": "creator",
	"creadora": "creator", "criador": "creator", "criadora": "creator", "créateur": "creator", "créatrice": "creator",
	"diseñador": "designer", "diseñadora": "designer", "compositor": "composer", "compositora": "composer",
}

// bracketJobOf reports, for "de" or "di" at k after a capitalized job noun
// of bracketJobs that opens a bracket after a name ("A (Director de T)"),
// how many words in lower case before a title it passes over ("episodios
// en" of "Director de episodios en T"), and reads the noun as the English
// one in lower case; -1 where the words stand in no such bracket.
func bracketJobOf(toks []token, first, n, k int) int {
	if t := toks[k].low; t != "de" && t != "di" || n < first+3 || toks[n-2].text != "(" || !toks[n-1].cap || toks[n-1].kind != tWord || !toks[n-3].cap || toks[n-3].kind != tWord {
		return -1
	}
	e := bracketJobsIDs.get(toks[n-1].id)
	if e == "" {
		return -1
	}
	j := k + 1
	if j+1 < len(toks) && !toks[j].cap && toks[j].kind == tWord && j+2 < len(toks) && (toks[j+1].low == "en" || toks[j+1].low == "de" || toks[j+1].low == "di" || toks[j+1].low == "in") {
		j += 2 // "Director de episodios en T": "episodios en" passed over
	}
	if j >= len(toks) || !toks[j].cap && !titleOpenQuote(toks[j].text) {
		return -1
	}
	w := &toks[n-1]
	setLow(w, e)
	w.cap = false
	w.flags &^= fName | fChar
	return j - k - 1
}
