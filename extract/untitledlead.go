package extract

// An opening that names its work as untitled: "The shooting of director X's
// untitled film began", "an unnamed thriller starring A". The titles the
// next sentences name are the people's other works ("whose previous movie
// T", "two other films titled T1 and T2"), not the show the article is
// about, so the opening's readers stop at such a sentence.

// untitledLeadAt reports whether sentence i names a work of its own as
// untitled: "untitled" or "unnamed" before a genre noun or "project" within
// three words ("X's untitled film", "an untitled Tamil thriller").
func (x *extractor) untitledLeadAt(i int) bool {
	s := &x.sents[i]
	t := s.toks
	for k := range t {
		if l := t[k].low; l != "untitled" && l != "unnamed" && l != "yet-untitled" {
			continue
		}
		for m := k + 1; m < len(t) && m <= k+3; m++ {
			if t[m].kind != tWord {
				break
			}
			if t[m].has(cGenreNouns) && !t[m].cap || t[m].low == "project" {
				return true
			}
		}
	}
	return false
}
