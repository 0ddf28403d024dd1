package extract

import "strings"

// A staff list whose subject names the work before its verb: "The
// directors for the first season include A, B and C", "Writers on the new
// series are A and B", "Producers of the film include A". The job noun
// opens the subject, a phrase of the work follows it, and the list after
// "include" or "are" holds that job: crew, not the cast a bare "include"
// reads.

// jobPhraseWords are the prepositions that open the phrase of the work
// after the job noun.
var jobPhraseWords = set(`for of on in behind`)

// jobSubjectOpeners may stand before the job noun that opens the subject:
// "the directors", "other writers", "its producers".
var jobSubjectOpeners = set(`the other its their his her additional new main lead`)

// jobOverPhrase is jobBeforeTrigger past a phrase of the work: the trigger
// verb at start-1 has a subject that opens with a plural job noun, then a
// preposition and the work ("for the first season", "on the new series",
// "of the film"), up to nine words back and no punctuation or name
// between. It gives the job, or false.
func (x *extractor) jobOverPhrase(start int) (string, bool) {
	for m := start - 2; m >= 1 && m >= start-9; m-- {
		w := &x.toks[m]
		if w.kind == tPunct || w.cap && m > 0 && !x.toks[m-1].cap && w.kind != tNum && !jobPhraseWords[x.toks[m-1].low] {
			return "", false // a clause or a name between: not the subject's phrase
		}
		if !jobPhraseWords[w.low] || w.cap {
			continue
		}
		j := &x.toks[m-1]
		job, ok := jobNounsIDs.lookup(j.id) // as jobBeforeTrigger asks it
		if !ok || j.cap && m > 1 || !strings.HasSuffix(j.low, "s") || job == "" {
			continue // "The cast for the season includes": no job noun
		}
		if l := x.tok(m + 1).low; w.low == "of" && (l == "photography" || l == "cinematography") {
			return "", false // "directors of photography": no job of the contract's
		}
		if o := x.tok(m - 2); o.kind == tWord && !o.cap && !jobSubjectOpeners[o.low] {
			continue // "stars who worked with directors on the film include": the job noun is no subject's head
		}
		return job, true
	}
	return "", false
}
