package extract

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
