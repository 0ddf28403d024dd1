package extract

// German nouns of a character's place in a story, written in capitals as
// every German noun: "A spielt ihren Bruder C" ("A plays her brother C"),
// "B spielt in der Serie die Hauptfigur C" ("the lead C"), "eine der
// Hauptfiguren" ("one of the leads"), read as the English lower-case
// nouns by languages.go, so that they are no part of the character's or
// the person's name.

// germanKinNouns are read as foreignNouns'.
var germanKinNouns = map[string]string{
	"hauptfigur": "lead", "hauptfiguren": "leads", "nebenfigur": "character", "nebenrolle": "role",
	"bruder": "brother", "schwester": "sister", "tochter": "daughter", "sohn": "son", "mutter": "mother", "vater": "father",
	"ehefrau": "wife", "ehemann": "husband",
}
