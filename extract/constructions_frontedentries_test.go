package extract

// frontedEntryConstructions are TestConstructions' cases for a fronted
// entry of another language that names the show of the sentences after
// it (frontedtitle.go).
var frontedEntryConstructions = []construction{
	{
		name: `Portuguese "Outra estreia é de “T”, ... No elenco do filme estão A, B e C": T's cast, not the paragraph before's title`,
		text: "Duas estreias nesta quinta-feira\n\nEntre elas está “Salt Road”, dirigido por Ana Reyes.\n\nOutra estreia é de “Blue Gate”, primeiro longa-metragem de Ivo Rand, que acompanha a batalha de um jovem. No elenco do filme estão Nia Ostrander, Peter Dorn e Lena Vasko.",
		want: []string{"crew|Ana Reyes|Salt Road||director", "cast|Nia Ostrander|Blue Gate||", "cast|Peter Dorn|Blue Gate||", "cast|Lena Vasko|Blue Gate||"},
	},
	{
		name: `Spanish "Otro estreno es “T”. En el reparto de la película están A, B y C": T's cast`,
		text: "Dos estrenos este jueves\n\nEntre ellos está “Salt Road”, dirigida por Ana Reyes.\n\nOtro estreno es “Blue Gate”, que sigue a un joven futbolista. En el reparto de la película están Nia Ostrander, Peter Dorn y Lena Vasko.",
		want: []string{"crew|Ana Reyes|Salt Road||director", "cast|Nia Ostrander|Blue Gate||", "cast|Peter Dorn|Blue Gate||", "cast|Lena Vasko|Blue Gate||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, frontedEntryConstructions...)
}

// romanceGenreConstructions are TestConstructions' cases for "romance" as
// a genre noun after "the", before a title (text.go).
var romanceGenreConstructions = []construction{
	{
		name: `"The romance T, directed by X, is adapted from Y's Platform novel": T is the show, not the platform`,
		text: "Five Canadian features at the festival\n\nThe romance Drift, directed by Ana Reyes, is adapted from Tom Hale’s Quillbook novel. Executive producers include Nia Ostrander.",
		want: []string{"crew|Ana Reyes|Drift||director", "crew|Tom Hale|Drift||original author", "crew|Nia Ostrander|Drift||producer"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, romanceGenreConstructions...)
}

// startWithConstructions are TestConstructions' cases for a roundup entry
// that says where the list starts (frontedtitle.go startWithTitle).
var startWithConstructions = []construction{
	{
		name: `"Let's start off with “T”. ... It's directed by X": T is the show of the entry, not the titles the paragraph before listed`,
		text: "New films releasing on Vexa Plus\n\nDon't miss these new local films that will air on Vexa Plus throughout November.\n\nOne of the popular choices among local filmmakers is the on-demand channel Vexa Plus, which has screened several titles such as \"Manap Road\" and \"Town Hall\".\n\nLet's start off with \"Corvan\". Released last week, it follows a police officer investigating a murder. It's directed by Ana Reyes.",
		want: []string{"crew|Ana Reyes|Corvan||director"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, startWithConstructions...)
}
