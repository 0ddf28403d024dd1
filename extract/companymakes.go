package extract

// A production company's verb and the title it makes: "Meanwhile, Hat
// Trick Productions will oversee Some Girls." The title is the show the
// sentence is about, and the text after it speaks of that show: "Written by
// X, the new comedy centres on ..." credits X there, not in the show the
// paragraph before was about.

// companyMakeWords holds the verbs of a company making a show, in the present
// or future: the past ("Company produced T") tells of earlier work.
var companyMakeWords = setMask(set(`oversee oversees overseeing produce produces producing co-produce co-produces co-producing
	make makes making develop develops developing`))

// companyMakesTitle returns the title a company's verb makes in the
// sentence, "Company will oversee T." or "Company is producing T,", or "".
// The company is a run of capitalized words ending in a company word
// (Productions, Studios, Pictures) right before the verb or its auxiliaries.
func (x *extractor) companyMakesTitle() string {
	if !x.sentHas(cCompanyWords) || !x.sentHasAnyWord(companyMakeWords) {
		return ""
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if !companyMakeWords.holds(&t[k]) || t[k].cap {
			continue
		}
		v := k
		for q := 0; q < 3 && (x.tok(v-1).has(cAuxWords) || x.tok(v-1).low == "also"); q++ {
			v--
		}
		if c := x.tok(v - 1); c.kind != tWord || !c.cap || !c.has(cCompanyWords) {
			continue
		}
		at := k + 1
		if !x.titleStarts(at) {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at || !(x.tok(e).kind == tPunct && x.tok(e).text != "(" && x.tok(e).text != "-" || x.tok(e).low == "for") {
			continue // the title ends its clause, or goes on to its network: "will produce T for BBC One"
		}
		title := x.span(at, e)
		if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) || x.tok(e).kind == tPoss || x.personShaped(at, e) && x.startsName(at) {
			continue
		}
		return title
	}
	return ""
}
