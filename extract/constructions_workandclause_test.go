package extract

// workAndClauseConstructions are TestConstructions' cases for a title of two
// words joined by "and" after a singular work noun, followed by a clause
// about it.
var workAndClauseConstructions = []construction{
	{
		name: `"has been cast in new drama Harrow and Harrow which features A": one title, the clause after it`,
		text: "Local teen lands TV role\n\nTomas Brel, from Kestle, has been cast in new BBC One drama Harrow and Harrow which features a starry cast topped by Nell Duarte.",
		want: []string{"cast|Tomas Brel|Harrow and Harrow||"},
	},
	{
		name: `"the film Tide and Stone starring A": one title before a cue`,
		text: "Festival names its opener\n\nThe festival opens with the film Tide and Stone starring Nell Duarte.",
		want: []string{"cast|Nell Duarte|Tide and Stone||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, workAndClauseConstructions...)
}
