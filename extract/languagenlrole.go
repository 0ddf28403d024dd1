package extract

// Dutch with the verb last: "Zo hebben onder meer A, B en C een rol
// bemachtigd", "Daarnaast hebben A en B een rol gekregen" read as "A, B
// and C landed a role", the opening adverb and "hebben" dropped.
var dutchRolePhrases = map[string][]foreignPhrase{
	"zo":        {{"zo hebben onder meer", "", true}, {"zo hebben ook", "", true}, {"zo hebben", "", true}},
	"daarnaast": {{"daarnaast hebben onder meer", "", true}, {"daarnaast hebben ook", "", true}, {"daarnaast hebben", "", true}},
	"verder":    {{"verder hebben onder meer", "", true}, {"verder hebben ook", "", true}, {"verder hebben", "", true}},
	"een": {{"een rol bemachtigd", "landed a role", false}, {"een rol gekregen", "landed a role", false}, {"een rol te pakken", "landed a role", false},
		{"een rol versierd", "landed a role", false}},
}
