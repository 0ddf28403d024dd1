package extract

// castRoleConstructions are TestConstructions' cases for cast and role
// constructions of entertainment news: leads named by their part,
// obituaries' earlier roles, double roles.
var castRoleConstructions = []construction{
	{
		name: "X would be the male lead for T, Y will be the female lead (the sentence's show); not the lead singer",
		text: "The Silver Bride casts its leads\n\nNetflix's upcoming series The Silver Bride has found its leads. Media outlet Daily One reported on May 21st that Kim Dae Ho would be the male lead for the upcoming Netflix original series The Silver Bride. Lee Min Ha will be the female lead, and the script will be written by Park Su. Han So Ri is the lead singer of the band Blue Fox.",
		want: []string{"cast|Kim Dae Ho|The Silver Bride||", "cast|Lee Min Ha|The Silver Bride||", "crew|Park Su|The Silver Bride||writer"},
	},
}
