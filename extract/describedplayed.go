package extract

// describedSubject reports whether the sentence's subject, the words before
// j (where the verb of "played by" starts), is a part described in lower
// case with no name: "The hero's mother will be played by X", "The role
// will be played by X", "A mãe do rapaz vai ser interpretada por X" (read
// as "The mother of the boy will be played by X"). An adverb may open the
// sentence before the article ("Já a mãe").
func (x *extractor) describedSubject(j int) bool {
	s := 0
	if j > 2 && x.tok(0).cap && x.tok(0).kind == tWord && subjectOpenersIDs.has(x.tok(1).id) && !x.tok(1).cap {
		s = 1
	}
	if j-s < 2 || j-s > 8 || !subjectOpenersIDs.has(x.tok(s).id) {
		return false
	}
	for i := s + 1; i < j; i++ {
		t := x.tok(i)
		if t.kind == tPoss && i > s+1 {
			continue // "the hero's mother"
		}
		if t.kind != tWord || t.cap || t.has(cGenreNouns) || playedThingsIDs.has(t.id) {
			return false // a name, a title or a thing played: "the theme song"
		}
	}
	return true
}

// subjectOpeners are the articles and possessives a described part opens
// with.
var subjectOpeners = set(`the a an his her their its`)

// playedThings are nouns of what is played that is no part: "the song
// played by X".
var playedThings = set(`song songs music theme tune score piano guitar game games match instrument track anthem`)
