package extract

// crewLabelPhrases are read as foreignPhrases': a crew job's word of
// German, Dutch, Swedish, Danish or Norwegian as a credits line's label
// ("Regie: A; Drehbuch: B", "Regi: A", "Manus: B") or in brackets after a
// name ("A (Regie) und B (Drehbuch)"), read as the English job noun:
// "Director: A; writer: B", "A (director) and B (writer)".
var crewLabelPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	for w, e := range map[string]string{"regie": "director", "regi": "director", "instruktion": "director", "drehbuch": "writer", "buch": "writer",
		"manus": "writer", "manuskript": "writer", "scenario": "writer", "produsent": "producer", "producent": "producer"} {
		m[w] = append(m[w], foreignPhrase{w + " :", e + " :", true}, foreignPhrase{w + " )", e + " )", false})
	}
	return m
}()
