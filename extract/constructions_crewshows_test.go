package extract

// crewShowConstructions are TestConstructions' cases for crew credits that
// hang on which show a sentence speaks of: an opening's untitled work, and
// the titles named after it.
var crewShowConstructions = []construction{
	{
		name: "an opening's untitled film: the titles named after it are other works, so the untitled film's producers get no show",
		text: "Chennai, May 3: The shooting of director R.K. Venn's untitled film, featuring actor Arul Devan in the lead, began on Monday.\n\nThe untitled film is being produced by Mira Sethu and Kiran Das.\n\nArul Devan, whose previous movie 'Neela Vaanam' did well, is also working on two other films titled 'Oru Naal' and 'Kadal Kaatru'.",
		want: []string{"cast|Arul Devan|Neela Vaanam||", "cast|Arul Devan|Oru Naal||", "cast|Arul Devan|Kadal Kaatru||"},
	},
	{
		name: "X Y, an ex-housemate of the reality show, is set to star in T: a person's appositive (a noun before of) makes no title of the name, so the later sentences stay on T",
		text: "Grace Nwosu, an ex-housemate of the reality TV show, is set to star in ‘Red Sand,’ a forthcoming movie.\n\nOther movie stars that featured in the project include Uche Bello and Nosa Eke.",
		want: []string{"cast|Grace Nwosu|Red Sand||", "cast|Uche Bello|Red Sand||", "cast|Nosa Eke|Red Sand||"},
	},
	{
		name: "an unknown given name before a surname, with a job appositive (Ebubeloved Nnadi, the movie producer,): the surname alone later is that person",
		text: "Ada Obi stars in ‘Red Sand,’ a forthcoming movie.\n\nEbubeloved Nnadi, the movie producer, broke the news on Monday.\n\nNnadi is renowned for producing several hit movies like ‘Hire a Cook’ and ‘Hire a Maid’.",
		want: []string{"cast|Ada Obi|Red Sand||", "crew|Ebubeloved Nnadi|Red Sand||producer", "crew|Ebubeloved Nnadi|Hire a Cook||", "crew|Ebubeloved Nnadi|Hire a Maid||"},
	},
	{
		name: "an adaption (the common misspelling) of X's novel T, after another show: T is the show, X its original author",
		text: "BBC unveils new dramas\n\nCrime drama Harbour Lane returns to BBC One starring Mara Quist.\n\nMeanwhile, the BBC has also greenlit an adaption of Ann Vale's novel Grey Tide.",
		want: []string{"cast|Mara Quist|Harbour Lane||", "crew|Ann Vale|Grey Tide||original author"},
	},
	{
		name: "X has signed his second Hindi film to be directed by Y: a new work with no title, so its director and producers get no show",
		text: "Arjun Valen was last seen with Tara Sen in the star-kids’ Bollywood debut Iron Gate. Now the actor has signed his second Hindi film to be directed by Ravimohan. An action comedy which is a remake of a South film will be produced by Kiran Rao & Dev Mehra.\n\nArjun on Thursday took to Twitter, where he shared a photograph with Ravimohan and producer Kiran Rao. “Yes it is official! Can’t wait to work with you Ravimohan sir…I have grown up watching you! Thank you for all the inspiration. Q-Films,” Arjun captioned the image.\n\nThe film is reported to be a comedy and will be produced by Q-Films. Although Arjun got to display his action skills in Iron Gate, this time, he will get to tickle the audience’s funny bone as well. The film with Ravi goes on floors this September.\n\nIron Gate which was directed by Mohan Iyer is a remake of a 1983 film of the same name.",
		want: []string{"crew|Mohan Iyer|Iron Gate||director"},
	},
	{
		name: "a surname alone before a possessive and a title written in capitals, as charts write titles (Park's RIVERS): the person the article names in full made it",
		text: "Box office\n\nA Korean film is back on top, Park Joon-ho's IRON CITY. Like you would expect from a Park film, it opened strong. Park's RIVERS kept on strong to 11 million admissions, but OTHER CITY and BAYSIDE fell off more sharply.",
		want: []string{"crew|Park Joon-ho|IRON CITY||", "crew|Park Joon-ho|RIVERS||"},
	},
	{
		name: "T, X's semi-autobiographical series: a surname alone before the possessive is the person the article names in full, the maker of the title before the comma",
		text: "CBC renews shows\n\nGreen Hill, Ada Vance's new drama, starts in May.\n\nBlue Hill, Vance's semi-autobiographical series (based on her stage show), debuted on CityTV.\n\nFinally, Vance's drama is called Red Hill.",
		want: []string{"crew|Ada Vance|Green Hill||", "crew|Ada Vance|Blue Hill||", "crew|Ada Vance|Red Hill||"},
	},
	{
		name: "director A and producer B, who together have brought acclaimed features like “T1,” “T2” (“English Title”) and “T3” to the screen: both made each title",
		text: "“Blue Kite” is being made by the popular filmmaking duo of director Dani Rusli and producer Wulan Sari, who together have brought highly acclaimed features like “Senja,” “Dua Hari Lagi” (“Two More Days”) and “Pelangi Timur” to the screen.",
		want: []string{"crew|Dani Rusli|Blue Kite||director", "crew|Wulan Sari|Blue Kite||producer",
			"crew|Dani Rusli|Senja||", "crew|Wulan Sari|Senja||", "crew|Dani Rusli|Dua Hari Lagi||", "crew|Wulan Sari|Dua Hari Lagi||",
			"crew|Dani Rusli|Pelangi Timur||", "crew|Wulan Sari|Pelangi Timur||"},
	},
}
