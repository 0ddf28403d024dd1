package extract

// castPairConstructions are TestConstructions' cases for a full name in
// brackets after a full name (a character and its actor, not a name and
// its show), for a full name after a performer's noun whose surname the
// article uses alone, for a surname that opens with a particle, and for
// roles described after a possessive in a list of cast, for an age
// before a known-for aside, for "T that starred superstar X", and for a
// quoted title's possessive in a bracket.
var castPairConstructions = []construction{
	{
		name: "decides to join the firm alongside C (X): a full name in brackets after a full name is the character's actor, no show",
		text: "Harrow Lane returns for a fourth season on Nine.\n\nDean will join the firm alongside Dolores Fenwick (Carla Bensington).",
		want: []string{"cast|Carla Bensington|Harrow Lane|Dolores Fenwick|"},
	},
	{
		name: "Assisted by political consultant C (X), he returns home: the actor in brackets after an office and the character",
		text: "Harrow Lane returns for a fourth season on Nine.\n\nAssisted by political consultant Madam Quorrel (Linda Vaszary), he returns home to clear his name.",
		want: []string{"cast|Linda Vaszary|Harrow Lane|Madam Quorrel|"},
	},
	{
		name: "classic characters like C1 (X1), C2 (X2), and C3 (X3) are timeless: the characters first, then their actors",
		text: "Harrow Lane shake-up\n\nHarrow Lane has a shake-up coming. The younger cast rarely lasts, although classic characters like Peggy Ostrander (Emily Varrow), Wendel Quist (Thomas Brackley), and Alf Duvane (Ray Sollitt) are timeless.",
		want: []string{"cast|Emily Varrow|Harrow Lane|Peggy Ostrander|", "cast|Thomas Brackley|Harrow Lane|Wendel Quist|", "cast|Ray Sollitt|Harrow Lane|Alf Duvane|"},
	},
	{
		name: "A (T1) and B (T2) join the cast: where the sentence's other bracket holds a title, a bracket that reads as a name is a title too",
		text: "Harrow Lane returns for a fourth season on Nine.\n\nNia Ostrander (Truth Be Told) and Kiana Brackley (Van Helsing) join the cast of the series.",
		want: []string{"cast|Nia Ostrander|Truth Be Told||", "cast|Nia Ostrander|Harrow Lane||", "cast|Kiana Brackley|Van Helsing||", "cast|Kiana Brackley|Harrow Lane||"},
	},
	{
		name: "the Oscar-winning actress Olympia Varkakis ... starred alongside Varkakis in T: a full name after a performer's noun is the one its surname names, though its first word starts no name the lists know",
		text: "Tributes paid to a screen great\n\nTributes have been paid to the Oscar-winning actress Olympia Varkakis.\n\nCher Volk, who starred alongside Varkakis in Moonlit, labelled her an amazing actress.",
		want: []string{"cast|Olympia Varkakis|Moonlit||", "cast|Cher Volk|Moonlit||"},
	},
	{
		name: "the casting of Luke Van Brekel as C ... Van Brekel is set to join the show; Del Arco will play D: a surname that opens with a particle is the full name's",
		text: "Harrow Lane casts Luke Van Brekel\n\nHarrow Lane has announced the casting of Luke Van Brekel as Dorian, a new character. Van Brekel is set to join the show as Dorian, a mysterious man. Benito Del Arco will also appear. Del Arco will play Marco, a fisherman.",
		want: []string{"cast|Luke Van Brekel|Harrow Lane|Dorian|", "cast|Benito Del Arco|Harrow Lane|Marco|"},
	},
	{
		name: "the drama also stars A (T1) as Park's father, and B (T2) as Park's daughter; stars C as his father, and D as his daughter: each name before a role described after a possessive",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming. The drama also stars Tom Baxley (Salt Road) as Park's father, and Anna Keswick (Lantern Hill) as Park's daughter.\n\nCopper Vale begins filming\n\nThe drama Copper Vale has begun filming. The series also stars Peter Dorn as his father, and Ilsa Varrow as his daughter.",
		want: []string{"cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Salt Road||", "cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Lantern Hill||", "cast|Peter Dorn|Copper Vale||", "cast|Ilsa Varrow|Copper Vale||"},
	},
	{
		name: "X, 36, best known for playing the role of FBI psychiatrist Dr C on the American television series T, has been confirmed as the lead: the age before the aside",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming. Jomo Rotch, 36, best known for playing the role of FBI psychiatrist Dr Robert Bordell on the American television series Blindside, has been confirmed as the lead.",
		want: []string{"cast|Jomo Rotch|Blindside|Dr Robert Bordell|"},
	},
	{
		name: "directed by A, who won an award for his last directorial venture T that starred superstar X: the clause's title, not the sentence's show",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane will be directed by Ravi Pallan, who won an award for his last directorial venture Maharani that starred superstar Mahesh Bahl.",
		want: []string{"crew|Ravi Pallan|Harrow Lane||director", "crew|Ravi Pallan|Maharani||director", "cast|Mahesh Bahl|Maharani||"},
	},
	{
		name: "X (“T”’s C) joins the cast; Y (“T2's Ladder”) too: a possessive after the closing quote ends the title before the character, one inside the quotes is the title's",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming. Tom Baxley (“Salt Road”’s Dorn Hale) joins the cast. Anna Keswick (“Lantern Hill's Ladder”) joins the cast too.",
		want: []string{"cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Salt Road|Dorn Hale|", "cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Lantern Hill's Ladder||"},
	},
}
