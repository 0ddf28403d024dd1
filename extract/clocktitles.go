package extract

// Clock times in brackets: "airs at 9 p.m. ET (6 p.m. PT)", "at 7pm BST
// (2 a.m. EST)". A time of day, in another time zone, is no title, and the
// zone before it no person.

import "strings"

// clockTitle reports whether s, read as a title, is a time of day with or
// without its time zone: "6 p.m. PT", "2 a.m. EST", "8pm", "21:30 CET".
func clockTitle(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	first, second, n := firstTwoFields(s)
	var buf [16]byte
	if len(first) > len(buf) || len(second) > len(buf) {
		return false
	}
	f := string(lowerInto(buf[:0], first))
	if allDigits(f) {
		if n < 2 {
			return false
		}
		switch string(lowerInto(buf[:0], second)) {
		case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "a.m.,", "p.m.,":
			return true
		}
		return false
	}
	if !clockTime(strings.TrimSuffix(f, ".")) {
		return false
	}
	if strings.Contains(f, "m") {
		return true // "8pm", "9:30p.m."
	}
	// "21:30" alone or before a zone in capitals: "21:30 CET"
	return n == 1 || len(second) >= 2 && len(second) <= 4 && isUpperCase(second) && strings.Count(s, " ") == 1
}
