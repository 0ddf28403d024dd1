package extract

// A title that opens with an ordinal or a number written with its ending:
// "soapie 7de Laan", "known for 3rd Avenue", "7th Heaven". The number's
// word is read as a capital, so that the title is read whole, not from its
// second word ("Laan" read as a person, "Avenue" as the title).

// ordinalEndings end an ordinal number: English "3rd", Afrikaans and Dutch
// "7de", French "2e", German-style "1er".
var ordinalEndings = set(`st nd rd th de e er`)

// ordinalCaps marks as capitalized each word of toks from first that is
// digits and an ordinal's ending ("7de", "3rd", "21st") before a
// capitalized word, and not after a month ("May 3rd Ann ...") nor before a
// word of dates. It returns toks.
func ordinalCaps(toks []token, first int) []token {
	for k := first; k+1 < len(toks); k++ {
		t := &toks[k]
		if len(t.text) < 2 || t.text[0]-'0' > 9 || t.kind != tWord || t.cap || len(t.text) > 5 { // a word opening with a digit: a byte below '0' wraps past 9
			continue
		}
		i := 1
		for i < len(t.text) && t.text[i] >= '0' && t.text[i] <= '9' {
			i++
		}
		if !ordinalEndings[t.text[i:]] {
			continue // not "the 1990s Vale played": a decade
		}
		n := &toks[k+1]
		if n.kind != tWord || !n.cap || n.start != t.end+1 || n.has(cMonth|cDateWords|cMonthAbbrev) {
			continue
		}
		if k > first && toks[k-1].has(cMonth|cMonthAbbrev) {
			continue
		}
		t.cap = true
		t.flags |= wordFlags(t, false)
	}
	return toks
}
