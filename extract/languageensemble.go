package extract

// Cast lines and drama nouns in Swedish, Danish, Portuguese, Spanish and
// Italian: "I rollerna syns bland annat A, B och C" and "På rollistan
// finns även A" read as "starring A, B and C" and "also starring A"; "A, B
// e C também estão entre o elenco" as "A, B and C are also in the cast";
// Italian "la nuova fiction", "la fiction" (a television drama) as "the new
// series", "the series"; "sceneggiato da X" as "written by X", "scritta e
// diretta da X" as "written and directed by X".

// ensemblePhrases are read as foreignPhrases'.
var ensemblePhrases = map[string][]foreignPhrase{
	// Swedish and Danish: "in the roles are seen", "on the cast list are"
	"i": {{"i rollerna syns bland annat", "starring", false}, {"i rollerna syns", "starring", false}, {"i rollerne ses", "starring", false},
		{"i övriga roller syns", "also starring", false}, {"i andra roller syns", "also starring", false}},
	"på": {{"på rollistan finns även", "also starring", false}, {"på rollistan finns också", "also starring", false}, {"på rollistan finns", "starring", false}},
	// Portuguese and Spanish: "are (also) among the cast"
	"também":  {{"também estão entre o elenco", "are also in the cast", false}, {"também está entre o elenco", "is also in the cast", false}},
	"también": {{"también están entre el elenco", "are also in the cast", false}, {"también están entre el reparto", "are also in the cast", false}},
	"estão":   {{"estão entre o elenco", "are in the cast", false}},
	"está":    {{"está entre o elenco", "is in the cast", false}},
	"están":   {{"están entre el elenco", "are in the cast", false}, {"están entre el reparto", "are in the cast", false}},
	// Italian: "fiction" after an article is a television drama
	"la":  {{"la nuova fiction", "the new series", false}, {"la fiction", "the series", false}},
	"una": {{"una nuova fiction", "a new series", false}, {"una fiction", "a series", false}},
}

// ensembleByCues are read as foreignByCues' before "da" ("by").
var ensembleByCues = map[string]string{
	"sceneggiato": "written", "sceneggiata": "written", "sceneggiati": "written", "sceneggiate": "written",
}

// coordinatedAnd are the words for "and" between two participles before
// "by": "scritta e diretta da", "escrita e dirigida por", "écrite et
// réalisée par", "skriven och regisserad av".
var coordinatedAnd = map[string]bool{"e": true, "et": true, "y": true, "och": true, "og": true, "und": true, "en": true}

// coordinatedByAt reports whether the participle of foreignByCues at k is
// the first of two joined by "and" before "by": "scritta e diretta da X"
// reads as "written and directed by X", the second participle read at its
// own turn.
func coordinatedByAt(toks []token, k int) bool {
	if k+3 >= len(toks) || !coordinatedAndIDs.has(toks[k+1].id) || !foreignByIDs.has(toks[k+3].id) {
		return false
	}
	e, ok := foreignByCuesIDs.lookup(toks[k+2].id)
	return ok && e != "starring"
}
