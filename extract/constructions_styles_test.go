package extract

// styleConstructions are TestConstructions' cases for the shapes of news
// copy written in many house styles: anime voice casts, Asian dramas,
// Indian regional cinema, Nollywood, Latin American and Turkish series,
// reality shows, biopics, awards, obituaries and interviews.
var styleConstructions = []construction{
	{
		name: "a quoted nickname between a given name and a surname is part of the person's name: Thanawat \"Tan\" Srisuk",
		text: "Between the Tides cast unveiled\n\nGMMTV has unveiled the cast of \"Between the Tides.\"\n\nThanawat \"Tan\" Srisuk and Pakorn \"Beam\" Wongsa will play the lead roles of Nawin and Sun respectively. The series also features Kanokwan \"Mild\" Charoen as Nawin's sister Ploy.",
		want: []string{"cast|Thanawat \"Tan\" Srisuk|Between the Tides|Nawin|", "cast|Pakorn \"Beam\" Wongsa|Between the Tides|Sun|", "cast|Kanokwan \"Mild\" Charoen|Between the Tides|Ploy|"},
	},
	{
		name: "X has been roped in to compose the music: crew with no job, not cast, where a cast list follows",
		text: "Kaayal goes on floors\n\nFahadh Nair will lead 'Kaayal', to be directed by Dileesh Kumar.\n\nShyju Khalid will crank the camera for the film, while Sushin Shyam Das has been roped in to compose the music. Soubin Shahir and Grace Antony are also part of the cast.",
		want: []string{"cast|Fahadh Nair|Kaayal||", "crew|Dileesh Kumar|Kaayal||director", "crew|Shyju Khalid|Kaayal||", "crew|Sushin Shyam Das|Kaayal||", "cast|Soubin Shahir|Kaayal||", "cast|Grace Antony|Kaayal||"},
	},
	{
		name: "an occupation in -ist or a dancer, designer... in capitals before a name that opens a sentence is no part of it: Ceramicist Anna Brightwell",
		text: "The Great Pottery Throw Down returns\n\nThe Great Pottery Throw Down is returning for its ninth series.\n\nCeramicist Anna Brightwell will join Keith Brymer Jones as a judge.",
		want: []string{"cast|Anna Brightwell|The Great Pottery Throw Down||", "cast|Keith Brymer Jones|The Great Pottery Throw Down||"},
	},
	{
		name: "a rank before a job noun that opens a sentence (Head writer X said) is no title: X writes the article's show",
		text: "Mzansi Magic announces Umkhokha Wethu\n\nMzansi Magic has announced a new daily telenovela, Umkhokha Wethu.\n\nHead writer Nomvula Sithole said the story is about faith.",
		want: []string{"crew|Nomvula Sithole|Umkhokha Wethu||writer"},
	},
	{
		name: "an opening sentence that names a new show by its kind, a comma, then its title (has announced a new daily telenovela, T.) makes T the article's show",
		text: "Big news for soapie fans\n\nMzansi Magic has announced a new daily telenovela, Umkhokha Wethu.\n\nThe show stars Thembi Mahlangu as Nomsa.",
		want: []string{"cast|Thembi Mahlangu|Umkhokha Wethu|Nomsa|"},
	},
	{
		name: "a paternal surname used alone (Rodríguez) after a name of three words (Alberto Rodríguez Sánchez) is that full name, not its last two words",
		text: "Niebla en el Puerto greenlit\n\nMovistar Plus+ has greenlit the crime thriller \"Niebla en el Puerto\" from Alberto Rodríguez Sánchez.\n\nRodríguez will direct all six episodes.",
		want: []string{"crew|Alberto Rodríguez Sánchez|Niebla en el Puerto||director"},
	},
	{
		name: "a name's suffix keeps its full stop before a verb or a comma: X Jr. plays C, Y Jr., who starred in T, joins",
		text: "Ajoke of Ibadan cast\n\nNollywood veteran Jide Kosoko Jr. plays the Alaafin in 'Ajoke of Ibadan'. Tunde Davis Sr., who starred in 'Eko Nights', also joins the cast.",
		want: []string{"cast|Jide Kosoko Jr.|Ajoke of Ibadan|Alaafin|", "cast|Tunde Davis Sr.|Ajoke of Ibadan||", "cast|Tunde Davis Sr.|Eko Nights||"},
	},
	{
		name: "X previously starred in and produced 'T1' and 'T2': cast and producer in each title",
		text: "Ajoke of Ibadan tops box office\n\nFunke Adeyemi previously starred in and produced 'Battle on Bukuroo Street' and 'A Tribe Called Judah Too'.",
		want: []string{"cast|Funke Adeyemi|Battle on Bukuroo Street||", "cast|Funke Adeyemi|A Tribe Called Judah Too||", "crew|Funke Adeyemi|Battle on Bukuroo Street||producer", "crew|Funke Adeyemi|A Tribe Called Judah Too||producer"},
	},
	{
		name: "co-directed is a directing verb: 'which X co-directed with Y' and 'X co-directed the film'",
		text: "Ajoke of Ibadan tops box office\n\nThe film 'Ajoke of Ibadan', which Funke Adeyemi co-directed with Tunde Bakare, stars Femi Ogunleye.",
		want: []string{"crew|Funke Adeyemi|Ajoke of Ibadan||director", "crew|Tunde Bakare|Ajoke of Ibadan||director", "cast|Femi Ogunleye|Ajoke of Ibadan||"},
	},
	{
		name: "stars X herself in the title role alongside A and B: a reflexive after a name in a cast list",
		text: "'Ajoke of Ibadan' tops box office\n\nThe film stars Funke Adeyemi herself in the title role alongside Femi Ogunleye and Bimbo Ajayi.",
		want: []string{"cast|Funke Adeyemi|Ajoke of Ibadan||", "cast|Femi Ogunleye|Ajoke of Ibadan||", "cast|Bimbo Ajayi|Ajoke of Ibadan||"},
	},
	{
		name: "X (T1) faces Y (T2) and Z (T3): a verb after a bracket is no describing word, so Y's bracket holds a title, not Y's actor",
		text: "'The Quiet Orchard' leads nominations\n\nIn the best actor category, Samuel Ortega (The Long Winter) faces Jin-woo Park (Paper Tigers) and Declan Moore (Harbour Lights).",
		want: []string{"cast|Samuel Ortega|The Long Winter||", "cast|Jin-woo Park|Paper Tigers||", "cast|Declan Moore|Harbour Lights||"},
	},
	{
		name: "a bounded count of works (appear in more than forty films, including T1 and T2; over 40 films) is earlier work: cast in each title",
		text: "Gerald Finch dies at 84\n\nGerald Finch, the actor who played Tom Brackley on Harbour Watch, has died. He went on to appear in more than forty films, including The Long Road Home and Night of the Marsh. Ada Kerr appeared in over 40 films, including Cold Fens.",
		want: []string{"cast|Gerald Finch|Harbour Watch|Tom Brackley|", "cast|Gerald Finch|The Long Road Home||", "cast|Gerald Finch|Night of the Marsh||", "cast|Ada Kerr|Cold Fens||"},
	},
	{
		name: "nominations that name the category before the nominee: best director for X (crew, director), best actress for Y (cast), best actor for Z in T",
		text: "Golden Reel Awards: 'The Quiet Orchard' leads nominations\n\nFamily drama The Quiet Orchard leads the nominations with nine nods, including best film, best director for Marta Kowalczyk and best actress for Helen Brandt. Other nods include best actor for Samuel Ortega in The Long Winter.",
		want: []string{"crew|Marta Kowalczyk|The Quiet Orchard||director", "cast|Helen Brandt|The Quiet Orchard||", "cast|Samuel Ortega|The Long Winter||"},
	},
	{
		name: "a cleft sentence (But it was T, which ran for years, that made him famous) puts T in focus: 'Its creator, X,' in the next sentence is T's",
		text: "Gerald Finch, star of 'Harbour Watch', dies at 84\n\nGerald Finch, the actor who played Tom Brackley on Harbour Watch, has died. He appeared in the cult horror film Night of the Marsh. But it was Harbour Watch, which ran for fourteen series from 1986, that made him a household name. Its creator, Julia Penrose, once said she wrote the part for him.",
		want: []string{"cast|Gerald Finch|Harbour Watch|Tom Brackley|", "cast|Gerald Finch|Night of the Marsh||", "crew|Julia Penrose|Harbour Watch||creator"},
	},
	{
		name: "a sentence that opens with 'Narrated by actress X,' casts X in the sentence's show",
		text: "'The Last Lighthouse Keepers' heads to Sundance\n\nNarrated by actress Liv Moen, the film was edited by Petter Lund.",
		want: []string{"cast|Liv Moen|The Last Lighthouse Keepers||", "crew|Petter Lund|The Last Lighthouse Keepers||"},
	},
	{
		name: "X directed Y in T, and 'reunites Y with director X, who directed her in the 2019 film T': X directs T and Y is cast in T, no title 'Y in T'",
		text: "Clara Voss on playing a con artist in 'Glass Houses'\n\nThe series reunites Clara Voss with director Paul Ames, who directed her in the 2019 film Cold Comfort. Ada Lund directed Mark Hale in Tin Roof.",
		want: []string{"crew|Paul Ames|Glass Houses||director", "crew|Paul Ames|Cold Comfort||director", "cast|Clara Voss|Cold Comfort||", "cast|Clara Voss|Glass Houses||", "crew|Ada Lund|Tin Roof||director", "cast|Mark Hale|Tin Roof||"},
	},
	{
		name: "a key role in X's next, tentatively titled 'T': X's name is no title, and T is X's",
		text: "Ram Teja joins 'PV 25'\n\nRam Teja has been roped in to play a key role in Prabhas Varma's next, tentatively titled 'PV 25'.",
		want: []string{"cast|Ram Teja|PV 25||", "crew|Prabhas Varma|PV 25||"},
	},
	{
		name: "an anime's 'new cast members are A (C1), B (the C2)': the brackets hold characters, one after 'the' too",
		text: "'Clockwork Familiar' Anime Adds Four to Cast\n\nThe TV anime of Clockwork Familiar announced more cast. The new cast members are Haruka Tomita (Mina), Shun Horie (Gideon), Aya Uchida (the Archmage) and Kenjiro Tsuda (Narrator).",
		want: []string{"cast|Haruka Tomita|Clockwork Familiar|Mina|", "cast|Shun Horie|Clockwork Familiar|Gideon|", "cast|Aya Uchida|Clockwork Familiar|the Archmage|", "cast|Kenjiro Tsuda|Clockwork Familiar|Narrator|"},
	},
	{
		name: "a reality show's contestants with their trades and hometowns: 'contestants include 24-year-old nurse X from Leeds, personal trainer Y, 27'",
		text: "Meet the cast of 'Island Hearts' season 3\n\nThis year's contestants include 24-year-old nurse Chloe Adams from Leeds, personal trainer Jamal Reid, 27.",
		want: []string{"cast|Chloe Adams|Island Hearts||", "cast|Jamal Reid|Island Hearts||"},
	},
	{
		name: "X plays her manager and husband, C: two describing nouns joined by 'and', a comma, then the character",
		text: "First look at 'Blue Velvet Voice'\n\nJonah Reyes plays her manager and husband, Leon Pratt, while Harriet Vance plays her mother, Mae.",
		want: []string{"cast|Jonah Reyes|Blue Velvet Voice|Leon Pratt|", "cast|Harriet Vance|Blue Velvet Voice|Mae|"},
	},
	{
		name: "the X-starrer 'T' with a star's one name (Karthi-starrer): X is cast in T",
		text: "Vikram Selvan's next titled 'Kaatru Veli'\n\nThe Karthi-starrer 'Thee Padai' was a hit at the box office.",
		want: []string{"cast|Karthi|Thee Padai||"},
	},
}
