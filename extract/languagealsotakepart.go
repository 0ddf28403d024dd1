package extract

// "A e B também irão participar", "A y B también participarán": names
// that also take part, said after a work's cast was named, read as "A and
// B will also star". "A, B e C participam da novela" (of the plot, the
// series, the cast, the first episodes) likewise as "A, B and C also
// star": the work named by its noun, never an event ("participam da
// cerimônia" is no phrase of them).
var alsoTakePartPhrases = map[string][]foreignPhrase{
	"também": append([]foreignPhrase{{"também irão participar", "will also star", false}, {"também vão participar", "will also star", false},
		{"também irá participar", "will also star", false}, {"também vai participar", "will also star", false}},
		append(takePartInWork("também participam", "also star"), takePartInWork("também participa", "also stars")...)...),
	"participam": takePartInWork("participam", "also star"),
	"participa":  takePartInWork("participa", "also stars"),
	"también":    {{"también participarán", "also star", false}, {"también participará", "also stars", false}},
}

// takePartWorks are the nouns of a work, with their contracted article,
// after the Portuguese "participar": "da novela", "dos primeiros capítulos".
var takePartWorks = []string{"da novela", "da trama", "da série", "da serie", "do elenco", "do filme",
	"dos primeiros capítulos", "dos capítulos", "da minissérie", "da produção"}

// takePartInWork is verb before each of takePartWorks, read as english.
func takePartInWork(verb, english string) []foreignPhrase {
	ps := make([]foreignPhrase, 0, len(takePartWorks))
	for _, w := range takePartWorks {
		ps = append(ps, foreignPhrase{verb + " " + w, english, false})
	}
	return ps
}
