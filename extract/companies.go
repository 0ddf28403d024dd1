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
		if w.has(cCompanyWords) || companyRunEndWords.mayHold(w) && companyRunEnds[w.low] {
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
	var out []item
	for n, it := range items {
		drop := x.companyRun(it.pstart)
		if !drop && !x.startsName(it.pstart) && x.knownPerson(x.itemName(it)) == "" {
			drop = company || romanceArticles[x.tok(it.pstart).low] && it.pend > it.pstart+1
		}
		if drop && out == nil {
			out = append(make([]item, 0, len(items)), items[:n]...)
		}
		if !drop && out != nil {
			out = append(out, it)
		}
	}
	if out == nil {
		return items
	}
	return out
}

// dropProducerCompanies drops, after "produced by", a lone one-word name
// that is no person's name word and that the article credits to no person:
// "produced by Playmaker" names a company.
func (x *extractor) dropProducerCompanies(items []item, jobs []string) []item {
	if len(jobs) != 1 || jobs[0] != graph.JobProducer || len(items) != 1 {
		return items // "along with Lanthimo": a surname in a list of producers
	}
	var out []item
	for n, it := range items {
		drop := it.pend == it.pstart+1 && !x.startsName(it.pstart) && x.knownPerson(x.itemName(it)) == "" && x.resolve(x.itemName(it)) == x.itemName(it)
		if drop && out == nil {
			out = append(make([]item, 0, len(items)), items[:n]...)
		}
		if !drop && out != nil {
			out = append(out, it)
		}
	}
	if out == nil {
		return items
	}
	return out
}
