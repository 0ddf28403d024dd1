package extract

// showContextConstructions are TestConstructions' cases for the show a
// sentence's credits go to in context: a sentence that opens with a title
// and an aside on what it is ("T, a drama made by X, stars A") is about T,
// not the show of the paragraph before (showcontext.go, titles.go).
var showContextConstructions = []construction{
	{
		name: "'T, a drama made by KBX, stars A and B' in a new paragraph: T, not the show before; 'made' is a participle after the genre noun",
		text: "KBX unveils its autumn season\n\nHistorical drama Copper Veil stars Anja Moribel and Tess Quarrow.\n\nGlass Harbour, a drama made by KBX, stars Dara Fennick and Olo Brask.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|Glass Harbour||", "cast|Olo Brask|Glass Harbour||", "cast|Tess Quarrow|Copper Veil||"},
	},
	{
		name: "'T, a show made by the BBC with help from KBX, tells the story of a woman and stars A, B and C': 'a show' describes T as a genre noun does",
		text: "KBX unveils its autumn season\n\nHistorical drama Copper Veil stars Anja Moribel and Tess Quarrow. The show continues the story of a town.\n\nGlass Harbour, a show made by the BBC with help from KBX tells the story of one young woman in the 1880s and stars Dara Fennick, Olo Brask and Pim Tarrow.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|Glass Harbour||", "cast|Olo Brask|Glass Harbour||", "cast|Pim Tarrow|Glass Harbour||", "cast|Tess Quarrow|Copper Veil||"},
	},
	{
		name: "'Salt and Lanterns, a show made by KBX, stars A': a title in 'and' opening the sentence is read whole, not from its second half",
		text: "KBX unveils its autumn season\n\nHistorical drama Copper Veil stars Anja Moribel.\n\nSalt and Lanterns, a show made by KBX, stars Ira Fenwold and Dara Fennick.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|Salt and Lanterns||", "cast|Ira Fenwold|Salt and Lanterns||"},
	},
	{
		name: "'X, a talk show host, joins T': 'show' before a noun of a person describes X, not a show",
		text: "Copper Veil adds a guest star\n\nOra Sneedley, a talk show host, joins the cast of Copper Veil as Mayor Tull.",
		want: []string{"cast|Ora Sneedley|Copper Veil|Mayor Tull|"},
	},
	{
		name: "a roundup's entry heading 'T — Premieres Tuesday, September 14th, on KBX': 'the series' in the paragraph after it is T",
		text: "KBX unveils its autumn and winter slate\n\nThe network renewed most of its dramas this year.\n\nGlass Harbour — Premieres Tuesday, September 14th, on KBX and KBX Go\n\nThis one has a fine pedigree. Created by Dara Fennick (Copper Veil), the series follows a family fighting over a summer resort.",
		want: []string{"crew|Dara Fennick|Copper Veil||", "crew|Dara Fennick|Glass Harbour||creator"},
	},
	{
		name: "'T – Returns Sunday at 9pm' as an entry heading: the next paragraph's 'stars A and B' go to T",
		text: "What to watch this autumn\n\nThe season brings many returning dramas.\n\nGlass Harbour – Returns Sunday at 9pm on KBX\n\nThe drama stars Dara Fennick and Olo Brask as two sisters.",
		want: []string{"cast|Dara Fennick|Glass Harbour||", "cast|Olo Brask|Glass Harbour||"},
	},
	{
		name: "a sentence 'T — premieres ... .' inside a paragraph is no entry heading",
		text: "Copper Veil adds two stars\n\nCopper Veil has cast Dara Fennick and Olo Brask. Glass Harbour – returns in May, the network said.",
		want: []string{"cast|Dara Fennick|Copper Veil||", "cast|Olo Brask|Copper Veil||"},
	},
	{
		name: "a roundup's sequence words 'To start, T will return ..., with A and B in the leads': T is the sentence's show, not a person, nor the show before",
		text: "KBX unveils its autumn slate\n\nCopper Veil stars Anja Moribel.\n\nTo start, Glass Harbour will return for its fourth season next winter, with Dara Fennick and Olo Brask in the leads.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|Glass Harbour||", "cast|Olo Brask|Glass Harbour||"},
	},
	{
		name: "'Next up, T stars A': 'Next up,' is passed as an intro",
		text: "KBX unveils its autumn slate\n\nCopper Veil stars Anja Moribel.\n\nNext up, Glass Harbour stars Dara Fennick as a lighthouse keeper.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|Glass Harbour||"},
	},
	{
		name: "a title that opens with a sequence word, 'First Light, a drama made by KBX, stars A': the title is read whole",
		text: "KBX unveils its autumn slate\n\nCopper Veil stars Anja Moribel.\n\nFirst Light, a drama made by KBX, stars Dara Fennick.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Dara Fennick|First Light||"},
	},
	{
		name: "'Series “T” was based on a book by A', 'Drama “T2” stars B and C', 'Film “T3” is directed by D': a capitalized genre noun before a quoted title opens the sentence, whose show is that title",
		text: "KBX unveils its autumn slate\n\nCopper Veil stars Anja Moribel.\n\nSeries “Glass Harbour” was based on a book by Dara Fennick.\n\nDrama “Salt Road” stars Olo Brask and Ira Fenwold.\n\nFilm “Tin Bells” is directed by Pim Tarrow.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Ira Fenwold|Salt Road||", "cast|Olo Brask|Salt Road||", "crew|Dara Fennick|Glass Harbour||original author", "crew|Pim Tarrow|Tin Bells||director"},
	},
	{
		name: "'Drama teacher A joins T': a genre noun with no quoted title after it names no show",
		text: "Copper Veil adds a teacher\n\nDrama teacher Ora Sneedley joins the cast of Copper Veil as Mayor Tull.",
		want: []string{"cast|Ora Sneedley|Copper Veil|Mayor Tull|"},
	},
}
