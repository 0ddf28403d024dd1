package extract

// "A hat eine Hauptrolle in der Serie «T» übernommen", "A übernimmt eine
// Hauptrolle in T", "A heeft een hoofdrol in T": a lead part taken or held
// in a work reads as "A plays a lead in T"; the participle that closes the
// German perfect ("übernommen") is dropped.
var leadTakenPhrases = map[string][]foreignPhrase{
	"hat": {{"hat eine hauptrolle", "plays a lead", false}, {"hat die hauptrolle", "plays the lead", false},
		{"hat eine der hauptrollen", "plays a lead", false}},
	"übernimmt": {{"übernimmt eine hauptrolle", "plays a lead", false}, {"übernimmt eine der hauptrollen", "plays a lead", false}},
	"heeft":     {{"heeft een hoofdrol", "plays a lead", false}, {"heeft de hoofdrol", "plays the lead", false}},
	"speelt":    {{"speelt een hoofdrol", "plays a lead", false}, {"speelt de hoofdrol", "plays the lead", false}},
}
