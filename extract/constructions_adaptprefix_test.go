package extract

// adaptPrefixConstructions are TestConstructions' cases for the words that
// name an adaptation before its title: "Filme Live-Action de T", "la
// Película Live-Action de T". The title starts after "de" or "of".
var adaptPrefixConstructions = []construction{
	{
		name: `Portuguese headline "Elenco e Visual do Filme Live-Action de T": the title after "Live-Action de"`,
		text: "Anunciados Elenco e Visual do Filme Live-Action de Harbor Selo no Mar\n\nO site oficial revelou um novo visual e o elenco adicional do filme nesta Quinta-Feira.\nO visual recria a capa do primeiro volume, trazendo Bruno Vala como Dario Kest e Lia Morro como Nina Pell.",
		want: []string{"cast|Bruno Vala|Harbor Selo no Mar|Dario Kest|", "cast|Lia Morro|Harbor Selo no Mar|Nina Pell|"},
	},
	{
		name: `Spanish headline "el Reparto de la Película Live-Action de T": the title after "Live-Action de"`,
		text: "Revelado el Reparto de la Película Live-Action de Harbor Gate\n\nEl sitio oficial reveló el reparto el jueves: Bruno Vala será Dario Kest y Lia Morro será Nina Pell.",
		want: []string{"cast|Bruno Vala|Harbor Gate|Dario Kest|", "cast|Lia Morro|Harbor Gate|Nina Pell|"},
	},
	{
		name: `"the live-action film of T": the title after "of"`,
		text: "Harbor Gate Cast Revealed\n\nThe official site of the live-action film of Harbor Gate revealed the cast on Thursday: Bruno Vala as Dario Kest and Lia Morro as Nina Pell.",
		want: []string{"cast|Bruno Vala|Harbor Gate|Dario Kest|", "cast|Lia Morro|Harbor Gate|Nina Pell|"},
	},
}
