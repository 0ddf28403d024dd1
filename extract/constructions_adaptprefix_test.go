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
	{
		name: `"A (T1 como C1, série live-action de T2) como C", "B (T3 live-action C3)": the character after "como" or "live-action" in a bracket, the title after "série live-action de"`,
		text: "Revelado o Elenco do Filme Live-Action de Harbor Selo\n\nO site oficial revelou o elenco nesta Quinta-Feira.\n\nBruno Vala (Gate Nori como Tom Pell, série live-action de Night Watch) como Dario Kest.\n\nLia Morro (Moon Lake - my old friend live-action Sora) como Nina Pell.",
		want: []string{"cast|Bruno Vala|Harbor Selo|Dario Kest|", "cast|Bruno Vala|Gate Nori|Tom Pell|", "cast|Bruno Vala|Night Watch||", "cast|Lia Morro|Harbor Selo|Nina Pell|", "cast|Lia Morro|Moon Lake - my old friend|Sora|"},
	},
	{
		name: `"A (T1 as C1, T2)": the character after "as" in a bracket of several parts; "(Common as Dust)" alone is one title`,
		text: "Harbor Selo Cast Revealed\n\nThe series Harbor Selo revealed its cast on Thursday.\n\nBruno Vala (Gate Nori as Tom Pell, Night Watch) plays Dario Kest. The series is written by Cara Vell (Common as Dust).",
		want: []string{"cast|Bruno Vala|Harbor Selo|Dario Kest|", "cast|Bruno Vala|Gate Nori|Tom Pell|", "cast|Bruno Vala|Night Watch||", "crew|Cara Vell|Harbor Selo||writer", "crew|Cara Vell|Common as Dust||"},
	},
}
