package extract

import "strings"

// epithetHeads end a star's epithet before the name, as Indian film news
// writes them: "Megastar Chiranjeevi", "Mass Maharaja Ravi Teja",
// "Thalapathy Vijay", "Rebel Star Prabhas". "star" and "tiger" end one
// only after a describing word ("Rebel Star", "Young Tiger"), so that a
// name such as "Star Jones" stays whole.
var epithetHeads = set(`megastar superstar thalapathy ulaganayagan maharaja star tiger`)

// epithetWords describe before an epithet's head: "Mass Maharaja", "Power
// Star", "Mega Power Star".
var epithetWords = set(`mass rebel power natural stylish icon global mega young`)

// pastEpithet returns where the name from i to j starts past an epithet
// in title case before it, or i. The name left holds a word at least.
func (x *extractor) pastEpithet(i, j int) int {
	k := i
	for k < j-1 && x.toks[k].cap && epithetWords[x.toks[k].low] {
		k++
	}
	if k < j-1 && x.toks[k].cap && epithetHeads[x.toks[k].low] {
		if l := x.toks[k].low; (l == "star" || l == "tiger") && k == i {
			return i // "Star Jones": a given name
		}
		return k + 1
	}
	return i
}

// epithetBefore reports whether an epithet ends right before i.
func (x *extractor) epithetBefore(i int) bool {
	h := x.tok(i - 1)
	if !h.cap || !epithetHeads[h.low] {
		return false
	}
	if h.low == "star" || h.low == "tiger" {
		return x.tok(i-2).cap && epithetWords[x.tok(i-2).low]
	}
	return true
}

// dropEpithet drops a star's epithet before a name: "Rebel Star Prabhas"
// is Prabhas.
func dropEpithet(person string) string {
	words := strings.Fields(person)
	k := 0
	for k < len(words)-1 && epithetWords[strings.ToLower(words[k])] {
		k++
	}
	if k >= len(words)-1 {
		return person
	}
	h := strings.ToLower(words[k])
	if !epithetHeads[h] || (h == "star" || h == "tiger") && k == 0 {
		return person
	}
	return strings.Join(words[k+1:], " ")
}

// epithetAt returns where a name starts past an epithet at i ("Rebel Star
// Prabhas"), or i.
func (x *extractor) epithetAt(i int) int {
	k := i
	for k < len(x.toks) && x.toks[k].cap && epithetWords[x.toks[k].low] {
		k++
	}
	if k+1 < len(x.toks) && x.toks[k].cap && epithetHeads[x.toks[k].low] && !(k == i && (x.toks[k].low == "star" || x.toks[k].low == "tiger")) && isName(&x.toks[k+1]) {
		return k + 1
	}
	return i
}
