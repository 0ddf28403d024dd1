package extract

// pairedJobConstructions are TestConstructions' cases for English credits
// where two participles share one "by" (a job and hosting, two jobs after
// the title that opens the sentence), and for the title role named with no
// title after it.
var pairedJobConstructions = []construction{
	{
		name: "\"The show is executive-produced and hosted by actor X\": X a producer and a host (cast) of the sentence's show",
		text: "Harbor Lights gets a host\n\nNetflix has ordered the competition series Harbor Lights. The show is executive-produced and hosted by actor Ana Selo.",
		want: []string{"crew|Ana Selo|Harbor Lights||producer", "cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: "\"“T” is a documentary series executive produced and hosted by X, and directed by Y\": a genre noun before the paired participles",
		text: "New slate unveiled\n\nThe network unveiled its fall slate. “Harbor Lights” is a documentary series executive produced and hosted by Ana Selo, and directed by Dev Olan.",
		want: []string{"crew|Ana Selo|Harbor Lights||producer", "cast|Ana Selo|Harbor Lights||", "crew|Dev Olan|Harbor Lights||director"},
	},
	{
		name: "\"T2 is written and directed by X\" after a sentence on T1: T2 opens the sentence and is its show",
		text: "Harbor Lights ordered\n\nNetflix has ordered the drama Harbor Lights. Night Ferry is written and directed by Mia Trell.",
		want: []string{"crew|Mia Trell|Night Ferry||writer", "crew|Mia Trell|Night Ferry||director"},
	},
	{
		name: "\"Hosted by X, T returns\", the participle opening the sentence, where no word comes before it: read without looking before the sentence (the host of a sentence-opening participle is not yet read)",
		text: "Harbor Lights returns\n\nNetflix has renewed the quiz show Harbor Lights. Hosted by Ana Selo, Harbor Lights returns in May.",
		want: []string{},
	},
	{
		name: "\"Starring X in the titular role, T is adapted from\": X cast in T with T as the character",
		text: "New biopic set\n\nStarring Ana Selo in the titular role, Harbor is adapted from Dev Olan's book.",
		want: []string{"cast|Ana Selo|Harbor|Harbor|"},
	},
	{
		name: "\"X plays the title role\", \"with Y in the titular role\": the sentence's show as the character",
		text: "Harbor Lights cast\n\nNetflix has ordered the drama Harbor Lights. Ana Selo plays the title role.\n\nThe film Night Ferry opens in May with Dev Olan in the titular role.",
		want: []string{"cast|Ana Selo|Harbor Lights|Harbor Lights|", "cast|Dev Olan|Night Ferry|Night Ferry|"},
	},
	{
		name: "\"star X, who plays the titular character\" then \"X plays C\": the named part only; \"Y is not playing the titular character\": no title role",
		text: "Harbor returns\n\nNetflix has renewed the drama Harbor. The director will return, as will star Ana Selo, who plays the titular character. Selo plays Nora Hale, a doctor. Dev Olan is not playing the titular character in the series.",
		want: []string{"cast|Ana Selo|Harbor|Nora Hale|", "cast|Dev Olan|Harbor||"},
	},
	{
		name: "\"The series is based on “T2” by author X\", \"based on “T3” by award-winning author Y\": the source's author, of the sentence's show",
		text: "Harbor Lights ordered\n\nNetflix has ordered the drama Harbor Lights. The series is based on “Night Ferry” by author Ana Selo.\n\nThe network also ordered “Blue Static,” based on “Red Fox” by award-winning author Dev Olan.",
		want: []string{"crew|Ana Selo|Harbor Lights||original author", "crew|Dev Olan|Blue Static||original author"},
	},
	{
		name: "\"T, helmed by showrunner X\": the job noun after \"helmed by\" is X's job; \"helmed by director Y\"",
		text: "Harbor Lights ordered\n\nNetflix has ordered the drama Harbor Lights, helmed by showrunner Ana Selo. The series will be helmed by director Dev Olan.",
		want: []string{"crew|Ana Selo|Harbor Lights||showrunner", "crew|Dev Olan|Harbor Lights||director"},
	},
	{
		name: "\"X will star in a series titled “T” (working title)\": a genre noun and \"titled\" before the title after \"star in\"",
		text: "New roles announced\n\nAna Selo will star in a series titled “Harbor Lights” (working title).",
		want: []string{"cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: "\"She was most recently in “T2”\", \"Y was most recently in the film T3\": an adverb of when between \"was\" and \"in\"; \"was recently in Lagos\" no credit",
		text: "Ana Selo joins Harbor Lights\n\nAna Selo has joined the drama Harbor Lights. She was most recently in “Blue Static”. Dev Olan was most recently in the film Red Fox. Olan was recently in Lagos for the shoot.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Blue Static||", "cast|Dev Olan|Red Fox||"},
	},
	{
		name: "\"In 2009, she won the award for Best Actress in a Leading Role for her role in T\": the pronoun past an opening phrase is the paragraph's person; the category is no person",
		text: "Ana Selo joins Harbor Lights\n\nAna Selo has joined the drama Harbor Lights. In 2009, she won the award for Best Actress in a Leading Role for her role in Blue Static.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Blue Static||"},
	},
	{
		name: "\"In addition to her Emmy-winning role in T, X starred in U\", \"Aside from his turn in T2, Y\": the person after the opening phrase holds the role; the name is no title",
		text: "Ana Selo joins Harbor Lights\n\nAna Selo has joined the drama Harbor Lights. In addition to her Emmy-winning role in Blue Static, Selo starred in Red Fox. Aside from his turn in Night Ferry, Dev Olan is known for comedy.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Blue Static||", "cast|Ana Selo|Red Fox||", "cast|Dev Olan|Night Ferry||"},
	},
	{
		name: "\"Selo, 68, star of “T” will play C\", \"Y, 45, the star of T2,\": an age set off by commas between the name and its apposition",
		text: "Ana Selo joins Harbor Lights\n\nAna Selo has joined the drama Harbor Lights. Selo, 68, star of “Blue Static” will play Mary Wright. Dev Olan, 45, the star of Night Ferry, will play Sam.",
		want: []string{"cast|Ana Selo|Harbor Lights|Mary Wright|", "cast|Ana Selo|Blue Static||", "cast|Dev Olan|Harbor Lights|Sam|", "cast|Dev Olan|Night Ferry||"},
	},
	{
		name: "\"She was part of the ensemble cast in T (1976)\", \"Y is part of the voice cast of T2\": cast in the title after \"part of the ... cast\"",
		text: "Ana Selo joins Harbor Lights\n\nAna Selo has joined the drama Harbor Lights. She was part of the ensemble cast in Blue Static (1976). Dev Olan is part of the voice cast of Night Ferry.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Blue Static||", "cast|Dev Olan|Night Ferry||"},
	},
}
