// Performer nouns joined by hyphens before a name: "singer-actress X",
// "actress-politician Y" describe the person and are no part of the name.

package extract

import "strings"

// hyphenNoun reports whether w joins a performer or job noun to another
// word: "singer-actress", "model-actor", "writer-director", and with the
// performer first, "actress-politician", "actor-filmmaker".
func hyphenNoun(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	if performerNoun(w[i+1:]) || foreignTrade(w[i+1:]) || w[i+1:] == "star" { // "Star-Produzent", "Rundfunk-acteur", "Hollywood-Star"
		return true
	}
	f := strings.IndexByte(w, '-')
	switch w[:f] {
	case "actor", "actress", "singer", "rapper", "comedian":
		return isLowerWord(w[f+1:])
	}
	return false
}

// performerNoun reports whether w is a performer's or a maker's noun that
// hyphenNoun reads last.
func performerNoun(w string) bool {
	switch w {
	case "actor", "actress", "singer", "director", "producer", "writer", "rapper", "model", "comedian", "host", "songwriter":
		return true
	}
	return false
}

// isLowerWord reports whether w is one or more lower-case ASCII letters,
// maybe joined by hyphens: "politician", "turned-politician".
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}
