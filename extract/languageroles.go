package extract

import "strings"

// A person's earlier roles, plural, in other languages: "A, conocida por
// sus papeles en T1 y T2,", "B, conhecido pelos papéis em T1 e T2", "C,
// connue pour ses rôles dans T1 et T2", "D, nota per i suoi ruoli in T1 e
// T2": "known for her roles in T1 and T2", cast in each title (as the
// singular "conocida por su papel en T" reads, languagecareer.go); "A,
// famosa por T1", Dutch "B, bekend van T2": "known for".

// knownForRolesPhrases are those phrases, keyed by their first word.
var knownForRolesPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(parts, fors, nouns, ins string) { addKnownFor(m, "roles", parts, fors, nouns, ins) }
	add("recordada recordado conocida conocido", "por sus", "papeles actuaciones participaciones interpretaciones trabajos", "en")
	add("lembrada lembrado conhecida conhecido", "por seus, por suas, pelos seus, pelas suas, pelos, pelas", "papéis atuações participações interpretações trabalhos", "em")
	add("connue connu", "pour ses", "rôles interprétations", "dans")
	add("nota noto ricordata ricordato conosciuta conosciuto", "per i suoi, per i, per le sue, per le", "ruoli interpretazioni", "in")
	add("famosa famoso", "por su, por sus", "papel papeles", "en")
	add("famosa famoso", "por seu, por seus, pelo, pelos", "papel papéis", "em")
	// "A, famosa por T1", "B, bekend van T2": "known for T"
	for _, p := range []string{"famosa por", "famoso por", "famosa per", "famoso per", "bekend van", "bekend uit"} {
		k := p[:indexByte(p, ' ')]
		m[k] = append(m[k], foreignPhrase{p, "known for", false})
	}
	return m
}()

// characterPhrases are Portuguese "A vive (viverá, viveu) a personagem C"
// ("o personagem C"): "A plays the character C", as "interpreta o
// personagem C" reads.
var characterPhrases = map[string][]foreignPhrase{
	"vive":   {{"vive a personagem", "plays the character", false}, {"vive o personagem", "plays the character", false}},
	"viverá": {{"viverá a personagem", "plays the character", false}, {"viverá o personagem", "plays the character", false}},
	"viveu":  {{"viveu a personagem", "played the character", false}, {"viveu o personagem", "played the character", false}},
}

// roleHeldBy are French participles of holding or playing a role before
// "par": "Le rôle d'Emily est tenu par A": "The role of Emily is played by
// A"; "C, incarné par A": "C, played by A".
var roleHeldBy = map[string]string{"tenu": "played", "tenue": "played", "campé": "played", "campée": "played",
	"incarné": "played", "incarnée": "played", "incarnés": "played", "incarnées": "played", "joué": "played", "jouée": "played"}

// tracesPhrases are French "C, sous les traits de (d') A": "C, played by A".
var tracesPhrases = map[string][]foreignPhrase{
	"sous": {{"sous les traits de", "played by", true}, {"sous les traits d '", "played by", true}, {"sous les traits d ’", "played by", true}},
}

// livedAt reports whether Portuguese "viveu" ("vive", "viverá") and a
// capitalized word are at k, after "que": "A, que viveu C em “T”" reads as
// "A, who played C in “T”" (the verb read here, as no name is before it).
func livedAt(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].kind != tWord || !toks[k+1].cap || toks[k+1].kind != tWord {
		return false
	}
	switch toks[k].low {
	case "viveu":
		setLow(&toks[k], "played")
	case "vive", "viverá":
		setLow(&toks[k], "plays")
	default:
		return false
	}
	return true
}

// namedPhrases are the phrases of other languages that name a show's
// title: "Esta historia llevará por nombre T", "la serie se titula T", "la
// série s'intitule T", "la fiction si intitola T", "Die Serie trägt den
// Titel T": "is titled T", so T in sentence case runs as after "titulada"
// (genretitles.go). "se llama", "si chiama" ("is called") are left: "su
// personaje se llama Rosa" names a character.
var namedPhrases = map[string][]foreignPhrase{
	"llevará": {{"llevará por nombre", "is titled", true}, {"llevará el nombre de", "is titled", true}},
	"lleva":   {{"lleva por nombre", "is titled", true}, {"lleva el nombre de", "is titled", true}},
	"se":      {{"se titula", "is titled", true}, {"se titulará", "is titled", true}, {"se intitula", "is titled", true}},
	"si":      {{"si intitola", "is titled", true}, {"si intitolerà", "is titled", true}},
	"trägt":   {{"trägt den titel", "is titled", true}},
}

// namedCues are French "s'intitule", one word as written: "titled".
var namedCues = map[string]string{"s'intitule": "titled", "s’intitule": "titled", "s'intitulera": "titled", "s’intitulera": "titled"}

// elidedTitleAt reports whether French "l'" at k opens a title after "seen
// in", "appeared in", "starred in" (read from "vu dans", "révélé dans",
// ...): "Tomo Rask, vu dans l'Agence Bleue": the title is "l'Agence
// Bleue", its article kept, not "the" and a name "Agence Bleue".
func elidedTitleAt(toks []token, first, n, k int) bool {
	if toks[k].low != "l" || toks[k].cap || n < first+2 || toks[n-1].low != "in" || k+2 >= len(toks) || !isApos1(toks[k+1].text) || toks[k+1].start != toks[k].end || !toks[k+2].cap {
		return false
	}
	switch toks[n-2].low {
	case "seen", "appeared", "starred":
		return true
	}
	return false
}

// elidedTitle is the word of "l", its apostrophe and the capitalized word
// at k: one token, as the tokenizer keeps "L'Agence".
func elidedTitle(toks []token, k int) token {
	u := toks[k+2]
	u.start = toks[k].start
	u.text = toks[k].text + toks[k+1].text + u.text
	setLow(&u, toks[k].low+toks[k+1].text+u.low)
	return u
}

// appearedPhrases are a person's earlier work in other languages: "A fez
// (uma) participação em “T”", "estreou em “T”", "se destacou em “T”",
// "hizo una participación en", "debutó en", "a fait une apparition dans",
// "ha debuttato in": "appeared in T", cast in T.
var appearedPhrases = map[string][]foreignPhrase{
	"fez":       {{"fez participação em", "appeared in", false}, {"fez uma participação em", "appeared in", false}, {"fez participação na", "appeared in the", false}},
	"fazer":     {{"fazer participação em", "appeared in", false}, {"fazer uma participação em", "appeared in", false}},
	"estreou":   {{"estreou em", "appeared in", false}, {"estreou na", "appeared in", false}},
	"estrear":   {{"estrear em", "appeared in", false}},
	"destacou":  {{"destacou em", "appeared in", false}},
	"destacar":  {{"destacar em", "appeared in", false}},
	"hizo":      {{"hizo una participación en", "appeared in", false}, {"hizo participación en", "appeared in", false}},
	"debutó":    {{"debutó en", "appeared in", false}},
	"a":         {{"a fait une apparition dans", "appeared in", false}},
	"débuté":    {{"débuté dans", "appeared in", false}},
	"debuttato": {{"debuttato in", "appeared in", false}},
}

// roleInShowPhrases are "plays the role of" with the show's noun between
// the verb and the role: Dutch "A speelt in de serie de rol van C", German
// "A spielt in der Serie die Rolle der C": "A plays C", in the sentence's
// show.
var roleInShowPhrases = map[string][]foreignPhrase{
	"speelt": {{"speelt in de serie de rol van", "plays", true}, {"speelt in de film de rol van", "plays", true}, {"speelt in de reeks de rol van", "plays", true}},
	"spielt": {{"spielt in der serie die rolle der", "plays", true}, {"spielt in der serie die rolle des", "plays", true},
		{"spielt im film die rolle der", "plays", true}, {"spielt im film die rolle des", "plays", true}},
}

// inCastPhrases are "is (will be) in the cast of" in other languages: "A
// está no elenco de “T”", "B estará no elenco da novela", "C sarà nel cast
// della serie", "D está en el elenco de T", "E sera au casting de T": "joins
// the cast of", cast in T (or the sentence's show).
var inCastPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(verbs, rest string) {
		for _, v := range strings.Fields(verbs) {
			for _, r := range strings.Split(rest, ",") {
				r = strings.TrimSpace(r)
				words := v + " " + r
				english := "joins the cast of"
				switch {
				case strings.Count(words, " ") < 3:
					continue
				case strings.HasSuffix(r, " da") || strings.HasSuffix(r, " della") || strings.HasSuffix(r, " del") || strings.HasSuffix(r, " du"):
					english = "joins cast of the"
				}
				m[v] = append(m[v], foreignPhrase{words, english, false})
			}
		}
	}
	add("está estará", "no elenco de, no elenco da")
	add("è sarà", "nel cast di, nel cast della")
	add("está estará", "en el elenco de, en el elenco del, en el reparto de, en el reparto del")
	add("est sera", "au casting de, au casting du")
	return m
}()

// leadsPhrases are German "die Hauptdarsteller A und B", "die
// Hauptdarstellerin C" before a name: "starring A and B"; and Spanish and
// Portuguese "A y B fueron anunciados como los protagonistas", "foram
// confirmados como os protagonistas": "were announced as the leads", cast
// in the sentence's show.
var leadsPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	for _, w := range strings.Fields("die der") {
		for _, n := range strings.Fields("hauptdarsteller hauptdarstellerin hauptdarstellerinnen") {
			m[w] = append(m[w], foreignPhrase{w + " " + n, "starring", true})
		}
	}
	for _, v := range strings.Fields("fueron foram serán serão") {
		for _, p := range strings.Fields("anunciados anunciadas confirmados confirmadas") {
			for _, a := range strings.Fields("los las os as") {
				m[v] = append(m[v], foreignPhrase{v + " " + p + " como " + a + " protagonistas", "were announced as the leads", false})
			}
		}
	}
	return m
}()

// afterAppearingPhrases are a person's earlier work named in an aside by
// "after appearing in" in other languages: Portuguese "A, após se destacar
// em “T1” e fazer participação em “T2”,", "depois de atuar em", Spanish
// "tras participar en", "después de destacar en", French "après avoir joué
// dans", Italian "dopo aver recitato in": "A, who appeared in “T1” and
// appeared in “T2”,", cast in each title; "B, que se destacou em “T3”" as
// "B, who appeared in “T3”".
var afterAppearingPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(afters, and, verbs string) {
		for _, v := range strings.Split(verbs, ",") {
			v = strings.TrimSpace(v)
			for _, a := range strings.Split(afters, ",") {
				words := strings.TrimSpace(a) + " " + v
				k := words[:indexByte(words, ' ')]
				m[k] = append(m[k], foreignPhrase{words, "who appeared in", false})
			}
			m[and] = append(m[and], foreignPhrase{and + " " + v, "and appeared in", false}) // "e fazer participação em T2"
		}
	}
	add("após, depois de", "e", "se destacar em, se destacar na, fazer participação em, fazer uma participação em, atuar em, participar de, estrear em, brilhar em")
	add("tras, después de", "y", "destacar en, participar en, actuar en, debutar en, brillar en, hacer una participación en")
	add("après avoir", "et", "joué dans, tourné dans, brillé dans")
	add("dopo aver, dopo avere", "e", "recitato in, partecipato a")
	// "B, que se destacou em “T3”", "C, que se destacó en T4": "who appeared in"
	for _, p := range []string{"que se destacou em", "que se destacou na", "que se destacou no", "que se destacó en", "que brilhou em", "que brilló en"} {
		m["que"] = append(m["que"], foreignPhrase{p, "who appeared in", false})
	}
	return m
}()
