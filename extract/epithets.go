package extract

import "strings"

// epithetHeads end a star's epithet before the name, as Indian film news
// writes them: "Megastar Chiranjeevi", "Mass Maharaja Ravi Teja",
// "Thalapathy Vijay", "Rebel Star Prabhas". "star" and "tiger" end one
// only after a describing word ("Rebel Star", "Young Tiger"), so that a
// name such as "Star Jones" stays whole; so do king, queen, prince,
// princess and hero ("Primetime King X", "Action Hero Y", wordHeads).
var epithetHeads = set(`megastar superstar thalapathy ulaganayagan maharaja star tiger king queen prince princess hero`)

// epithetWords describe before an epithet's head: "Mass Maharaja", "Power
// Star", "Mega Power Star".
var epithetWords = set(`mass rebel power natural stylish icon global mega young primetime multimedia action ultimate breakout popstar kapuso kapamilya`)

// epithetBits are the bits of epithetWords and epithetHeads (mayHold): the
// readings below pass over a word that is neither without a map lookup.
var epithetBits = unionMask(setMask(epithetWords), setMask(epithetHeads))

// mayEpithet reports whether the token at k is in title case and may be a
// word of an epithet: where it reports false, it is no such word.
func (x *extractor) mayEpithet(k int) bool {
	return x.toks[k].cap && epithetBits.mayHold(&x.toks[k])
}

// pastEpithet returns where the name from i to j starts past an epithet
// in title case before it, or past a describing word that opens the
// sentence ("Talented Ana Selo"); else i. The name left holds a word at
// least.
func (x *extractor) pastEpithet(i, j int) int {
	if j-i >= 3 && x.describedOpenerAt(i) {
		return i + 1 // "Talented Ana Selo stars": the sentence's describing word (describedopener.go)
	}
	if i >= j-1 || !x.mayEpithet(i) {
		return i // no epithet starts at i
	}
	k := i
	for k < j-1 && x.toks[k].cap && epithetWordsIDs.has(x.toks[k].id) {
		k++
	}
	if k < j-1 && x.toks[k].cap && epithetHeadsIDs.has(x.toks[k].id) {
		if k == i && wordHeadsIDs.has(x.toks[k].id) {
			return i // "Star Jones": a given name
		}
		return k + 1
	}
	return i
}

// epithetBefore reports whether an epithet ends right before i.
func (x *extractor) epithetBefore(i int) bool {
	h := x.tok(i - 1)
	if !h.cap || !epithetBits.mayHold(h) || !epithetHeadsIDs.has(h.id) {
		return false
	}
	if wordHeadsIDs.has(h.id) {
		w := x.tok(i - 2)
		return w.cap && epithetWordsIDs.has(w.id)
	}
	return true
}

// dropEpithet drops a star's epithet before a name: "Rebel Star Prabhas"
// is Prabhas.
func dropEpithet(person string) string {
	// a first word that is neither a describing word nor a head leaves the
	// name as it is: read without splitting the name, where it is ASCII
	var buf [16]byte
	if st, e := nextField(person, 0); e-st <= len(buf) {
		if low, ascii := asciiLower(buf[:0], person[st:e]); ascii && (!epithetBits.mayHoldBytes(low) || !epithetWords[string(low)] && !epithetHeads[string(low)]) {
			return person
		}
	} else {
		return person // longer than any epithet's word
	}
	words := strings.Fields(person)
	k := 0
	for k < len(words)-1 && epithetWords[strings.ToLower(words[k])] {
		k++
	}
	if k >= len(words)-1 {
		return person
	}
	h := strings.ToLower(words[k])
	if !epithetHeads[h] || wordHeads[h] && k == 0 {
		return person
	}
	return strings.Join(words[k+1:], " ")
}

// epithetAt returns where a name starts past an epithet at i ("Rebel Star
// Prabhas"), or i.
func (x *extractor) epithetAt(i int) int {
	if i >= len(x.toks) || !x.mayEpithet(i) {
		return i // no epithet starts at i
	}
	k := i
	for k < len(x.toks) && x.toks[k].cap && epithetWordsIDs.has(x.toks[k].id) {
		k++
	}
	if k+1 < len(x.toks) && x.toks[k].cap && epithetHeadsIDs.has(x.toks[k].id) && !(k == i && wordHeadsIDs.has(x.toks[k].id)) && isName(&x.toks[k+1]) {
		return k + 1
	}
	return i
}

// loneEpithet reports whether w, in lower case, is an epithet's head that
// names a star alone ("the Megastar", "the Superstar"): no title.
// wordHeads ("star", "king", ...) stay titles alone.
func loneEpithet(w string) bool {
	return epithetHeads[w] && !wordHeads[w]
}

// wordHeads are the epithetHeads that end an epithet only after a
// describing word, as the first word may open a name or a title: "Rebel
// Star Prabhas", "Primetime King X", "Action Hero Y", "Popstar Princess Z",
// not "Star Jones", "Prince Harry", "Queen Latifah", "Hero Fiennes".
var wordHeads = set(`star tiger king queen prince princess hero`)
