package extract

import (
	"strings"
	"testing"
)

// languageShapeConstructions are TestConstructions' cases for the common
// casting-news shapes of Spanish, Portuguese, French, German and Italian
// (languagewords.go): verbs of playing, "by" participles, nouns read in
// capitals, season words, and the function words that open a sentence.
var languageShapeConstructions = []construction{
	{
		name: `Spanish: "La actriz A será C en la nueva serie"; "B, quien interpreta a D, regresa para la segunda temporada"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\nLa actriz Noa Brisco será Lía Marín en la nueva serie. Vera Lunde, quien interpreta a Sofía Olvat, regresa para la segunda temporada.",
		want: []string{"cast|Noa Brisco|Mar Salado|Lía Marín|", "cast|Vera Lunde|Mar Salado|Sofía Olvat|"},
	},
	{
		name: `Spanish and Italian: "T, con A y B, llega en mayo" as "T, starring A and B"; not "se reunió con A"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\n“Mar Salado”, con Noa Brisco y Vera Lunde, llega en mayo. El director se reunió con Tavo Ruelas.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Vera Lunde|Mar Salado||"},
	},
	{
		name: `French: "L'actrice A interprète C"; "Elle joue aux côtés de B et D" ("Elle" no name); "réalisée par X et écrite par Y"`,
		text: "Le tournage de «Vent du Nord» a commencé\n\nL'actrice Odile Verran interprète Ilona Mothe dans la série. Elle joue aux côtés de Luc Parrell et Anne Sivet. La série est réalisée par Marc Tovel et écrite par Lise Orban.",
		want: []string{"cast|Odile Verran|Vent du Nord|Ilona Mothe|", "cast|Luc Parrell|Vent du Nord||", "cast|Anne Sivet|Vent du Nord||",
			"crew|Marc Tovel|Vent du Nord||director", "crew|Lise Orban|Vent du Nord||writer"},
	},
	{
		name: `French: "adaptée du roman de X", "sous la direction de Y"; "A rejoindra le casting"`,
		text: "«Vent du Nord» arrive sur France 2\n\nLa série est adaptée du roman de Lise Orban. Le tournage a lieu sous la direction de Marc Tovel. Odile Verran rejoindra le casting de la série.",
		want: []string{"crew|Lise Orban|Vent du Nord||original author", "crew|Marc Tovel|Vent du Nord||director", "cast|Odile Verran|Vent du Nord||"},
	},
	{
		name: `German: "Die Schauspielerin A spielt die Hauptrolle" (the article and noun no name); "Die Figur C wird dargestellt von B"; "Unter der Regie von X"; "nach dem Roman von Y"`,
		text: "Neue Serie „Nordwind“\n\nDie Schauspielerin Oda Brenn spielt die Hauptrolle. Die Figur Lena Kraus wird dargestellt von Sven Kallo. Unter der Regie von Ilse Marow entsteht die zweite Staffel. Die Serie entsteht nach dem Roman von Rafa Quintel.",
		want: []string{"cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind|Lena Kraus|", "crew|Ilse Marow|Nordwind||director", "crew|Rafa Quintel|Nordwind||original author"},
	},
	{
		name: `Italian: "diretta da X e interpretata da A e B"; "A interpreta C"; "Regia di Y"; "tratta dal romanzo di Z"; "Nella seconda stagione, con A e B"`,
		text: "La nuova serie “Vento del Nord”\n\nLa serie, diretta da Marco Tivelli e interpretata da Lia Ferrandi e Dario Polzi, arriva su Rai 1. Lia Ferrandi interpreta Giulia Sarti. Regia di Sandro Melzi. La serie è tratta dal romanzo di Pia Lenzi. Nella seconda stagione, con Anna Sivetti e Luca Parro.",
		want: []string{"crew|Marco Tivelli|Vento del Nord||director", "cast|Dario Polzi|Vento del Nord||", "cast|Lia Ferrandi|Vento del Nord|Giulia Sarti|",
			"crew|Sandro Melzi|Vento del Nord||director", "crew|Pia Lenzi|Vento del Nord||original author", "cast|Anna Sivetti|Vento del Nord||", "cast|Luca Parro|Vento del Nord||"},
	},
	{
		name: `Portuguese: "A atriz A viverá C na novela"; "ao lado de B e D"; "escrita por X e dirigida por Y"`,
		text: "Nova novela “Mar Salgado” estreia em maio\n\nA atriz Noa Brisco viverá Lia Marins na novela. Ela contracena ao lado de Tavo Ruelas e Vera Lunde. A novela é escrita por Iker Duvall e dirigida por Rafa Quintel.",
		want: []string{"cast|Noa Brisco|Mar Salgado|Lia Marins|", "cast|Tavo Ruelas|Mar Salgado||", "cast|Vera Lunde|Mar Salgado||",
			"crew|Iker Duvall|Mar Salgado||writer", "crew|Rafa Quintel|Mar Salgado||director"},
	},
	{
		name: `Spanish: "El productor ejecutivo X" as "The executive producer X"; "tiene en los papeles principales a A y B" as "starring A and B"; "C, conocida por su papel en T2" as "known for her role in T2"`,
		text: "La nueva telenovela “Mar Salado” llega hoy\n\nEl productor ejecutivo Iker Duvall asegura que es una apuesta difícil. La telenovela tiene en los papeles principales a Noa Brisco y Tavo Ruelas. Vera Lunde, conocida por su papel en Brisa Norte, también actúa.",
		want: []string{"crew|Iker Duvall|Mar Salado||producer", "cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||", "cast|Vera Lunde|Brisa Norte||"},
	},
	{
		name: `Dutch: "de film T van X met in de hoofdrollen A en B" as "the film T by X starring A and B"; "de documentaire 'T2' van Y" as "by Y"`,
		text: "De openingsfilm is de Vlaamse film Zandpad van Bram Oudeveld met in de hoofdrollen Fenna Kroost en Joris Malde. Hij koos voor de documentaire 'Witte Duinen' van Stijn Varkel.",
		want: []string{"crew|Bram Oudeveld|Zandpad||", "cast|Fenna Kroost|Zandpad||", "cast|Joris Malde|Zandpad||", "crew|Stijn Varkel|Witte Duinen||"},
	},
	{
		name: `French: "le nouveau film «T»" as "the new film “T”"; "le film «T» de X" as "by X"; "A rejoint la distribution"`,
		text: "Le nouveau film «Vent du Nord» se tourne à Lyon\n\nLe film «Vent du Nord» de Marc Tovel se tourne à Lyon. Luc Parrell rejoint la distribution.",
		want: []string{"crew|Marc Tovel|Vent du Nord||", "cast|Luc Parrell|Vent du Nord||"},
	},
	{
		name: `"A übernimmt die Rolle der C", "A joue le rôle de C", "A interpreta il ruolo di C": "A plays C"; "B tient le rôle principal", "B tiene el papel principal": "B plays the lead"`,
		text: "Neue Serie „Nordwind“\n\nVera Lunde übernimmt die Rolle der Mira Olvat. Le tournage a commencé. Anne Sivet tient le rôle principal. Luc Parrell joue le rôle de Ilona Mothe. Dario Polzi interpreta il ruolo di Sandro Melzi. Noa Brisco tiene el papel principal.",
		want: []string{"cast|Vera Lunde|Nordwind|Mira Olvat|", "cast|Anne Sivet|Nordwind||", "cast|Luc Parrell|Nordwind|Ilona Mothe|", "cast|Dario Polzi|Nordwind|Sandro Melzi|", "cast|Noa Brisco|Nordwind||"},
	},
	{
		name: `"Mit dabei sind A und B", "Nel cast anche A e B", "En el elenco están A y B": "Also starring are A and B", "In the cast are A and B"`,
		text: "Neue Serie „Nordwind“\n\nMit dabei sind Sven Kallo und Ilse Marow. Nel cast anche Anna Sivetti e Luca Parro. En el elenco están Noa Brisco y Tavo Ruelas.",
		want: []string{"cast|Sven Kallo|Nordwind||", "cast|Ilse Marow|Nordwind||", "cast|Anna Sivetti|Nordwind||", "cast|Luca Parro|Nordwind||", "cast|Noa Brisco|Nordwind||", "cast|Tavo Ruelas|Nordwind||"},
	},
	{
		name: `a section heading that opens with a person's full name and goes on in lower case is the person's news, no title, though the next paragraph repeats it`,
		text: "The drama “Salt Road” starts filming in May.\n\nMira Solen takes the lead\n\nThe network confirmed that Mira Solen takes the lead in the drama. Tom Hale joins the cast.",
		want: []string{"cast|Tom Hale|Salt Road||"},
	},
	{
		name: `Swedish: "känd för sin roll som C i filmen ”T”" (”T” in Swedish quotes); "Han har haft roller i ”A”, ”B” och ”C”"`,
		text: "Olle Brask har dött.\n\nOlle Brask, känd för sin roll som Otto Vinter i filmen ”Glasberget”, dog i måndags.\n\nHan har haft roller i ”Kvarnen”, ”Lysande dagar” och ”Havsörnen”.",
		want: []string{"cast|Olle Brask|Glasberget|Otto Vinter|", "cast|Olle Brask|Kvarnen||", "cast|Olle Brask|Lysande dagar||", "cast|Olle Brask|Havsörnen||"},
	},
	{
		name: `Swedish: "A spelar C i serien"; "regisserad av X och skriven av Y"`,
		text: "Serien ”Vintergatan” får en andra säsong.\n\nStina Vallgren spelar Märta Lind i serien. Serien är regisserad av Jonas Ekblad och skriven av Tuva Holm.",
		want: []string{"cast|Stina Vallgren|Vintergatan|Märta Lind|", "crew|Jonas Ekblad|Vintergatan||director", "crew|Tuva Holm|Vintergatan||writer"},
	},
	{
		name: `Swedish: "I huvudrollerna A och B"; "X medverkar i rollen som C"`,
		text: "Den nya filmen ”Vintergatan” har premiär i maj.\n\nI huvudrollerna Stina Vallgren och Olle Brask. Jonas Ekblad medverkar i rollen som Otto Vinter.",
		want: []string{"cast|Stina Vallgren|Vintergatan||", "cast|Olle Brask|Vintergatan||", "cast|Jonas Ekblad|Vintergatan|Otto Vinter|"},
	},
	{
		name: `Portuguese: "A foi confirmado no elenco da novela T, onde ..."; "C, personagem de B" as "C, played by B"; "A teve um papel importante na série T2"`,
		text: "A novela “Vento Alto” estreia em maio.\n\nO ator Duca Ferrante foi confirmado no elenco da novela “Vento Alto”, onde será um médico na vida de Zulmira, personagem de Lia Tavares. Recentemente, Duca Ferrante teve um papel importante na série “Filhos do Rio”.",
		want: []string{"cast|Duca Ferrante|Vento Alto||", "cast|Lia Tavares|Vento Alto|Zulmira|", "cast|Duca Ferrante|Filhos do Rio||"},
	},
	{
		name: `Spanish: "Mira, personaje de B" as "Mira, played by B"; not "el personaje de Mira" (no comma before it)`,
		text: "La telenovela “Mar Salado” llega en mayo.\n\nLa historia sigue a Zulmira, personaje de Rita Pessoa. El personaje de Bia Lacerda cambia.",
		want: []string{"cast|Rita Pessoa|Mar Salado|Zulmira|"},
	},
	{
		name: `Swedish: "den andra säsongen av ”T”"; "”T”, med A och B, är i regi av X"; "Manus av Y"; "baserad på romanen av Z"`,
		text: "Den andra säsongen av ”Vintergatan” har premiär i maj.\n\n”Vintergatan”, med Stina Vallgren och Olle Brask, är i regi av Jonas Ekblad. Manus av Tuva Holm. Serien är baserad på romanen av Märta Lind.",
		want: []string{"cast|Stina Vallgren|Vintergatan||", "cast|Olle Brask|Vintergatan||", "crew|Jonas Ekblad|Vintergatan||director", "crew|Tuva Holm|Vintergatan||writer",
			"crew|Märta Lind|Vintergatan||original author"},
	},
	{
		name: `Norwegian: "Filmen er instruert av X og skrevet av Y"; "I hovedrollene A og B"`,
		text: "Serien ”Vintergatan” får en ny sesong.\n\nFilmen er instruert av Jonas Ekblad og skrevet av Tuva Holm. I hovedrollene Stina Vallgren og Olle Brask.",
		want: []string{"crew|Jonas Ekblad|Vintergatan||director", "crew|Tuva Holm|Vintergatan||writer", "cast|Stina Vallgren|Vintergatan||", "cast|Olle Brask|Vintergatan||"},
	},
	{
		name: `Spanish: "A formó parte del elenco de la telenovela T2"; "B formará parte del elenco de “T3”"`,
		text: "La telenovela “Mar Salado” llega pronto.\n\nNoa Brisco formó parte del elenco de la telenovela La viuda. Tavo Ruelas formará parte del elenco de “Brisa Norte”.",
		want: []string{"cast|Noa Brisco|La viuda||", "cast|Tavo Ruelas|Brisa Norte||"},
	},
	{
		name: `French: "A incarna C dans la série" (passé simple); "B joua D dans «T2»" ("dans" before a title's quote as "in")`,
		text: "La série «Vent du Nord» revient.\n\nOdile Verran incarna Ilona Mothe dans la série. Luc Parrell joua Marc Sivet dans «Ciel Gris».",
		want: []string{"cast|Odile Verran|Vent du Nord|Ilona Mothe|", "cast|Luc Parrell|Ciel Gris|Marc Sivet|"},
	},
	{
		name: `"the Oscar-awarded film “T”", Swedish "i den Oscars-belönade filmen ”T”": a describing word before the genre noun, no title`,
		text: "Olle Brask, känd för sin roll som Otto Vinter i den Oscars-belönade filmen ”Glasberget”, dog i måndags. Tom Hale played Nora Vane in the Oscar-awarded film “Salt Road”.",
		want: []string{"cast|Olle Brask|Glasberget|Otto Vinter|", "cast|Tom Hale|Salt Road|Nora Vane|"},
	},
	{
		name: `English keeps "i", "den" and "sin" as they are: no function word of Swedish in the sentence`,
		text: "The drama “Salt Road” adds a name. Tom Hale plays Nora Vane in the drama, a den of sin.",
		want: []string{"cast|Tom Hale|Salt Road|Nora Vane|"},
	},
	{
		name: `English sentences keep "Ella" and "Con" as given names: no function word of another language in them`,
		text: "The drama Salt Road adds two names. Ella Varn plays Nora. Con Brisk joins the cast.",
		want: []string{"cast|Ella Varn|Salt Road|Nora|", "cast|Con Brisk|Salt Road||"},
	},
}

// TestForeignPhrasesFit checks that each phrase of foreignPhrases reads as
// no more English words than it has (readForeignCues rewrites in place),
// and has two words or more, one space apart (foreignPhrasePairs reads
// the first two).
func TestForeignPhrasesFit(t *testing.T) {
	for key, ps := range foreignPhrases {
		for _, p := range ps {
			if w, e := strings.Fields(p.words), strings.Fields(p.english); len(e) > len(w) || len(w) < 2 || w[0] != key || strings.Join(w, " ") != p.words {
				t.Errorf("phrase %q as %q under %q: more English words than its own, fewer than two words (foreignPhrasePairs), another first word, or not one space apart", p.words, p.english, key)
			}
		}
	}
}

// TestForeignCueWordsHoldAll checks that foreignCueWords, which
// readForeignCues asks first, holds every word of the sets it reads at.
func TestForeignCueWordsHoldAll(t *testing.T) {
	for _, set := range []map[string]string{foreignCues, foreignByCues, foreignNouns, foreignOrdinals, foreignBetweenNames, dutchArticles, swedishInContext} {
		for w := range set {
			if !foreignCueWords[w] {
				t.Errorf("%q is missing from foreignCueWords", w)
			}
		}
	}
	for _, set := range []map[string]bool{foreignAs, foreignAnd, foreignWho, foreignWith, foreignIn, foreignMakerBy} {
		for w := range set {
			if !foreignCueWords[w] {
				t.Errorf("%q is missing from foreignCueWords", w)
			}
		}
	}
}

// TestForeignCueKinds checks that the bits of foreignCueKinds, which
// readForeignCues asks in place of its lookups, are those of the sets.
func TestForeignCueKinds(t *testing.T) {
	for w := range foreignCueWords {
		kind := foreignCueKinds[w]
		_, phrase := foreignPhrases[w]
		if kind&cuePhrase != 0 != phrase {
			t.Errorf("%q: cuePhrase is %v, a key of foreignPhrases %v", w, kind&cuePhrase != 0, phrase)
		}
		if second := germanSecondVerbs[w] || secondVerbs[w] || germanJoinVerbs[w]; kind&cueSecondVerb != 0 != second {
			t.Errorf("%q: cueSecondVerb is %v, a second-place verb %v", w, kind&cueSecondVerb != 0, second)
		}
		if kind&(cueWord|cuePhraseOnly) == 0 {
			t.Errorf("%q: neither cueWord nor cuePhraseOnly", w)
		}
	}
}
