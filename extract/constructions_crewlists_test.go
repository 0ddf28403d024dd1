package extract

// crewListConstructions are TestConstructions' cases for a maker's works
// read as a list: titles past an aside, and people past their trades.
var crewListConstructions = []construction{
	{
		name: "X has created T1, the crime series starring Y, and T2: the list goes on past the aside",
		text: "Dunmore Falls renewed\n\nDunmore Falls is a show by Mara Quell. Additionally, Quell has created Red Vale, the crime series starring Tod Vail, and Special Ops: Tigress.",
		want: []string{"cast|Tod Vail|Red Vale||", "crew|Mara Quell|Red Vale||creator", "crew|Mara Quell|Special Ops: Tigress||creator"},
	},
	{
		name: "X has recently directed series including T1, produced by Z for Net, and Tamil-language T2",
		text: "Dunmore Falls\n\nThe drama Dunmore Falls is directed by Ivo Brandl. Brandl has recently directed series including The Tame Game, produced by Rob Tull for Netflix, and Tamil-language Sweet Spicy Tea for Prime Video.",
		want: []string{"crew|Ivo Brandl|Dunmore Falls||director", "crew|Rob Tull|The Tame Game||producer", "crew|Ivo Brandl|The Tame Game||director", "crew|Ivo Brandl|Sweet Spicy Tea||director"},
	},
	{
		name: "directed T1, the film that won a prize, and Y will produce: a name after the aside's and is no title",
		text: "Low Tide\n\nThe film Low Tide is shooting. Its director Ana Velde directed Green Hour, the film that won the prize, and Tom Rask will produce.",
		want: []string{"crew|Ana Velde|Low Tide||director", "crew|Ana Velde|Green Hour||director", "crew|Tom Rask|Low Tide||producer"},
	},
	{
		name: "X's The Brave and the Hollow: \"and the\" inside one title after The and one word",
		text: "Nora Vell dies\n\nThe actress Nora Vell has died. Her busiest year ended with Ivo Dern's The Brave and the Hollow in 1955.",
		want: []string{"crew|Ivo Dern|The Brave and the Hollow||"},
	},
	{
		name: "written by screenwriter A and novelist B; a comic by A and cartoonist B; a memoir by A and BBC journalist B: the list goes on past a later item's trade",
		text: "Harbor is new\n\nThe drama Harbor is written by screenwriter Hal Gorm and novelist Fran Lupo.\n\nThe film Low Tide is based on a comic by Ana Vell and cartoonist Bo Rinn.\n\nThe series Red Vale is adapted from a memoir by Cal Pent and BBC journalist Jon Hale.",
		want: []string{"crew|Hal Gorm|Harbor||writer", "crew|Fran Lupo|Harbor||writer", "crew|Ana Vell|Low Tide||original author", "crew|Bo Rinn|Low Tide||original author",
			"crew|Cal Pent|Red Vale||original author", "crew|Jon Hale|Red Vale||original author"},
	},
	{
		name: "produced by A and the actor B: a performer's noun after the and is no trade of the makers' list",
		text: "Harbor is new\n\nThe drama Harbor is produced by Tom Hale and stars actor Ian Rudd.",
		want: []string{"crew|Tom Hale|Harbor||producer", "cast|Ian Rudd|Harbor||"},
	},
	{
		name: "X has featured in so many movies including T1, T2, Money never rests and a host of others: a count of works, a title in sentence case in the list",
		text: "Harbor is new\n\nThe drama Harbor stars Nora Vell. Bo Rinn has featured in so many movies including Dark Pier, Low Tide, Money never rests and a host of others. Tom Rudd starred in Red Vale, Green Hour and Cold Sun last year and won. Ana Velde has starred in countless dramas such as Wet Moon and Warm Rain.",
		want: []string{"cast|Nora Vell|Harbor||", "cast|Bo Rinn|Dark Pier||", "cast|Bo Rinn|Low Tide||", "cast|Bo Rinn|Money never rests||",
			"cast|Tom Rudd|Red Vale||", "cast|Tom Rudd|Green Hour||", "cast|Tom Rudd|Cold Sun||", "cast|Ana Velde|Wet Moon||", "cast|Ana Velde|Warm Rain||"},
	},
	{
		name: "produced by A and B of Qorvo Film Ventures: a company ending in Ventures is no title of B's",
		text: "Harbor is new\n\nThe film Harbor is being produced by Kamal Rudd and Pavel Rudd of Qorvo Film Ventures.",
		want: []string{"crew|Kamal Rudd|Harbor||producer", "crew|Pavel Rudd|Harbor||producer"},
	},
	{
		name: "known for his work on T – Kenya's 2023 Oscar submission: a dash before a possessive ends the title",
		text: "Harbor premieres\n\nHarbor is a new drama series on Maisha Plus.\n\nDirected by acclaimed Mombasa-based filmmaker Ivo Brandl, known for his work on Mvura – Kenya’s 2023 Oscar submission, Harbor brings together a top cast.",
		want: []string{"crew|Ivo Brandl|Harbor||director", "crew|Ivo Brandl|Mvura||"},
	},
	{
		name: "obituary credits: Later roles included the dramas T1 and T2; Her television work included; Among her other credits were; Her best-known films are (not His films are dark)",
		text: "Nora Vell dies at 88\n\nNora Vell, the actress, has died at 88.\n\nLater roles included the dramas Fox Den and Pale Kings.\n\nHer television work included Cask Row and Stone Mill.\n\nAmong her other credits were Elm Court and Ash Lane.\n\nHer later television appearances included Bay Tree and Lime Walk.\n\nHer best-known films are Hazel Dell and Cedar Row.\n\nHer films are Hollywood classics.",
		want: []string{"cast|Nora Vell|Fox Den||", "cast|Nora Vell|Pale Kings||", "cast|Nora Vell|Cask Row||", "cast|Nora Vell|Stone Mill||", "cast|Nora Vell|Elm Court||", "cast|Nora Vell|Ash Lane||",
			"cast|Nora Vell|Bay Tree||", "cast|Nora Vell|Lime Walk||", "cast|Nora Vell|Hazel Dell||", "cast|Nora Vell|Cedar Row||"},
	},
	{
		name: "He has also lent his voice to the animated film T: a part in T, no character; His other TV work includes T1, T2 and T3",
		text: "Harbor adds Tom Rudd\n\nTom Rudd has joined the cast of Harbor.\n\nHe has also lent his voice to the animated film Yew Hill.\n\nHis other TV work includes Cask Row, Stone Mill and Elm Court.\n\nAna Velde lends her voice to Nala.",
		want: []string{"cast|Tom Rudd|Harbor||", "cast|Tom Rudd|Yew Hill||", "cast|Tom Rudd|Cask Row||", "cast|Tom Rudd|Stone Mill||", "cast|Tom Rudd|Elm Court||", "cast|Ana Velde|Harbor|Nala|"},
	},
	{
		name: "He rose to fame with T; He made his name on the soap T; first came to attention in the 2009 film T; His breakthrough came with the drama T; He got his start on the teen drama T (the pronoun's person; not a band's prominence in a place)",
		text: "Harbor adds Tom Rudd\n\nTom Rudd has joined the cast of Harbor.\n\nHe rose to fame with Ash Lane and has since starred in Bay Tree.\n\nHe made his name on the soap Box Wood.\n\nRudd first came to attention in the 2009 film Dark Pier.\n\nHis breakthrough came with the drama Low Tide.\n\nHe got his start on the teen drama Fox Den.\n\nThe band came to prominence in London.",
		want: []string{"cast|Tom Rudd|Harbor||", "cast|Tom Rudd|Ash Lane||", "cast|Tom Rudd|Bay Tree||", "cast|Tom Rudd|Box Wood||", "cast|Tom Rudd|Dark Pier||", "cast|Tom Rudd|Low Tide||", "cast|Tom Rudd|Fox Den||"},
	},
	{
		name: "X was previously a series regular on T; Audiences will recognize him from T1 and T2; You may know him from T (the person the text spoke of before)",
		text: "Harbor adds Tom Rudd\n\nTom Rudd has joined the cast of Harbor.\n\nRudd was previously a series regular on Pine Gap. Audiences will recognize him from Fox Den and Pale Kings. You may know him from the series Stone Mill.",
		want: []string{"cast|Tom Rudd|Harbor||", "cast|Tom Rudd|Pine Gap||", "cast|Tom Rudd|Fox Den||", "cast|Tom Rudd|Pale Kings||", "cast|Tom Rudd|Stone Mill||"},
	},
	{
		name: "She went on to direct T1 and T2; She also helmed episodes of T3 and T4: each title of the verb's object list",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nShe went on to direct Fox Den and Pale Kings.\n\nShe also helmed episodes of Iron Gate and Glass Lane.",
		want: []string{"crew|Ana Velde|Fox Den||director", "crew|Ana Velde|Pale Kings||director", "crew|Ana Velde|Iron Gate||director", "crew|Ana Velde|Glass Lane||director"},
	},
	{
		name: "Her films as director include T1 and T2; Her other directorial efforts include T3; Her films as a writer included T4: crew with the job",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nHer films as director include Green Hour and Cold Sun.\n\nHer other directorial efforts include Pine Gap and Box Wood.\n\nHer films as a writer included Fir Park.",
		want: []string{"crew|Ana Velde|Green Hour||director", "crew|Ana Velde|Cold Sun||director", "crew|Ana Velde|Pine Gap||director", "crew|Ana Velde|Box Wood||director", "crew|Ana Velde|Fir Park||writer"},
	},
	{
		name: "She made her directorial debut in 1970 with T: the year between the debut and its work; the pronoun's person",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nShe made her directorial debut in 1970 with Cedar Row.",
		want: []string{"crew|Ana Velde|Cedar Row||director"},
	},
	{
		name: "She was the creator of the series T; She was also the creator of T2: the pronoun's person holds the job",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nShe was the creator of the series Ash Lane. She was also the creator of Fir Park.",
		want: []string{"crew|Ana Velde|Ash Lane||creator", "crew|Ana Velde|Fir Park||creator"},
	},
	{
		name: "Among the films she directed were T1 and T2; Among the shows she appeared in are T3 and T4; Among the films X wrote was T5",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nAmong the films she directed were Fir Park and Yew Hill. Among the shows she appeared in are Pine Gap and Box Wood. Among the films Tom Rudd wrote was Elm Court.",
		want: []string{"crew|Ana Velde|Fir Park||director", "crew|Ana Velde|Yew Hill||director", "cast|Ana Velde|Pine Gap||", "cast|Ana Velde|Box Wood||", "crew|Tom Rudd|Elm Court||writer"},
	},
	{
		name: "X's last film as director was T (crew, the job); Y's final film was T2 (the kind open); not \"Y's last film was a hit\"",
		text: "Ana Velde dies at 80\n\nAna Velde, the director, has died at 80.\n\nVelde's last film as director was Cedar Row. Tom Rudd's final film was Hazel Dell. Tom Rudd's last film was a hit.",
		want: []string{"crew|Ana Velde|Cedar Row||director", "cast|Tom Rudd|Hazel Dell||"},
	},
}
