package extract

import "strings"

// Crew and cast cues of French, Italian, Portuguese and Spanish news that
// recur across outlets, made from each language's function words (an
// article, a job's noun, a copula, a participle of signing or writing,
// "by") rather than listed phrase by phrase:
//
//   - a credits line's crew label: "Realização: A", "Argumento: B",
//     "Realização e argumento: C", "Réalisation et scénario : D", "Regia e
//     sceneggiatura: E", "Mise en scène : F" read as "Director: A",
//     "Writer: B", "Director and writer: C";
//   - who signed the script or the directing: "o argumento é assinado por
//     A", "a realização é de B", "la mise en scène est signée par C", "le
//     scénario a été écrit par D", "il soggetto è firmato da E", "la regia
//     è curata da F", "el guion fue escrito por G" read as "the writers
//     are A", "the directors are B";
//   - a cast list opened by "among the players": "Tra i principali
//     interpreti troviamo A e B", "Entre os atores estão A e B", "Parmi les
//     comédiens figurent A et B" read as "in the cast are A and B", and
//     "Nel cast A e B" (no verb) as "starring A and B";
//   - the players named after the leads: "acompanhados por A e B",
//     "affiancati da A", "accompagnée de A", "acompañado por A" read as
//     "alongside A";
//   - the plural participles of making a show: "as personagens criadas por
//     A", "les séries créées par B", "i personaggi creati da C": "created
//     by";
//   - the source work's author: "inspirado no livro homônimo de A",
//     "adaptée du livre de B", "ispirata al romanzo di C": "based on
//     novel by".
//
// Each phrase is read only before a capitalized word where a name must
// follow ("a realização é de A"), so "a realização é de grande qualidade"
// stays as it is.

// romancePhrases are read as foreignPhrases'.
var romancePhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(words, english string, beforeName bool) {
		k := words
		if i := indexByte(words, ' '); i >= 0 {
			k = words[:i]
		}
		m[k] = append(m[k], foreignPhrase{words, english, beforeName})
	}
	type lang struct {
		and                  string
		directors, writers   []string // job nouns with their article: "a realização"
		copulas, participles []string
		by, of               string
	}
	langs := []lang{
		{and: "e", directors: []string{"a realização", "a direção", "a direcção"}, writers: []string{"o argumento", "o roteiro", "o guião"},
			copulas: []string{"é", "foi", "será", "ficou"}, participles: []string{"assinado", "assinada", "escrito", "escrita"}, by: "por", of: "de"},
		{and: "et", directors: []string{"la réalisation", "la mise en scène"}, writers: []string{"le scénario"},
			copulas: []string{"est", "a été", "sera"}, participles: []string{"signé", "signée", "écrit", "assuré", "assurée"}, by: "par", of: "de"},
		{and: "e", directors: []string{"la regia"}, writers: []string{"la sceneggiatura", "il soggetto"},
			copulas: []string{"è", "è stata", "è stato", "sarà"}, participles: []string{"firmata", "firmato", "curata", "curato", "scritta", "scritto"}, by: "da", of: "di"},
		{and: "y", directors: []string{"la dirección"}, writers: []string{"el guion", "el guión"},
			copulas: []string{"es", "fue", "será"}, participles: []string{"firmada", "firmado", "escrita", "escrito"}, by: "por", of: "de"},
	}
	noun := func(withArticle string) string { return withArticle[indexByte(withArticle, ' ')+1:] }
	for _, l := range langs {
		for _, group := range []struct {
			nouns   []string
			english string
		}{{l.directors, "the directors are"}, {l.writers, "the writers are"}} {
			for _, n := range group.nouns {
				for _, c := range l.copulas {
					add(n+" "+c+" "+l.of, group.english, true)
					for _, p := range l.participles {
						add(n+" "+c+" "+p+" "+l.by, group.english, false)
					}
				}
			}
		}
		// labels: "Realização e argumento: A", "Regia e sceneggiatura: B"
		for _, d := range l.directors {
			for _, w := range l.writers {
				add(noun(d)+" "+l.and+" "+noun(w)+" :", "director and writer :", true)
				add(noun(w)+" "+l.and+" "+noun(d)+" :", "writer and director :", true)
			}
		}
	}
	// Portuguese "com argumento de A", "tem realização de B", "realizado
	// por C", "escrito e realizado por D", "sob a direção de E"
	for _, w := range []string{"realização de", "direção de", "direcção de"} {
		add(w, "directed by", true)
	}
	for _, n := range []string{"realização de", "direção de", "direcção de"} {
		// "direção de arte", "de fotografia": another job, no director
		for _, dept := range []string{"arte", "fotografia", "elenco", "produção", "som", "atores", "actores", "casting"} {
			add(n+" "+dept, n+" "+dept, false) // read as itself
		}
		add(n+" fotografia :", "cinematographer :", true)
	}
	for _, w := range []string{"argumento de", "roteiro de", "guião de"} {
		add(w, "written by", true)
	}
	for _, w := range []string{"realizado por", "realizada por", "realizados por", "realizadas por"} {
		add(w, "directed by", true)
	}
	for _, w := range []string{"escrito e realizado por", "escrita e realizada por", "escrito e dirigido por", "escrita e dirigida por"} {
		add(w, "written and directed by", true)
	}
	add("sotto la direzione di", "directed by", true)
	add("realização :", "director :", true)
	add("argumento :", "writer :", true)
	add("mise en scène :", "director :", true)
	// "Tra i principali interpreti troviamo A e B": "in the cast are A and B"
	for _, among := range []string{"tra i", "tra gli", "tra i principali", "entre os", "entre os principais", "parmi les", "parmi les principaux"} {
		for _, who := range []string{"interpreti", "attori", "protagonisti", "atores", "intérpretes", "protagonistas", "interprètes", "acteurs", "comédiens"} {
			for _, verb := range []string{"troviamo", "figurano", "ci sono", "spiccano", "estão", "figuram", "on retrouve", "on trouve", "figurent", ","} {
				add(among+" "+who+" "+verb, "in the cast are", true)
			}
		}
	}
	// the source work's author: a participle of basing, adapting or
	// inspiring, "on the", a noun of a book ("éponyme", "homônimo" after
	// it), "by": "inspirado no livro homônimo de A", "adaptée du livre de
	// B", "ispirata al romanzo di C": "based on novel by"
	for _, src := range []struct{ parts, preps, nouns, adjs, by string }{
		{"baseada baseado inspirada inspirado adaptada adaptado", "no do", "livro romance", "homônimo homónimo", "de"},
		{"adaptée adapté inspirée inspiré tirée tiré", "du", "livre roman", "éponyme", "de"},
		{"ispirata ispirato tratta tratto basata basato adattata adattato", "al dal sul", "romanzo libro", "omonimo", "di"},
	} {
		for _, p := range splitFields(src.parts) {
			for _, in := range splitFields(src.preps) {
				for _, n := range splitFields(src.nouns) {
					add(p+" "+in+" "+n+" "+src.by, "based on novel by", true)
					for _, a := range splitFields(src.adjs) {
						add(p+" "+in+" "+n+" "+a+" "+src.by, "based on novel by", true)
					}
				}
			}
		}
	}
	for _, w := range []string{"adaptation du livre de", "adaptation du roman de", "adaptation du livre éponyme de", "adaptation du roman éponyme de"} {
		add(w, "based on novel by", true)
	}
	add("nel cast", "starring", true)
	for _, w := range []string{"acompanhado por", "acompanhada por", "acompanhados por", "acompanhadas por", "affiancato da", "affiancata da",
		"affiancati da", "affiancate da", "accompagné de", "accompagnée de", "accompagnés de", "accompagnées de", "acompañado por", "acompañada por",
		"acompañados por", "acompañadas por", "acompañado de", "acompañada de", "acompañados de", "acompañadas de"} {
		add(w, "alongside", true)
	}
	for _, w := range []string{"criadas por", "criados por", "créées par", "créés par", "creati da", "create da", "creadas por", "creados por"} {
		add(w, "created by", true)
	}
	return m
}()

// guillemetQuoted reports whether s quotes in guillemets, as French,
// Italian and Portuguese headlines quote a title: "« T » : A rejoint le
// casting", "«T», A entra nel cast". A headline whose title is quoted so
// bounds its title as one in curly quotes does (castHeadline).
func guillemetQuoted(s string) bool {
	return strings.Contains(s, "«") && strings.Contains(s, "»")
}
