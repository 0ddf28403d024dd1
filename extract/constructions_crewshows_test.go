package extract

// crewShowConstructions are TestConstructions' cases for crew credits that
// hang on which show a sentence speaks of: an opening's untitled work, and
// the titles named after it.
var crewShowConstructions = []construction{
	{
		name: "an opening's untitled film: the titles named after it are other works, so the untitled film's producers get no show",
		text: "Chennai, May 3: The shooting of director R.K. Venn's untitled film, featuring actor Arul Dass in the lead, began on Monday.\n\nThe untitled film is being produced by Mira Sethu and Kiran Das.\n\nArul Dass, whose previous movie 'Neela Vaanam' did well, is also working on two other films titled 'Oru Naal' and 'Kadal Kaatru'.",
		want: []string{"cast|Arul Dass|Neela Vaanam||", "cast|Arul Dass|Oru Naal||", "cast|Arul Dass|Kadal Kaatru||"},
	},
}
