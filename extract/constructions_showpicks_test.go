package extract

// showPickConstructions are TestConstructions' cases for how the article's
// show is picked from its opening: a season's own name is no show
// (partnamed.go), and a one-word title that is also a person's surname is
// still a title where an appositive names it a work (kindapposed.go).
var showPickConstructions = []construction{
	{
		name: "'Harbor, the sweeping international series by X': the appositive makes Harbor a title though 'Bel Harbor' is a person; 'The first season, titled T2' names a season, no show",
		text: "Corvo Studios’ & Ana Selo’s Harbor to world premiere at CIFF 2025\n\nIn a landmark moment for storytelling, Harbor, the sweeping international series by Corvo Studios and filmmaker Ana Selo, is set to make its world premiere at the 2025 Corvo International Film Festival (CIFF).\n\nStarring Bel Harbor in the titular role, Harbor is adapted from Tiva Marsk’s biographies of Odo Karamchand Harbor. The first season, titled A Quiet Becoming (1888–1915), traces his formative years.",
		want: []string{"crew|Ana Selo|Harbor||director", "cast|Bel Harbor|Harbor|Harbor|"},
	},
	{
		name: "'Season 2, called T2, follows ...' before the show is named: T2 is the season's name, the article's show is the title named after it",
		text: "A painter’s life on screen\n\nSeason 2, called A Quiet Becoming, follows the painter into old age. Harbor Lights, the new series from Ana Selo, returns on Friday.\n\nTiva Marsk joins the cast in season two.",
		want: []string{"crew|Ana Selo|Harbor Lights||", "cast|Tiva Marsk|Harbor Lights||"},
	},
	{
		name: "'Bel Rono, the star of the series,': an appositive with 'of' names a person, no work",
		text: "Harbor Lights returns\n\nHarbor Lights is back on Friday. Bel Rono, the star of the series, said filming was hard. Rono, the lead of the drama, plays a painter.",
		want: []string{"cast|Bel Rono|Harbor Lights||"},
	},
	{
		name: "'A B was a hit in the film T2, opposite C D': the name before 'was a' and a preposition before the genre noun is a person, not the sentence's show",
		text: "A painter’s life on screen\n\nNetflix has renewed Harbor Lights for a second season.\n\nBel Rono was a hit in the film Gray Field, opposite Tiva Marsk.",
		want: []string{"cast|Tiva Marsk|Gray Field||"},
	},
	{
		name: "'Tentatively titled T, the series revolves around': a late naming of the untitled series is the article's show; 'shooting for 15 days' names no show",
		text: "Actor Ana Selo is back at work\n\nActor Ana Selo has been at home with her family. In 2019, it was announced that she would be leading an upcoming series. The series will be produced by Tiva Marsk.\n\nThe makers will be shooting for 15 days.\n\nTentatively titled Harbor, the series revolves around a family of actors.",
		want: []string{"crew|Tiva Marsk|Harbor||producer"},
	},
	{
		name: "'The comedy finally has a title: T.': the title after 'title' and a colon ending the sentence is the article's show",
		text: "The comedy finally has a title: Harbor.\n\nAna Selo, Bel Rono and Tiva Marsk have been cast. Filming starts in June.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bel Rono|Harbor||", "cast|Tiva Marsk|Harbor||"},
	},
	{
		name: "'‘T2’, the new Star Voyage series,': the title before the appositive is the article's show, the title inside it the franchise",
		text: "Netflix unveils its slate\n\nThe streamer will air ‘The Harbor’, the new Star Voyage series, later this year.\n\nThe series stars Bel Rono and Tiva Marsk.",
		want: []string{"cast|Bel Rono|The Harbor||", "cast|Tiva Marsk|The Harbor||"},
	},
	{
		name: "'the film T, in which she plays C, opposite X': the film is the sentence's show, so X is cast in it, not in the article's show",
		text: "Ana Selo talks about her new film\n\nActress Ana Selo is one of the most effervescent personalities in show business. In fact, she confirmed her part in ‘Gray Field’ and also in ‘The Harbor’, the new Star Voyage series, in which she will take part.\n\nSelo shone on the red carpet of the film Quiet Sight, in which she plays Countess Vela, opposite Bel Rono.",
		want: []string{"cast|Ana Selo|Gray Field||", "cast|Ana Selo|The Harbor||", "cast|Bel Rono|Quiet Sight||", "cast|Ana Selo|Quiet Sight|Countess Vela|"},
	},
	{
		name: "'“T” is a Korean drama adaptation of the Chinese novel “T2.”': the adaptation is T, the title it is said of, and 'The drama' after it is T, not the novel",
		text: "Korean dramas starring celebrities\n\nKorean dramas starring celebrities will be released in the upcoming months. Here are a few of them:“Harbor Lights” is a Korean drama adaptation of the Chinese novel “Gray Field.” It will be aired on SBS from Aug 29.\n\nThe drama will be about a woman called Hae-soo (played by singer Ana Selo), who goes back in time. Actor Bel Rono will play the lead male role as Prince Wang So.",
		want: []string{"cast|Ana Selo|Harbor Lights|Hae-soo|", "cast|Bel Rono|Harbor Lights||"},
	},
	{
		name: "'plans to make a 'T' film starring X': a quotation between 'a' and a genre noun labels an untitled work, no article's show, so X gets no credit",
		text: "A top director has revealed plans to make a 'Harbor Lights' film starring Ana Selo.\n\nBel Rono is currently working on a script for a picture based on the city's underworld.\n\nHe is keen for Selo to feature in it.",
		want: []string{},
	},
	{
		name: "a roundup's entries as bare titles on their own lines over 'Cast: A, B': each entry's cast goes to its title",
		text: "5 dramas to watch this autumn\n\nThese are the dramas to watch this season.\n\n1. Harbor Lights\n\nCast: Ana Selo, Bel Rono\n\nThe drama follows a fisherman.\n\n2. Corvo Nights\n\nCast: Tiva Marsk, Odo Brask\n\nThe drama follows a teacher.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bel Rono|Harbor Lights||", "cast|Tiva Marsk|Corvo Nights||", "cast|Odo Brask|Corvo Nights||"},
	},
	{
		name: "a roundup's entry heading read as no title ('Gray Field' may be a name) over 'Cast: A, B': its cast goes to no show, not to the entry before",
		text: "5 dramas to watch this autumn\n\nThese are the dramas to watch this season.\n\nHarbor Lights\n\nCast: Ana Selo, Bel Rono\n\nThe drama follows a fisherman.\n\nGray Field\n\nCast: Tiva Marsk, Odo Brask\n\nThe drama follows a teacher.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bel Rono|Harbor Lights||"},
	},
}
