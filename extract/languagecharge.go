package extract

// Who is in charge of the script or the directing, in Spanish, Portuguese,
// French and Italian: "A, B y C son los encargados del guion" reads as "A,
// B and C are the writers", "la dirección ha corrido a cargo de D y E" as
// "the directors are D and E", "la regia è affidata a D" as "the directors
// are D", "la réalisation est assurée par D" as "the directors are D"; and
// Spanish "o" between the last two names of a list after a comma, "A, B o
// C", as "or".

// chargeCues are read as foreignCues': "while" before the second clause
// ("mentre la regia è di D": "while the directors are D").
var chargeCues = map[string]string{"mentre": "while", "enquanto": "while"}

// listOr is the Spanish "or" that listOrAt reads.
var listOr = map[string]bool{"o": true}

// chargePhrases are read as foreignPhrases'.
var chargePhrases = map[string][]foreignPhrase{
	"mientras": {{"mientras que", "while", false}},
	"tandis":   {{"tandis que", "while", false}},
	"son": {
		{"son los encargados del guion", "are the writers", false}, {"son los encargados del guión", "are the writers", false},
		{"son los encargados de la dirección", "are the directors", false}, {"son los encargados de dirigir", "are the directors", false},
		{"son los responsables del guion", "are the writers", false}, {"son los responsables del guión", "are the writers", false},
		{"son los responsables de la dirección", "are the directors", false},
	},
	"es": {
		{"es el encargado del guion", "is the writer", false}, {"es la encargada del guion", "is the writer", false},
		{"es el encargado del guión", "is the writer", false}, {"es la encargada del guión", "is the writer", false},
		{"es el encargado de la dirección", "is the director", false}, {"es la encargada de la dirección", "is the director", false},
	},
	"la": {
		{"la dirección ha corrido a cargo de", "the directors are", false}, {"la dirección corre a cargo de", "the directors are", false},
		{"la dirección correrá a cargo de", "the directors are", false}, {"la dirección está a cargo de", "the directors are", false},
		{"la dirección estará a cargo de", "the directors are", false}, {"la dirección es de", "the directors are", true},
		{"la regia è affidata a", "the directors are", false}, {"la regia è di", "the directors are", true}, {"la regia è firmata da", "the directors are", false},
		{"la sceneggiatura è affidata a", "the writers are", false}, {"la sceneggiatura è di", "the writers are", true},
		{"la sceneggiatura è firmata da", "the writers are", false},
		{"la réalisation est assurée par", "the directors are", false}, {"la réalisation est signée par", "the directors are", false},
		{"la réalisation a été confiée à", "the directors are", false}, {"la réalisation est confiée à", "the directors are", false},
	},
	"el": {
		{"el guion ha corrido a cargo de", "the writers are", false}, {"el guion corre a cargo de", "the writers are", false},
		{"el guion correrá a cargo de", "the writers are", false}, {"el guion está a cargo de", "the writers are", false},
		{"el guion estará a cargo de", "the writers are", false}, {"el guion es de", "the writers are", true},
		{"el guión corre a cargo de", "the writers are", false}, {"el guión está a cargo de", "the writers are", false},
	},
	"le": {
		{"le scénario est signé par", "the writers are", false}, {"le scénario est assuré par", "the writers are", false},
		{"le scénario a été confié à", "the writers are", false}, {"le scénario est confié à", "the writers are", false},
	},
	"a": {
		{"a direção fica a cargo de", "the directors are", false}, {"a direção está a cargo de", "the directors are", false},
		{"a direção é de", "the directors are", true},
	},
	"o": {
		{"o roteiro fica a cargo de", "the writers are", false}, {"o roteiro está a cargo de", "the writers are", false},
		{"o roteiro é de", "the writers are", true},
	},
}

// listOrAt reports whether the Spanish "o" at k, n tokens kept from first
// before it, joins the last two names of a list: a name before it that
// follows a comma after a capitalized word ("A, B o C"), and a name after
// it. Without the comma "o" stays: romanized Japanese titles put it between
// two capitalized words ("Boku no Hatsukoi o Kimi ni Sasagu").
func listOrAt(toks []token, first, n, k int) bool {
	if n-first < 3 || k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord || !isName(&toks[k+1]) || !toks[n-1].cap || toks[n-1].kind != tWord || !isName(&toks[n-1]) {
		return false
	}
	for i := n - 2; i > first && i >= n-5; i-- {
		if t := &toks[i]; t.text == "," {
			return toks[i-1].cap && toks[i-1].kind == tWord
		} else if t.kind != tWord || !t.cap && !nameParticlesIDs.has(t.id) {
			return false
		}
	}
	return false
}
