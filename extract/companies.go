package extract

import "github.com/castgraph/castgraph/graph"

// companyRunEnds end a company's name in a list of makers, as
// companyWords do: "Third Act Stories".
var companyRunEnds = set(`stories`)

// companyRunEndWords are the bits of companyRunEnds (mayHold).
var companyRunEndWords = setMask(companyRunEnds)

// companyRun reports whether the capitalized words from i end in a word
// that ends a company's name: "Tall Story Pictures", "CBS Studios",
// "Third Act Stories".
func (x *extractor) companyRun(i int) bool {
	for m := i; m < len(x.toks) && m < i+6; m++ {
		w := x.tok(m)
		if w.kind != tWord || !w.cap {
			return false
		}
		if w.has(cCompanyWords) || companyRunEndsIDs.has(w.id) {
			return m > i
		}
	}
	return false
}

// dropCompanies drops the companies from the list of makers after "by":
// "co-produced by Easy Tiger and Third Act Stories", "produced by
// Roadshow Rough Diamond and CBS Studios", "by Tall Story Pictures", "by La
// Granja" (a Spanish or Italian article opens a company's name, never a
// person's: romanceArticles). A name the people's datasets start, or the article names as a
// person, stays.
func (x *extractor) dropCompanies(items []item) []item {
	company := false
	for _, it := range items {
		if x.companyRun(it.pstart) || (x.tok(it.end).low == "and" || x.tok(it.end).text == "&") && x.companyRun(it.end+1) {
			company = true
			break
		}
	}
	return dropItems(items, func(it item) bool {
		if x.companyRun(it.pstart) || x.companyBehind(it.pend) && !(len(items) >= 2 && x.startsName(it.pstart) && x.personShaped(it.pstart, it.pend)) {
			return true // not "by A and B, the writing team behind T": the pair is the team
		}
		if x.startsName(it.pstart) || !company && !(romanceArticlesIDs.has(x.tok(it.pstart).id) && it.pend > it.pstart+1) {
			return false
		}
		return x.knownPerson(x.itemName(it)) == "" // the knowledge last: where the words alone keep the name, it is not asked
	})
}

// dropProducerCompanies drops, after "produced by", a lone one-word name
// that is no person's name word and that the article credits to no person:
// "produced by Playmaker" names a company.
func (x *extractor) dropProducerCompanies(items []item, jobs []string) []item {
	if len(jobs) != 1 || jobs[0] != graph.JobProducer || len(items) != 1 {
		return items // "along with Lanthimo": a surname in a list of producers
	}
	return dropItems(items, func(it item) bool {
		return it.pend == it.pstart+1 && !x.startsName(it.pstart) && x.knownPerson(x.itemName(it)) == "" && x.resolve(x.itemName(it)) == x.itemName(it)
	})
}

// dropItems returns the items drop does not report, sharing items' array
// when it drops none.
func dropItems(items []item, drop func(item) bool) []item {
	var out []item
	for n, it := range items {
		d := drop(it)
		if d && out == nil {
			out = append(make([]item, 0, len(items)), items[:n]...)
		}
		if !d && out != nil {
			out = append(out, it)
		}
	}
	if out == nil {
		return items
	}
	return out
}

// pastCompanyItems reads past the companies that open a list of makers at
// i, each ended by a company word and joined by a comma or "and", to the
// first name that starts like a person's: "produced by Bluefin Pictures,
// Redwood Media and X" gives where X starts; i where no company opens it.
func (x *extractor) pastCompanyItems(i int) int {
	at := i
	for q := 0; q < 4 && x.tok(at).cap && x.companyRun(at); q++ {
		e := x.companyOfEnd(at)
		if e <= at {
			break
		}
		n := e
		if x.tok(n).text == "," {
			n++
		}
		if l := x.tok(n).low; l == "and" || l == "&" {
			n++
		}
		if n == e {
			break
		}
		at = n
		if x.startsName(at) && !x.companyRun(at) {
			return at
		}
	}
	return i
}
