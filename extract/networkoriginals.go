package extract

import "strings"

// A network's label before a title: "the Netflix Original Harbor Lights",
// "Showmax Original Stella Hills is a true-crime series", "a Stan Original
// Series T". The network and "Original" (or "Originals", "Original
// Series") say whose the show is; the title starts after them.

// networkOriginalAt reports whether the token at i opens or continues a
// network's "Original" label before a capitalized word: a network and
// "Original" ("Netflix Original T"), or "Original" after a network.
func (x *extractor) networkOriginalAt(i int) bool {
	t := x.toks
	if t[i].has(cNetworks) && !t[i].has(cGenreNouns) {
		k := i + 1
		if k < len(t) && t[k].text == "+" {
			k++ // "Disney+ Original T"
		}
		return k+1 < len(t) && originalWord(&t[k]) && t[k+1].cap && t[k+1].kind == tWord
	}
	if !originalWord(&t[i]) || i == 0 {
		return false
	}
	p := &t[i-1]
	if p.text == "+" && i > 1 {
		p = &t[i-2]
	}
	return p.has(cNetworks) && i+1 < len(t) && t[i+1].cap && t[i+1].kind == tWord
}

// originalWord reports whether tk is "Original" or "Originals" written
// with a capital, a network's label.
func originalWord(tk *token) bool {
	return tk.cap && tk.kind == tWord && (tk.low == "original" || tk.low == "originals")
}

// pastNetworkOriginal moves the start i of a title read back to j past a
// network's "Original" label and "Series" after it: "Netflix Original
// Harbor Lights" is Harbor Lights.
func (x *extractor) pastNetworkOriginal(i, j int) int {
	t := x.toks
	if i+2 >= j || !t[i].has(cNetworks) {
		return i
	}
	k := i + 1
	if t[k].text == "+" {
		k++
	}
	if k+1 >= j || !originalWord(&t[k]) {
		return i
	}
	k++
	if k+1 < j && t[k].low == "series" && t[k].cap {
		k++ // "Stan Original Series T"
	}
	return k
}

// networkOriginalHead drops a network's "Original" label that opens an
// article's show read whole: "The Netflix Original Harbor Lights", "Stan
// Original Series T" are Harbor Lights and T.
func (x *extractor) networkOriginalHead(title string) string {
	i := strings.Index(title, " Original")
	if i <= 0 {
		return title
	}
	net := strings.TrimPrefix(strings.TrimSuffix(title[:i], "+"), "The ")
	rest := strings.TrimPrefix(strings.TrimPrefix(title[i+len(" Original"):], "s"), " ")
	rest = strings.TrimPrefix(rest, "Series ")
	if rest == "" || hasByte(net, ' ') && !x.isNetwork(net) || !x.isNetwork(net) {
		return title
	}
	return rest
}
