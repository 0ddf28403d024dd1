package extract

// mentions4Constructions are TestConstructions' cases for title mentions
// that held-out news wrote and the mention stage cut or missed: a title
// that holds a given name's possessive ("Dawson's Creek", "Grey's
// Anatomy"), not a maker's or a network's possessive before a title, nor
// "Valentine's Day"; a ranked entry's line "#2 T (Network)", the rank no
// part of the title; a title before a job's or performer's noun and a
// name ("from T co-creator, X,", "T leading lady Y"), no person;
// siblings by their family name ("by the Vask brothers, Teodor and Emil");
// a quoted title in lower case after "titled" or "the title ... is"; a
// family name that opens with "St." ("Marco St. Vane").
var mentions4Constructions = []construction{
	{
		name: "mentions: a given name's possessive inside a title: X is best known for Mabel's Lanterns; Y starred in Otto's Carnival and T",
		text: "Copper Willows adds a lead\n\nThe drama Copper Willows has added a lead. Marla Brenner is best known for Mabel's Lanterns. Yasmin Marchetti starred in Otto's Carnival and Salt Harbour before joining.",
		want: []string{"cast|Marla Brenner|Mabel's Lanterns||", "cast|Yasmin Marchetti|Otto's Carnival||", "cast|Yasmin Marchetti|Salt Harbour||"},
	},
	{
		name: "mentions: a given name's possessive inside a title before a performer's noun: Mabel's Lanterns star X",
		text: "Copper Willows adds a lead\n\nMabel's Lanterns star Marla Brenner joins the cast of Copper Willows.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Marla Brenner|Mabel's Lanterns||"},
	},
	{
		name: "mentions: a full name's and a network's possessive stay outside the title; Valentine's Day is no title",
		text: "Copper Willows adds a lead\n\nThe drama Copper Willows has added a lead. Marla Brenner, who starred in Tova Renquist's Lanterns, will play Edda. Yasmin Marchetti appeared in Netflix's Dustland. The series premieres on Valentine's Day.",
		want: []string{"cast|Marla Brenner|Copper Willows|Edda|", "crew|Tova Renquist|Lanterns||", "cast|Marla Brenner|Lanterns||", "cast|Yasmin Marchetti|Dustland||"},
	},
	{
		name: "mentions: a ranked roundup's entry lines \"#2 T (Network)\": the rank is no part of the title, and each title is the show of the prose under it",
		text: "Canceled shows of the season\n\nBelow is a list of the shows that have been canceled this season.\n\n#2 Lantern Hill (The CW)\n\nThe seventh and final season of the sci-fi drama will premiere on May 20th. The network said that Lantern Hill is ending because showrunner Daniel Ostrowe wanted to conclude the show.\n\n#3 Salt Road (Showtime)\n\nThe drama series’ five-season run ended in November. Series co-creator Maria Sandor had always envisioned it as a five-season arc.",
		want: []string{"crew|Daniel Ostrowe|Lantern Hill||showrunner", "crew|Maria Sandor|Salt Road||creator"},
	},
	{
		name: "mentions: a title before a singular job's or performer's noun, a comma and a full name in apposition: from T co-creator, X, starring Y; T co-star, Z",
		text: "Velmora Tides begins filming\n\nThe channel returns tonight with Velmora Tides, a pilot project from Lantern Hill co-creator, Daniel Ostrowe, starring Peter Galloway.\n\nIt marks his return after the death of his partner and Salt Road co-star, Teodora Lusk.",
		want: []string{"cast|Peter Galloway|Velmora Tides||", "crew|Daniel Ostrowe|Lantern Hill||creator", "crew|Daniel Ostrowe|Velmora Tides||creator", "cast|Teodora Lusk|Salt Road||"},
	},
	{
		name: "mentions: a title's words before a job's or performer's noun and a name are no person (T leading lady X); a name before a comma and a job noun stays one",
		text: "Velmora Tides begins filming\n\nVelmora Tides is a comedy starring Peter Galloway and Burning Coast leading lady Maria Sandor. Daniel Ostrowe, director, said the shoot went well.",
		want: []string{"cast|Maria Sandor|Velmora Tides||", "cast|Peter Galloway|Velmora Tides||", "crew|Daniel Ostrowe|Velmora Tides||director"},
	},
	{
		name: "mentions: siblings by their family name after \"by\": directed by the Vask brothers, Teodor and Emil; written by the Orrin sisters Mara and Lise Orrin",
		text: "Velmora Tides begins filming\n\nLast year, “Lantern Hill,” a film directed by the Vask brothers, Teodor and Emil, opened the festival. The drama Velmora Tides is written by the Orrin sisters Mara and Lise Orrin.",
		want: []string{"crew|Emil Vask|Lantern Hill||director", "crew|Teodor Vask|Lantern Hill||director", "crew|Lise Orrin|Velmora Tides||writer", "crew|Mara Orrin|Velmora Tides||writer"},
	},
	{
		name: "mentions: \"the\", a capitalized word and \"brothers\" without names after them names nobody",
		text: "Velmora Tides begins filming\n\nThe drama Velmora Tides is produced by the Warner brothers' old studio and directed by Maria Sandor.",
		want: []string{"crew|Maria Sandor|Velmora Tides||director"},
	},
	{
		name: "mentions: a quoted title in lower case after \"titled\" or \"the title of the movie is\" is a title",
		text: "New film begins shooting\n\nThe title of the movie is ‘what the tide keeps’ co-produced by Daniel Ostrowe and Maria Sandor.",
		want: []string{"crew|Daniel Ostrowe|what the tide keeps||producer", "crew|Maria Sandor|what the tide keeps||producer"},
	},
	{
		name: "mentions: a quoted title in lower case after \"titled\": the new film, titled ‘T’, stars X",
		text: "New film begins shooting\n\nThe new film, titled ‘salt in the wound’, stars Peter Galloway and Maria Sandor.",
		want: []string{"cast|Maria Sandor|salt in the wound||", "cast|Peter Galloway|salt in the wound||"},
	},
	{
		name: "mentions: words in lower case quoted after \"the title role is\" are no title",
		text: "New film begins shooting\n\nThe title role is ‘a dream come true’ for Maria Sandor, who stars in Lantern Hill.",
		want: []string{"cast|Maria Sandor|Lantern Hill||"},
	},
	{
		name: "mentions: a family name that opens with \"St.\" is one name with the given name before it (Marco St. Vane), and its surname alone later is that person",
		text: "Velmora Tides adds cast\n\nThe drama Velmora Tides stars Maria Sandor and Marco St. Vane as Dorn. St. Vane said it was a joy.",
		want: []string{"cast|Maria Sandor|Velmora Tides||", "cast|Marco St. Vane|Velmora Tides|Dorn|"},
	},
	{
		name: "mentions: a place that opens with \"St.\" after \"in\" is no person",
		text: "Velmora Tides adds cast\n\nThe drama Velmora Tides is set in St. Louis and stars Maria Sandor. Filming began in St. Petersburg.",
		want: []string{"cast|Maria Sandor|Velmora Tides||"},
	},
}

func init() { mentions3Constructions = append(mentions3Constructions, mentions4Constructions...) }
