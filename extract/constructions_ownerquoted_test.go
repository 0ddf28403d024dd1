package extract

// ownerQuotedConstructions are TestConstructions' cases for a series named
// after its owner and a comma (ownerquoted.go).
var ownerQuotedConstructions = []construction{
	{
		name: "'le tournage de la nouvelle série d’N, « t », réalisée par X': the owner after 'de' is no title, the quoted title after its comma (in lower case) is the article's show",
		text: "Casting Fleury Mérogis\n\nL’Essonne sera le théâtre du tournage de la nouvelle série d’ARVO, « cadres gris », réalisée par Tarek Danou. Pour les 17 et 20 mai prochains, la production recherche de nombreux figurants à Fleury-Mérogis.\n\nÀ Fleury-Mérogis, la chaîne de télévision ARVO est à la recherche de figurants pour sa série intitulée « cadres gris ».",
		want: []string{"crew|Tarek Danou|cadres gris||director"},
	},
	{
		name: "near miss: 'Filming of the new series of T, which stars X': with no comma and quotation after it, the title after 'of' is still the series' own",
		text: "Big day in Cardiff\n\nFilming of the new series of Harbor Lights, which stars Tiva Marsk, began on Monday.",
		want: []string{"cast|Tiva Marsk|Harbor Lights||"},
	},
}

func init() {
	showPickConstructions = append(showPickConstructions, ownerQuotedConstructions...)
}
