package extract

// castFormConstructions are TestConstructions' cases for cast and character
// credits in forms the corpus showed missed: a standfirst without its full
// stop, a title with a possessive of the first person inside, an
// ensemble's colon, a described character's actor after a title's
// possessive in brackets, a quoted title's possessive, "starred as C in T"
// about another title, "as C on popular soapie T" with no article, "starred
// in T as C", "Playing C is X", "X, best known for T, and Y", "X, known for
// T, joins the cast", "X will voice C in the Hindi version", "the voices of
// A and B", "X (of T fame)".
var castFormConstructions = []construction{
	{
		name: "a standfirst in sentence case without its full stop: ‘T’, starring X, is the latest production ...; and C (surname of X) later",
		text: "Five new series you may not know\n\n'El capitan', starring Raul Ferrando, is the latest production from the country to reach the platforms\n\nThe miniseries begins one summer night when the city sees a deadly snowfall. Tomas Vidal (Ferrando) and his friends begin a struggle for survival.",
		want: []string{"cast|Raul Ferrando|El capitan|Tomas Vidal|"},
	},
	{
		name: "a heading in title case under the headline is no sentence: Harbor Lights Enlists Mara Quist And More In All-Star Cast",
		text: "Harbor Lights anime\n\nHarbor Lights Anime Enlists Mara Quist, Tomo Vale And More In All-Star Cast\n\nThe anime Harbor Lights premieres in April.",
		want: nil,
	},
	{
		name: "X starred in The Lantern in our Hands; Y will play C in the film Song of my Harbour: a possessive of the first or second person after a title's glue word",
		text: "Velmora Tides adds cast\n\nThe drama Velmora Tides has added cast. Kasha Brindley previously starred in The Lantern in our Hands. Osric Fenn will play Dorn in the film Song of my Harbour, out in May.",
		want: []string{"cast|Kasha Brindley|The Lantern in our Hands||", "cast|Osric Fenn|Song of my Harbour|Dorn|"},
	},
	{
		name: "T brings together a stellar ensemble: A, B, and C, alongside rising stars D and E: the ensemble's colon opens a cast list",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Velmora Tides brings together a stellar ensemble: Kasha Brindley, Osric Fenn, and Teodora Lusk, alongside rising stars Drovan Pike and Ilsa Morvane.",
		want: []string{"cast|Kasha Brindley|Velmora Tides||", "cast|Osric Fenn|Velmora Tides||", "cast|Teodora Lusk|Velmora Tides||", "cast|Drovan Pike|Velmora Tides||", "cast|Ilsa Morvane|Velmora Tides||"},
	},
	{
		name: "his older brother (T's X) trying to ...: a character described, not named, and a bracket of a title's possessive and the actor",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Samuel has to deal with his older brother (Lantern Hill’s Daniel Ostrowe) trying to steal his crush. The network (Harbor TV's Maria Sandor) said nothing.",
		want: []string{"cast|Daniel Ostrowe|Lantern Hill||", "cast|Daniel Ostrowe|Velmora Tides||"},
	},
	{
		name: "T stars A as C and “T2”‘s B as her mother D: a quoted title's possessive, its mark typed as an opening quote or not, before a person",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. The series stars Maria Sandor as Oly and “Lantern Hill”‘s Daniel Ostrowe as her mother Angie. “Salt Road”’s Peter Galloway joins the cast.",
		want: []string{"cast|Maria Sandor|Velmora Tides|Oly|", "cast|Daniel Ostrowe|Velmora Tides|Angie|", "cast|Daniel Ostrowe|Lantern Hill||", "cast|Peter Galloway|Velmora Tides||", "cast|Peter Galloway|Salt Road||"},
	},
	{
		name: "X starred as C in T, in an article about another show: the credit is T's, not the sentence's show as well",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe also starred as Tom Vance in Lantern Hill. Peter Galloway stars as Nathan Tyrell in the series.",
		want: []string{"cast|Daniel Ostrowe|Lantern Hill|Tom Vance|", "cast|Peter Galloway|Velmora Tides|Nathan Tyrell|"},
	},
	{
		name: "X is best known for his role as C on popular soapie T; Y starred as D in crime drama T2: describing words and a genre noun with no article before the role's title",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe is best known for his role as Tom Vance on popular Afrikaans soapie Lantern Hill. Peter Galloway starred as Nathan Tyrell in crime drama Salt Road.",
		want: []string{"cast|Daniel Ostrowe|Lantern Hill|Tom Vance|", "cast|Peter Galloway|Salt Road|Nathan Tyrell|"},
	},
	{
		name: "X, who starred in T as C from 2004 to 2007; Y appeared in T2 as D; not in T as part of: the character after the title",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. He is the cousin of Daniel Ostrowe, who starred in Lantern Hill as Tom Vance from 2004 to 2007. Peter Galloway appeared in Salt Road as Nathan Tyrell. Maria Sandor appeared in Glass Orchard as part of an ensemble.",
		want: []string{"cast|Daniel Ostrowe|Lantern Hill|Tom Vance|", "cast|Peter Galloway|Salt Road|Nathan Tyrell|", "cast|Maria Sandor|Glass Orchard||"},
	},
	{
		name: "Playing C is X; Playing C2 will be newcomer Y: the character first, the performer after the verb (and no 'C is X' reading)",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Playing Tom Vance is Daniel Ostrowe. Playing his sister Ada Vance will be newcomer Maria Sandor, who starred in Salt Road. Playing the villain is a challenge, Peter Galloway said.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides|Tom Vance|", "cast|Maria Sandor|Velmora Tides|Ada Vance|", "cast|Maria Sandor|Salt Road||"},
	},
	{
		name: "Playing the heroine will be X: a role described, not named, and the performer after \"will be\"",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Playing the heroine will be Maria Sandor. Playing the villain will be a challenge, Peter Galloway said.",
		want: []string{"cast|Maria Sandor|Velmora Tides||"},
	},
	{
		name: "Also starring are X, best known for T, and Y: the known-for aside ends before the list's next person, no title",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Also starring are Daniel Ostrowe, best known for Salt Road, and Maria Sandor. Peter Galloway is best known for Glass Orchard, Dunmore Bay and Lantern Hill.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Maria Sandor|Velmora Tides||", "cast|Daniel Ostrowe|Salt Road||", "cast|Peter Galloway|Glass Orchard||", "cast|Peter Galloway|Dunmore Bay||", "cast|Peter Galloway|Lantern Hill||"},
	},
	{
		name: "X, best known for T1, T2 and T3, will also star; Y, from T4, joins the cast: the casting verb after the aside casts the name, and the aside's titles are no subjects",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe, best known for Salt Road, Glass Orchard and Dunmore Bay, will also star. Maria Sandor, from Lantern Hill, joins the cast.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Daniel Ostrowe|Salt Road||", "cast|Daniel Ostrowe|Glass Orchard||", "cast|Daniel Ostrowe|Dunmore Bay||", "cast|Maria Sandor|Velmora Tides||"},
	},
	{
		name: "X will voice C in the Hindi version of the film; Y plays D in the Tamil and Telugu versions; Z voiced E in the Hindi dub of T: a language's version keeps the role",
		text: "Velmora Tides begins production\n\nThe Harbor Network animated film Velmora Tides has begun production. Daniel Ostrowe will voice Tom in the Hindi version of the film. Maria Sandor plays Ada in the Tamil and Telugu versions. Peter Galloway voiced Nathan in the Hindi dub of Salt Road.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides|Tom|", "cast|Maria Sandor|Velmora Tides|Ada|", "cast|Peter Galloway|Salt Road|Nathan|"},
	},
	{
		name: "The film features the voices of A, B and C; it boasts the voice talents of D: a voice cast's list",
		text: "Velmora Tides begins production\n\nThe Harbor Network animated film Velmora Tides has begun production. The film features the voices of Daniel Ostrowe, Maria Sandor and Peter Galloway. It also boasts the voice talents of Ada Brennick.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Maria Sandor|Velmora Tides||", "cast|Peter Galloway|Velmora Tides||", "cast|Ada Brennick|Velmora Tides||"},
	},
	{
		name: "X (of T fame) joins the cast; the film stars Y (of ‘T1’ and T2 fame) and Z: the bracket's titles are the person's",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe (of Salt Road fame) joins the cast. The film also stars Maria Sandor (of ‘Glass Orchard’ and Dunmore Bay fame) and Peter Galloway.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Daniel Ostrowe|Salt Road||", "cast|Maria Sandor|Velmora Tides||", "cast|Maria Sandor|Glass Orchard||", "cast|Maria Sandor|Dunmore Bay||", "cast|Peter Galloway|Velmora Tides||"},
	},
	{
		name: "X, who rose to fame with T1 and T2, joins the cast: the titles after 'fame with' are the person's, no cast members",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe, who rose to fame with Salt Road and Glass Orchard, joins the cast.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Daniel Ostrowe|Salt Road||", "cast|Daniel Ostrowe|Glass Orchard||"},
	},
	{
		name: "X, the T star, joins the cast; Y, the director of T2, joins the crew: the appositive's title and the verb after it",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. Daniel Ostrowe, the Salt Road star, joins the cast. Maria Sandor, the director of Glass Orchard, joins the crew.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Daniel Ostrowe|Salt Road||", "crew|Maria Sandor|Glass Orchard||director"},
	},
	{
		name: "In addition, A, B, C, Show D, E and F will also appear in the film: a name whose first word is a common word, inside a list of names",
		text: "Velmora Tides begins filming\n\nThe Harbor Network drama Velmora Tides has begun filming. In addition, Daniel Ostrowe, Maria Sandor, Ada Brennick, Show Tamaki, Peter Galloway and Tom Vance will also appear in the film.",
		want: []string{"cast|Daniel Ostrowe|Velmora Tides||", "cast|Maria Sandor|Velmora Tides||", "cast|Ada Brennick|Velmora Tides||", "cast|Show Tamaki|Velmora Tides||", "cast|Peter Galloway|Velmora Tides||", "cast|Tom Vance|Velmora Tides||"},
	},
}
