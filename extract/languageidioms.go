package extract

// Idioms of playing a part and of acting opposite someone, in French,
// Spanish, Portuguese, Italian and German, read by languages.go as the
// English verb: "A prête ses traits à C" ("A plays C"), "se pone en la
// piel de C", "presta il volto a C", "schlüpft in die Rolle der C";
// "donne la réplique à B", "comparte créditos con B", "contracena com B"
// ("stars opposite B").

// idiomPhrases are read as foreignPhrases'.
var idiomPhrases = map[string][]foreignPhrase{
	"prête": {{"prête ses traits au personnage de", "plays", false}, {"prête ses traits à", "plays", false}, {"prête ses traits au", "plays the", false}},
	"prêtera": {{"prêtera ses traits au personnage de", "will play", false}, {"prêtera ses traits à", "will play", false},
		{"prêtera ses traits au", "will play the", false}},
	"prêtait":      {{"prêtait ses traits à", "played", false}, {"prêtait ses traits au", "played the", false}},
	"donne":        {{"donne la réplique à", "stars opposite", false}},
	"donnera":      {{"donnera la réplique à", "will star opposite", false}},
	"donnait":      {{"donnait la réplique à", "starred opposite", false}},
	"dans":         {{"dans la peau du", "as the", false}},
	"se":           {{"se pone en la piel de", "plays", false}, {"se mete en la piel de", "plays", false}, {"se pondrá en la piel de", "will play", false}, {"se meterá en la piel de", "will play", false}},
	"comparte":     {{"comparte créditos con", "stars opposite", false}},
	"compartirá":   {{"compartirá créditos con", "will star opposite", false}},
	"contracena":   {{"contracena com", "stars opposite", false}},
	"contracenará": {{"contracenará com", "stars opposite", false}},
	"na":           {{"na pele de", "as", false}},
	"presta":       {{"presta il volto a", "plays", false}, {"presta il volto al", "plays the", false}},
	"presterà":     {{"presterà il volto a", "will play", false}, {"presterà il volto al", "will play the", false}},
	// "A será la encargada de dar vida a C", "hará el papel de C", "fará o
	// papel de C", "aura le rôle de C", "avrà il ruolo di C": "A will play C"
	"será": {{"será la encargada de dar vida a", "will play", false}, {"será el encargado de dar vida a", "will play", false},
		{"será la encargada de interpretar a", "will play", false}, {"será el encargado de interpretar a", "will play", false},
		{"será quien dé vida a", "will play", false}, {"será quien interprete a", "will play", false}},
	"hará":     {{"hará el papel de", "will play", false}},
	"hace":     {{"hace el papel de", "plays", false}},
	"tendrá":   {{"tendrá el papel de", "will play", false}},
	"fará":     {{"fará o papel de", "will play", false}},
	"faz":      {{"faz o papel de", "plays", false}},
	"terá":     {{"terá o papel de", "will play", false}},
	"aura":     {{"aura le rôle de", "will play", false}},
	"tiendra":  {{"tiendra le rôle de", "will play", false}},
	"avrà":     {{"avrà il ruolo di", "will play", false}},
	"farà":     {{"farà la parte di", "will play", false}},
	"fa":       {{"fa la parte di", "plays", false}},
	"schlüpft": {{"schlüpft in die rolle der", "plays", false}, {"schlüpft in die rolle des", "plays", false}, {"schlüpft in die rolle von", "plays", false}},
}
