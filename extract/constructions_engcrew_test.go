package extract

// engCrewConstructions are TestConstructions' cases for English crew
// credits: makers named after companies, and crew work with no job noun.
var engCrewConstructions = []construction{
	{
		name: "produced by Co1 Pictures, Co2 Media and X: the companies that open the list are passed, X is a producer",
		text: "Harbor set at Netflix\n\nThe drama series Harbor is set at Netflix. The series is produced by Bluefin Pictures, Redwood Media and Ana Selo.",
		want: []string{"crew|Ana Selo|Harbor||producer"},
	},
	{
		name: "co-produced by Co Media and X, with Y directing: one company before the person",
		text: "Harbor set at Netflix\n\nThe drama series Harbor is set at Netflix. It is co-produced by Redwood Media and Ana Selo, with Ivo Rask directing.",
		want: []string{"crew|Ana Selo|Harbor||producer", "crew|Ivo Rask|Harbor||director"},
	},
	{
		name: "produced by Co1 Pictures and Co2 Media Entertainment: companies only, no fact",
		text: "Harbor set at Netflix\n\nThe drama series Harbor is set at Netflix. It is produced by Bluefin Pictures and Redwood Media Entertainment.",
		want: nil,
	},
}

// engDutyConstructions are the cases of a verb of providing a maker's part.
var engDutyConstructions = []construction{
	{
		name: "X will provide the character designs, Y provides the music: crew with no job in the sentence's show",
		text: "Harbor set at Netflix\n\nThe animated series Harbor is set at Netflix. Ana Selo will provide the character designs. Ivo Rask provides the music.",
		want: []string{"crew|Ana Selo|Harbor||", "crew|Ivo Rask|Harbor||"},
	},
	{
		name: "X provided the screenplay: the writer",
		text: "Harbor set at Netflix\n\nThe film Harbor opens Friday. Ana Selo provided the screenplay.",
		want: []string{"crew|Ana Selo|Harbor||writer"},
	},
	{
		name: "X provides the background for the plot: no maker",
		text: "Harbor set at Netflix\n\nThe film Harbor opens Friday. In it, Ana Selo provides the background for the plot.",
		want: nil,
	},
}

// engReturnAsConstructions are the cases of a maker named in apposition
// who returns in a crew job.
var engReturnAsConstructions = []construction{
	{
		name: "The show's creator, X, will return as showrunner: crew, not a returning cast member",
		text: "Harbor renewed\n\nNetflix has renewed Harbor for a second season. The show's creator, Ana Selo, will return as showrunner.",
		want: []string{"crew|Ana Selo|Harbor||creator", "crew|Ana Selo|Harbor||showrunner"},
	},
	{
		name: "The show's star, X, will return as Lena: a part, cast",
		text: "Harbor renewed\n\nNetflix has renewed Harbor for a second season. The show's star, Ana Selo, will return as Lena.",
		want: []string{"cast|Ana Selo|Harbor|Lena|"},
	},
}
