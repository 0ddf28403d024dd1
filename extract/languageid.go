package extract

// Indonesian (and Malay) casting copy, read by languages.go as the English
// words: "Film ini dibintangi oleh A, B, dan C" as "This film starring A, B
// and C", "disutradarai oleh X" as "directed by X", "ditulis oleh X" as
// "written by X", "A berperan sebagai C" as "A plays C", "diadaptasi dari
// novel karya X" as "based on novel by X", "sutradara X" as "director X"
// ("serial", English too, is read only in "serial ini": "the series").
// The words are of Indonesian alone, so no sentence is asked whether it is
// one.

// indonesianCues are read as foreignCues' (in lower case only).
var indonesianCues = map[string]string{
	"dan": "and", "serta": "and",
	"dibintangi": "stars", "membintangi": "stars", "memerankan": "plays", "diperankan": "played",
}

// indonesianByCues are read as foreignByCues' before "oleh" ("by").
var indonesianByCues = map[string]string{
	"disutradarai": "directed", "ditulis": "written", "diproduksi": "produced", "diperankan": "played", "diciptakan": "created",
	"dibintangi": "starring",
}

// indonesianNouns are read as foreignNouns': "sutradara X" as "director X".
var indonesianNouns = map[string]string{
	"sutradara": "director", "produser": "producer", "penulis": "writer", "aktris": "actress", "aktor": "actor", "pemeran": "cast",
	"musim": "season",
}

// indonesianPhrases are read as foreignPhrases'.
var indonesianPhrases = map[string][]foreignPhrase{
	"yang": {{"yang disutradarai oleh", "directed by", true}, {"yang dibintangi oleh", "starring", true}, {"yang dibintangi", "starring", true},
		{"yang ditulis oleh", "written by", true}, {"yang diproduksi oleh", "produced by", true}, {"yang diperankan oleh", "played by", true}},
	"berperan":    {{"berperan sebagai", "plays", false}},
	"dibintangi":  {{"dibintangi oleh", "stars", true}},
	"film":        {{"film ini", "the film", false}},
	"serial":      {{"serial ini", "the series", false}},
	"diadaptasi":  {{"diadaptasi dari novel karya", "based on novel by", true}, {"diadaptasi dari novel", "based on novel", false}},
	"skenario":    {{"skenario ditulis oleh", "written by", true}},
	"skenarionya": {{"skenarionya ditulis oleh", "written by", true}},
	"deretan":     {{"deretan pemain", "the cast", false}},
	"para":        {{"para pemain", "the cast", false}},
}
