package extract

// The direction of a block of "Name: Name" lines. A line of two names of
// two words or more either side of a colon reads as "Character: Actor";
// where a line of the same block has one word after its colon and a full
// name before it ("Akihisa Shiono: Kashima", "Miyu Yoshimoto: Hana"), the
// block is "Actor: Character", and so is each of its lines ("Keisuke
// Watanabe: Natsuki Seiba" under "Si tratta di:", "Joining them:").

// actorFirstBlock reports whether a line next to the current one, in the
// run of colon lines it belongs to (up to eight either way), has a
// capitalized name of two to four words before its colon and one
// capitalized word alone after it.
func (x *extractor) actorFirstBlock() bool {
	for _, step := range [2]int{-1, 1} {
		for j := x.sentAt + step; j >= 0 && j < len(x.sents) && j != x.sentAt+9*step; j += step {
			s := &x.sents[j]
			if !s.head {
				break
			}
			switch colonLineShape(s.toks) {
			case 0:
				return false
			case 2:
				return true
			}
		}
	}
	return false
}

// colonLineShape is 0 where the line t is no "Name: Name" line, 2 where
// one word alone follows its colon after a name of two to four words
// ("Aya Ueto: Aoi" reads as an actor and a character), else 1.
func colonLineShape(t []token) int {
	b := bulletEnd(t)
	sep := -1
	for k := b; k < len(t) && k < b+6; k++ {
		if t[k].text == ":" {
			sep = k
			break
		}
		if t[k].kind != tWord || !t[k].cap && !nameParticlesIDs.has(t[k].id) {
			return 0
		}
	}
	if sep < b+1 || sep+1 >= len(t) {
		return 0
	}
	for k := sep + 1; k < len(t); k++ {
		if t[k].kind != tWord || !t[k].cap && !nameParticlesIDs.has(t[k].id) {
			return 0
		}
	}
	if sep-b >= 2 && len(t) == sep+2 && !t[sep+1].has(cStopWords|cJobNoun|cCastNouns) {
		return 2
	}
	return 1
}
