package extract

// German "in front of the camera": "A steht für „T“ vor der Kamera", "B
// stand in „T2“ vor der Kamera", "C stand als D in „T3“ vor der Kamera"
// read as "A appears in “T”", "B appeared in “T2”", "C played D in “T3”",
// "vor der Kamera" dropped (cameraPhrases).

// germanCameraVerbs are the verbs "vor der Kamera" closes a clause of, and
// the English verb each reads as.
var germanCameraVerbs = map[string]string{"steht": "appears", "stand": "appeared", "stehen": "appear", "standen": "appeared"}

// cameraPhrases are read as foreignPhrases': "vor der Kamera" dropped
// after a verb of germanCameraVerbs read.
var cameraPhrases = map[string][]foreignPhrase{"vor": {{"vor der kamera", "", false}}}

// readCameraVerb reads t, a verb of germanCameraVerbs at k after a
// capitalized word (the last of the n tokens kept from first), where "für",
// "in" or "als" and a capitalized word follow and "vor der Kamera" closes
// the clause within fourteen tokens: the verb as its English one, "für" as
// "in"; before "als" as "plays" ("played"), and the index of "als" to
// drop. It returns false where the clause is not so.
func readCameraVerb(toks []token, first, n, k int, t *token) (bool, int) {
	if len(t.low) < 5 || t.low[0] != 's' {
		return false, -1
	}
	v := germanCameraVerbsIDs.get(t.id)
	if v == "" || t.cap || n <= first || !toks[n-1].cap || toks[n-1].kind != tWord || k+5 >= len(toks) {
		return false, -1
	}
	p := toks[k+1].low
	if p != "für" && p != "in" && p != "als" {
		return false, -1
	}
	for e := k + 2; e+2 < len(toks) && e <= k+14; e++ {
		w := &toks[e]
		if w.text == "," || w.text == ";" || w.text == ":" || w.text == "." {
			return false, -1
		}
		if w.low == "vor" && toks[e+1].low == "der" && toks[e+2].low == "kamera" {
			drop := -1
			switch p {
			case "für":
				setLow(&toks[k+1], "in")
			case "als":
				v, drop = "plays", k+1
				if t.low == "stand" || t.low == "standen" {
					v = "played"
				}
			}
			setLow(t, v)
			t.flags &^= fName | fChar
			return true, drop
		}
	}
	return false, -1
}

// readCameraSecond reads t, a verb of germanCameraVerbs at k second in its
// sentence, before its subject: "An 26 Drehtagen stehen u.a. A, B und C
// für den Kinofilm „T“ vor der Kamera", "Derzeit stehen A und B für „T“
// vor der Kamera": the verb as "starring", "u.a." ("among others") dropped
// and "für" as "in", where "vor der Kamera" closes the clause. It returns
// the number of tokens after the verb to drop, and false where the
// sentence is not so.
func readCameraSecond(toks []token, k int, t *token) (bool, int) {
	// each verb of germanCameraVerbs is five letters or more and opens
	// with "s": those bytes pass over most words before the lookup
	if t.cap || t.kind != tWord || len(t.low) < 5 || t.low[0] != 's' || germanCameraVerbsIDs.get(t.id) == "" || k+4 >= len(toks) {
		return false, 0
	}
	skip := 0
	if u := toks[k+1].low; (u == "u.a" || u == "bl.a") && toks[k+2].text == "." {
		skip = 2 // "u.a.": among others
	} else if u == "u.a." || u == "bl.a." {
		skip = 1
	} else if germanAdverbAfter(toks, k) {
		skip = 1 // "außerdem", "auch"
	}
	e := subjectListEnd(toks, k+1+skip)
	if e < 0 || toks[e].low != "für" && toks[e].low != "in" {
		return false, 0
	}
	for c := e + 1; c+2 < len(toks) && c <= e+12; c++ {
		if w := toks[c].text; w == "," || w == ";" || w == "." {
			return false, 0
		}
		if toks[c].low == "vor" && toks[c+1].low == "der" && toks[c+2].low == "kamera" {
			setLow(t, "starring")
			t.flags &^= fName | fChar
			setLow(&toks[e], "in")
			return true, skip
		}
	}
	return false, 0
}
