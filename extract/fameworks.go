package extract

// "X, renowned for T", "X, who is acclaimed for T (2020)", "X, famous for
// T": the titles after the word of fame and "for" are X's works, as after
// "known for" (filmography.go).

// fameFor reports whether w is a word of fame that "for" and a person's
// works follow, other than "known".
func fameFor(w string) bool {
	switch w {
	case "renowned", "acclaimed", "famous", "famed", "celebrated":
		return true
	}
	return false
}
