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
	if foreignJobs[w.low] {
		return true
	}
	if e := asJobNouns[w.low]; e != "" && !w.cap {
		setLow(w, e)
		if k+2 < len(toks) && jobOfThe[toks[k+2].low] {
			setLow(&toks[k+2], "of") // "direttore della serie": "director of series"
		}
		for j := k + 2; j < len(toks)-1 && j <= k+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
			if foreignAnd[toks[j].low] || toks[j].low == "y" {
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
