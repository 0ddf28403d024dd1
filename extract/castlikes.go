package extract

// "the likes of" after a cast noun opens a cast list: "With a celebrated
// cast which has the likes of A, B and C", "The cast boasts the likes of A
// and B".

// likesOfCast reports whether "the likes of" ends just before start, after
// a verb of having whose subject, a few words back, is the cast: "cast
// which has the likes of A", "cast that includes the likes of A", "the
// cast boasts the likes of A".
func (x *extractor) likesOfCast(start int) bool {
	if x.tok(start-1).low != "of" || x.tok(start-2).low != "likes" || x.tok(start-3).low != "the" {
		return false
	}
	switch x.tok(start - 4).low {
	case "has", "have", "had", "includes", "include", "including", "boasts", "boast", "features", "feature", "featuring":
	default:
		return false
	}
	for m := start - 5; m >= 0 && m >= start-7; m-- {
		w := x.tok(m)
		if w.cap || w.kind != tWord {
			return false
		}
		switch w.low {
		case "cast", "ensemble", "line-up", "lineup":
			return true
		}
	}
	return false
}

// casterOpens says whether the name st..e before the casting verb at v
// is the one who casts, not a show: "Tom Ferro cast Ana Selo in his
// film", a name shaped as a person's, not known as a show, before "cast"
// or "casts".
func (x *extractor) casterOpens(st, e, v int) bool {
	if low := x.tok(v).low; low != "cast" && low != "casts" || v != e {
		return false
	}
	return x.startsName(st) && x.personShaped(st, e) && !x.isShow(x.span(st, e))
}
