package extract

// crewStaffConstructions are TestConstructions' cases for staff credits:
// a drama's directors and writers named in prose, a festival line-up's
// makers and their titles.
var crewStaffConstructions = []construction{
	{
		name: "In addition, X (T1, T2) is the chief director of the series: a person with a job, no title; \"In addition\" adds no cast",
		text: "Live-Action Cold Harbour Drama Series Info, Trailers Revealed\n\nThe series stars Mara Quist (Tin Roof).\n\nIn addition, Tomas Silva (Salt Tides, Blue Hour!) is the chief director of the series and Alma Birch and Ivo Brandt are serving as directors.",
		want: []string{
			"cast|Mara Quist|Cold Harbour||", "cast|Mara Quist|Tin Roof||",
			"crew|Tomas Silva|Cold Harbour||director", "crew|Tomas Silva|Salt Tides||", "crew|Tomas Silva|Blue Hour!||",
			"crew|Alma Birch|Cold Harbour||director", "crew|Ivo Brandt|Cold Harbour||director",
		},
	},
	{
		name: "a name in z takes a bare apostrophe for its possessive: titles like A's T1 and B' T2",
		text: "Cannes line-up revealed\n\nThe main list includes titles like Ana Lee's Red Fields and Ivo Ruiz’ The Stop.",
		want: []string{"crew|Ana Lee|Red Fields||", "crew|Ivo Ruiz|The Stop||"},
	},
}
