package extract

import "strings"

// A surname in a bracket spelled with one letter doubled: "Winifred
// (Middler)" where the article names Bette Midler.

// castBySurnameSpelled is castBySurname, and where no performer has the
// surname s, the one performer whose surname is s with one doubled letter
// written once: "Middler" for "Midler".
func (x *extractor) castBySurnameSpelled(s, outer string) string {
	if a := x.castBySurname(s, outer); a != "" || len(s) < 5 {
		return a
	}
	found := ""
	for i := 1; i+1 < len(s); i++ {
		if s[i] != s[i-1] || s[i] < 'a' || s[i] > 'z' {
			continue
		}
		if a := x.castBySurname(s[:i]+s[i+1:], outer); a != "" {
			if found != "" && found != a {
				return ""
			}
			found = a
		}
	}
	return found
}

// askCastSurname notes, where the log is on, what castBySurname read of
// the credits: that none is of the surname s (askNoCastSurname), which
// the second reading asks again, else that it read them (askCredits).
func (x *extractor) askCastSurname(s, outer, found string) {
	if x.know.log == nil {
		return
	}
	if found != "" {
		x.know.askCredits()
		return
	}
	x.know.log.add(askNoCastSurname, s+"\x00"+outer)
}

// noCastSurname reports whether castBySurname, asked with the credits read
// so far, finds no one for the question a (askNoCastSurname).
func (x *extractor) noCastSurname(a knowAsk) bool {
	s, outer, _ := strings.Cut(a.key, "\x00")
	log := x.know.log
	x.know.log = nil // a check: no question of its own
	found := x.castBySurname(s, outer)
	x.know.log = log
	return found == ""
}
