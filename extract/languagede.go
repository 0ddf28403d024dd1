package extract

// German word order that languages.go's word for word reading misses:
// nouns written in capitals after an article ("ein Film mit A", "die neue
// Krimiserie"), and the participle at the end of its clause ("Die
// Hauptrollen werden von A und B gespielt", "C wird von A dargestellt").

import "strings"

// germanArticles are the German articles before
// which a capitalized noun of works, "Film", "Serie" or a compound of
// them ("Krimiserie", "Fernsehfilm"), is that noun in lower case: "ein
// Film mit A und B" reads as "a film with A and B".
var germanArticles = map[string]string{
	"ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a",
	"der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "des": "the", "im": "in",
	"als": "as", // "gab es 1982 als Film mit A": "as film with A"
}

// germanParticiples are participles read, at the end of a passive clause
// after "von", as foreignByCues' are before it: "von A verkörpert" as
// "played by A".
var germanParticiples = map[string]string{"verkörpert": "played", "übernommen": "played", "gesprochen": "voiced", "synchronisiert": "voiced"}

// germanPhrases are read as foreignPhrases': "mit A und B in den
// Hauptrollen" as "starring A and B in the leads". The roles as a label,
// "In den Hauptrollen: A, B und C", "In den weiteren Rollen: D und E",
// "Weitere Rollen: F", read as "Starring A" and "Also starring D" (the
// colon dropped; only before a name).
var germanPhrases = map[string][]foreignPhrase{
	"in": {{"in den hauptrollen", "in the leads", false}, {"in der hauptrolle ist", "starring is", false}, {"in der hauptrolle", "in the lead", false},
		{"in den hauptrollen :", "starring", true}, {"in der hauptrolle :", "starring", true},
		{"in den weiteren rollen :", "also starring", true}, {"in weiteren rollen :", "also starring", true},
		{"in den nebenrollen :", "also starring", true}, {"in nebenrollen :", "also starring", true},
		{"in den weiteren rollen sind", "also starring are", false}, {"in den nebenrollen sind", "also starring are", false}},
	"weitere": {{"weitere rollen :", "also starring", true}, {"weitere darsteller :", "also starring", true}},
	"unter":   {{"unter anderem", "", true}}, // "mit unter anderem A": "among others" before the names, dropped
}

// germanAux are the forms of "werden" before "von" in a passive whose
// participle closes the clause ("C wird von A gespielt"), as languages.go
// may have read them already, and the English they read as.
var germanAux = map[string]string{"wird": "is", "werden": "are", "wurde": "was", "wurden": "were", "is": "is", "are": "are", "was": "was"}

// germanRoleNouns are German nouns of a character's trade or kin, written
// in capitals, that after an article and before a name are no part of it:
// "spielt die Kommissarin Lene Falk".
var germanRoleNouns = set(`kommissarin kommissar hauptkommissarin hauptkommissar ermittlerin ermittler inspektorin inspektor
	ärztin arzt polizistin polizist anwältin anwalt staatsanwältin staatsanwalt richterin richter lehrerin lehrer
	journalistin journalist detektivin detektiv chefin chef pfarrerin pfarrer bürgermeisterin bürgermeister
	mutter vater tochter sohn schwester bruder witwe rechtsanwältin rechtsanwalt rechtsbeistand verteidigerin verteidiger
	professorin professor kapitänin kapitän chirurgin chirurg pflegerin pfleger psychologin agentin agent`)

// germanRoleNoun reports whether low is a noun of germanRoleNouns or its
// genitive after "des" ("die Rolle des Anwalts C", "des Arztes C").
func germanRoleNoun(low, article string) bool {
	if germanRoleNouns[low] {
		return true
	}
	if article != "des" || len(low) < 4 || low[len(low)-1] != 's' {
		return false
	}
	return germanRoleNouns[low[:len(low)-1]] || low[len(low)-2] == 'e' && germanRoleNouns[low[:len(low)-2]]
}

// genrePrefixes are the genres before a hyphen and a noun of works that
// make it a genre's noun, not a network's: "Crime-Serie", "Comedy-Serie".
var genrePrefixes = set(`crime comedy drama mystery thriller horror sitcom event fantasy science krimi action`)

// germanWorkNoun is the English noun a capitalized German noun of works
// reads as ("Film", "Serien", "Krimiserie", "Fernsehfilm"), or "" (for
// one joined to a name by a hyphen too).
func germanWorkNoun(low string) string {
	switch {
	case strings.ContainsAny(low, "-."):
		if i := strings.IndexByte(low, '-'); i > 0 && genrePrefixes[low[:i]] && !strings.Contains(low[i+1:], "-") {
			return germanWorkNoun(low[i+1:]) // "Crime-Serie", "Comedy-Serie": a genre's, "series"
		}
		return "" // "Netflix-Serie", "Sat.1-Film": a network's work, its name kept
	case strings.HasSuffix(low, "serie"), strings.HasSuffix(low, "serien"):
		return "series"
	case strings.HasSuffix(low, "film"):
		return "film"
	case strings.HasSuffix(low, "filme"), strings.HasSuffix(low, "filmen"):
		return "films"
	}
	return ""
}

// readGermanNoun reads, after the German article at k, the capitalized
// noun of works it goes with (past one word in lower case: "der neuen
// Krimiserie") as the English noun in lower case, and the article as "the"
// or "a"; it reports whether it did.
func readGermanNoun(toks []token, k int, t *token) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		w := &toks[j]
		if w.kind != tWord {
			return false
		}
		if !w.cap {
			continue
		}
		if (germanRoleNoun(w.low, t.low) || j == k+1 && germanCompoundTrade(toks, j)) && j+1 < len(toks) && toks[j+1].cap && toks[j+1].kind == tWord && t.low != "als" { // "als Kommissar C": the character's title
			w.cap = false // "die Kommissarin Lene Falk": "the detective Lene Falk", the noun no part of the name
			w.flags &^= fName | fChar
			setLow(t, germanArticlesIDs.get(t.id))
			t.flags &^= fName | fChar
			return true
		}
		e := germanWorkNoun(w.low)
		if e == "" && j == k+2 && newWordsIDs.has(toks[k+1].id) && j+1 < len(toks) && titleOpenQuote(toks[j+1].text) {
			e = networkWorkNoun(w.low) // "der neuen ARD-Serie «T»": a new work, its title in quotes after it
		}
		if e == "" && j == k+1 && germanArticlesIDs.get(t.id) == "a" && (j+1 == len(toks) || !toks[j+1].cap || toks[j+1].kind != tWord) {
			w.cap = false // "spielt eine Bäuerin": a noun after "a", no character's name
			w.flags &^= fName | fChar
			return false
		}
		if e == "" || j == k+2 && toks[k+1].kind != tWord {
			return false
		}
		setLow(w, e)
		w.cap = false
		w.flags &^= fName | fChar
		setLow(t, germanArticlesIDs.get(t.id))
		t.flags &^= fName | fChar
		return true
	}
	return false
}

// germanPassiveEnd is, for the "von" at k after a form of "werden" (the
// last of the n tokens kept from first, or before a capitalized name
// there: "C wird von A gespielt", "wird C von A gespielt"), the participle
// of foreignByCues, moreForeignByCues or germanParticiples that closes the
// clause: "werden von A und B gespielt", within a dozen words, before a
// comma or a full stop. It returns the participle's index and its English
// (-1 where there is none), and reads the form of "werden" as English.
func germanPassiveEnd(toks []token, first, n, k int) (int, string) {
	a := n - 1
	for a > first && a >= n-3 && toks[a].cap && toks[a].kind == tWord && germanAuxIDs.get(toks[a].id) == "" {
		a--
	}
	if a < first || germanAuxIDs.get(toks[a].id) == "" {
		return -1, ""
	}
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		w := &toks[j]
		if w.kind != tWord {
			if w.text == "," || w.text == "." || w.text == ";" || w.text == ":" {
				return -1, ""
			}
			continue
		}
		if w.cap {
			continue
		}
		e, ok := foreignByCuesIDs.lookup(w.id)
		if !ok {
			e, ok = germanParticiplesIDs.lookup(w.id)
		}
		if !ok || e == "starring" {
			if j+1 < len(toks) && toks[j+1].kind == tWord {
				continue // "von A und B": the list's "und" read already
			}
			return -1, ""
		}
		if j+1 < len(toks) && toks[j+1].kind == tWord {
			return -1, "" // the participle does not close the clause
		}
		setLow(&toks[a], germanAuxIDs.get(toks[a].id))
		return j, e
	}
	return -1, ""
}

// readGermanPassive reads "von" at k (t), whose clause the participle at j
// closes, as the participle's English e and "by": "von A gespielt" as
// "played by A", an article before a noun of people after "von" read as
// "by" ("von den Schauspielerinnen A": "played by actresses A"), else the
// words up to j moved on by one, over the participle, to make room for
// "by". The caller drops the participle where it is still at j.
func readGermanPassive(toks []token, k, j int, e string, t *token) {
	if k+2 < len(toks) && germanArticlesIDs.get(toks[k+1].id) != "" && foreignNounsIDs.get(toks[k+2].id) != "" {
		setLow(&toks[k+1], "by")
		toks[k+1].flags &^= fName | fChar
	} else {
		copy(toks[k+2:j+1], toks[k+1:j])
		toks[k+1] = *t
		setLow(&toks[k+1], "by")
	}
	setLow(t, e)
}

// closeGermanQuote reads the first “ after the „ at k, within a dozen
// tokens, as the closing ”: „T“ is “T” in English print.
func closeGermanQuote(toks []token, k int) {
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].text == "“" {
			toks[j].text, toks[j].low = "”", "”"
			return
		}
		if toks[j].text == "”" || toks[j].text == "„" {
			return
		}
	}
}

// germanSecondVerbs are the German verbs of playing that, second in their
// sentence after an adverbial ("In der Serie spielt A die Rolle von C",
// "Seit 2020 verkörpert A den Kommissar C"), come before their subject.
var germanSecondVerbs = map[string]bool{"spielt": true, "spielte": true, "verkörpert": true, "verkörperte": true, "übernimmt": true, "übernahm": true, "mimt": true, "mimte": true, "gehören": true, "gehört": true}

// germanAdverbs are German adverbs that, first in a sentence, put the
// verb before its subject: "Daneben spielt A die Rolle des C"; with the
// Danish, Norwegian and Swedish ones that do so: "Desuden medvirker A",
// "Dessutom spelar B", "spiller også C".
var germanAdverbs = set(`außerdem zudem daneben dabei darin hier dort nun jetzt heute damals zuletzt ebenfalls auch erneut wieder
	künftig bisher früher später dann danach anschließend zuvor demnächst bald
	desuden derudover endvidere dessuden dessutom også också även ligeledes likaså`)

// germanSubjectEnd is, for the verb of germanSecondVerbs at k after a word
// that is no name (the last of the n tokens kept from first, or an adverb
// of germanAdverbs opening the sentence), the end of
// the name of two to four capitalized words after it, before a word in
// lower case: the verb's subject, which reads before it. It is -1 where
// there is none.
func germanSubjectEnd(toks []token, first, n, k int) int {
	if n <= first || toks[n-1].cap && toks[n-1].kind == tWord && !(n-1 == first && germanAdverbs[strings.ToLower(toks[n-1].text)]) && !determinedNoun(toks, first, n-1) {
		return -1
	}
	if germanAdverbAfter(toks, k) {
		return subjectListEnd(toks, k+2) // "Darin übernimmt wieder A die Rolle": the adverb before the subject
	}
	return subjectListEnd(toks, k+1) // one name or a list: "spelar A och B huvudrollerna"
}

// determinedNoun reports whether the capitalized word at m is a German
// noun after a determiner in lower case, no name: "In dieser Szene mimt
// A", "An diesem Tag spielt B".
func determinedNoun(toks []token, first, m int) bool {
	return m-1 > first && !toks[m-1].cap && toks[m-1].kind == tWord && germanDeterminers[toks[m-1].low]
}

// germanDeterminers are the German articles and demonstratives in the
// dative and accusative after a preposition, before a noun.
var germanDeterminers = set(`dem den der dieser diesem diesen jedem jeder einem einer`)

// uncapGenitiveRole reads the noun of germanRoleNouns in the genitive after
// the "des" at k, before a capitalized name, in lower case: no part of the
// name ("die Rolle des Anwalts Tom Brenn").
func uncapGenitiveRole(toks []token, k int) {
	if k+2 < len(toks) && toks[k+1].cap && toks[k+2].cap && toks[k+2].kind == tWord && germanRoleNoun(toks[k+1].low, "des") {
		toks[k+1].cap = false
		toks[k+1].flags &^= fName | fChar
	}
}

// germanAdverbAfter reports whether the word after the verb at k is an
// adverb of germanAdverbs in lower case before a capitalized word:
// "übernimmt wieder A".
func germanAdverbAfter(toks []token, k int) bool {
	return k+2 < len(toks) && !toks[k+1].cap && toks[k+1].kind == tWord && toks[k+2].cap && germanAdverbsIDs.has(toks[k+1].id)
}

// newWords are German "new" before a noun of works.
var newWords = set(`neue neuen neuer neues`)

// networkWorkNoun is the English noun of a German noun of works joined to
// a network's name by one hyphen ("ARD-Vorabendserie", "Netflix-Film"),
// or "".
func networkWorkNoun(low string) string {
	i := strings.IndexByte(low, '-')
	if i <= 0 || strings.ContainsAny(low[i+1:], "-.") {
		return ""
	}
	return germanWorkNoun(low[i+1:])
}
