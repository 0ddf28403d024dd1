package extract

// "Los protegidos, el regreso", "T: el regreso": a series' return named as
// its title, a comma or colon, then "el regreso" ("the return"), stands
// for the series itself, as a season qualifier does.

// revivalBase is t without a closing ", el regreso" or ": el regreso";
// t itself where it has none.
func revivalBase(t string) string {
	const s = " el regreso"
	if len(t) < len(s)+3 || t[len(t)-1] != 'o' {
		return t
	}
	if tail := t[len(t)-len(s):]; tail != s && tail != " El regreso" && tail != " El Regreso" {
		return t
	}
	b := t[:len(t)-len(s)]
	if c := b[len(b)-1]; c != ',' && c != ':' {
		return t
	}
	return cleanSpace(b[:len(b)-1])
}
