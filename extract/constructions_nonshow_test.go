package extract

// nonshowConstructions are TestConstructions' cases for names that are no
// show (services, theme songs) and for lists of a person's works.
var nonshowConstructions = []construction{
	{
		name: "Opening Theme: T by X and Ending Theme: T by Y lines name songs and their singers: no credit",
		text: "Harbor the Animation reveals its cast\n\nThe anime Harbor the Animation announced more cast on Sunday.\n\nOpening Theme: KELVIN-NOID by Ana Selo\nEnding Theme: Quietude by Rolo Mart",
		want: []string{},
	},
}
