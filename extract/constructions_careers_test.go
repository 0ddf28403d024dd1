package extract

// careerConstructions are TestConstructions' cases for careers told in
// prose (obituaries, profiles), reviews that name the actor in brackets
// after the character, and network line-ups that list each show's cast.
var careerConstructions = []construction{
	{
		name: "an obituary's career in prose: in T (1949) with A, there was T2 with B, appeared with C in T3, with D again in T4 and E in T5: the subject and each co-star in each title",
		text: "Remembering Vera Holt\n\nThe British actress Vera Holt started out as a dancer. Her film debut was in Paper Lanterns in 1950 with Nora Pell and Ida Crane. She landed a good role in Salt Meadow (1952) with Hugo Marsh. Then there was The Glass Orchard with Ralph Dunne. She appeared with Otto Brandt in Red Harbour, with Lena Voss in Winter Gate, with Hugo Marsh again in The Long Road and Ada Finch in The Last Ferry.",
		want: []string{
			"cast|Vera Holt|Paper Lanterns||", "cast|Nora Pell|Paper Lanterns||", "cast|Ida Crane|Paper Lanterns||",
			"cast|Vera Holt|Salt Meadow||", "cast|Hugo Marsh|Salt Meadow||",
			"cast|Vera Holt|The Glass Orchard||", "cast|Ralph Dunne|The Glass Orchard||",
			"cast|Vera Holt|Red Harbour||", "cast|Otto Brandt|Red Harbour||",
			"cast|Vera Holt|Winter Gate||", "cast|Lena Voss|Winter Gate||",
			"cast|Vera Holt|The Long Road||", "cast|Hugo Marsh|The Long Road||",
			"cast|Vera Holt|The Last Ferry||", "cast|Ada Finch|The Last Ferry||",
		},
	},
	{
		name: "no co-star credit where 'with' follows a place or a year: was in Paris with A, in 2019 with B",
		text: "Vera Holt profile\n\nVera Holt was in Paris with Nora Pell last spring. She starred in 2019 with Hugo Marsh at the festival.",
		want: nil,
	},
}
