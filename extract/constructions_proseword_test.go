package extract

// proseWordConstructions are TestConstructions' cases for a word of the
// article's prose read as a show or a person (sentenceword.go): one word
// written in lower case inside its sentences and in capitals only where a
// sentence or line opens ("Win a double pass", "you can win"; "Often cast
// as", "was often seen") is no title and no name; and a bare appositive,
// "T, telenovela campirana, …", that names the article's show
// (bareappositive.go); and a bracket of a birth, "A (Kiev, 4 gennaio
// 1981)", that holds no title (birthbrackets.go).
var proseWordConstructions = []construction{
	{
		name: `"Win a double pass to see T" and "you can win a double pass": "Win" is no article's show`,
		text: "Win a double pass to see NIGHT FALLS.... ON HARBOR GATE\n\nWin a double pass to see NIGHT FALLS.... ON HARBOR GATE\n\nWin a double pass to see NIGHT FALLS.... ON HARBOR GATETo celebrate the release of NIGHT FALLS.... ON HARBOR GATE from visionary director Tomas Reval, you can win a double pass, thanks to Orbit Pictures.\n\nTomas Reval’s Night Falls... on Harbor Gate visits 1969 Lisbon, as TV star Dario Kest (Bruno Vala) and his friend Nina Pell (Lia Morro) make their way around an industry.\n\nStarring Cara Vell as Mira Holt.",
		want: []string{"crew|Tomas Reval|Night Falls||"},
	},
	{
		name: `"Often cast as a banker, A also starred in T", "was often seen": "Often" is no person`,
		text: "Bruno Vala, soap star of \"Harbor Gate,\" dies at 80\n\nBruno Vala, who played Dario Kest on the soap \"Harbor Gate,\" has died. He was 80.\n\nOften cast as a three-piece-suit man, Vala also starred in the \"Harbor Gate\" spin-off \"Night Crowd,\" which ran for one season. He was often seen in dramas.",
		want: []string{"cast|Bruno Vala|Harbor Gate|Dario Kest|"},
	},
	{
		name: `near miss: a one-word title also written as a common word ("boats drift") is kept where a sentence names it inside ("stars in Drift")`,
		text: "Bruno Vala stars as Dario Kest in Drift, a thriller about a sailor.\n\nDrift opens in May. Boats drift on the bay all through the film.",
		want: []string{"cast|Bruno Vala|Drift|Dario Kest|"},
	},
	{
		name: `Spanish "T, telenovela campirana, tendrá a A": a bare appositive with a genre noun names the article's show`,
		text: "La casa roja, telenovela campirana, tendrá a Bruno Vala interpretando el tema central, anunció la producción de Tomas Reval en conferencia. El melodrama protagonizado por Lia Morro y Cara Vell se estrena este lunes.\n\nAl intervenir Cara Vell como Rafael, señaló que es un hombre.",
		want: []string{"crew|Tomas Reval|La casa roja||producer", "cast|Lia Morro|La casa roja||", "cast|Cara Vell|La casa roja|Rafael|"},
	},
	{
		name: `near miss: "A, telenovela veterana, vuelve": a person's name before the bare appositive is no show`,
		text: "Lia Morro, telenovela veterana, vuelve a la pantalla este lunes. El melodrama protagonizado por Lia Morro y Cara Vell se estrena este lunes.",
		want: []string{},
	},
	{
		name: `Italian "A (Kiev, 4 gennaio 1981)": a place and a full date in a bracket after a name are a birth, no title`,
		text: "Se potessi, il cast\n\nCon una carriera che spazia tra cinema e televisione, Lia Morro (Kiev, 4 gennaio 1981) ha conquistato il pubblico televisivo grazie alla serie \"Harbor Gate\". Bruno Vala (Torino, 12 luglio 1972) è il protagonista.",
		want: []string{},
	},
	{
		name: `near miss: "A (T1, T2)", "B (T3, 4 May)": titles, and a title beside a date without a year, stay titles`,
		text: "The cast includes Lia Morro (Night Watch, Harbor Gate) and Bruno Vala (Deep Field, 4 May).",
		want: []string{"cast|Lia Morro|Night Watch||", "cast|Lia Morro|Harbor Gate||", "cast|Bruno Vala|Deep Field||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, proseWordConstructions...)
}
