package extract

import "github.com/castgraph/castgraph/graph"

// castRange reads "The cast (list, line-up) ranges from A and B to C, D
// and E": all of them the sentence's show's cast.
func (x *extractor) castRange() {
	if x.sshow == "" || !x.sentHasWord(bitRange) && !x.sentHasWord(bitRanges) && !x.sentHasWord(bitRanging) {
		return
	}
	for k := 1; k+2 < len(x.toks); k++ {
		if l := x.toks[k].low; (l != "ranges" && l != "range" && l != "ranging") || x.toks[k+1].low != "from" {
			continue
		}
		subject := false
		for m := 0; m < k; m++ {
			switch x.toks[m].low {
			case "cast", "list", "lineup", "line-up", "ensemble", "roster":
				subject = true
			}
		}
		if !subject {
			return
		}
		first := x.parseList(k + 2)
		if len(first) == 0 {
			return
		}
		names := make([]string, 0, 8)
		for _, it := range first {
			names = append(names, x.itemName(it))
		}
		if e := first[len(first)-1].end; x.tok(e).low == "to" {
			for _, it := range x.parseList(e + 1) {
				names = append(names, x.itemName(it))
			}
		}
		for _, n := range names {
			x.add(graph.KindCast, n, x.sshow, "", "")
		}
		return
	}
}
