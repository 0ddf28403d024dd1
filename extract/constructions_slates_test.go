package extract

// slateConstructions are TestConstructions' cases for constructions found
// wanting in made-up articles in the styles of network line-ups, festival
// programmes, award lists, roundups, reviews, interviews and obituaries.
var slateConstructions = []construction{
	{
		name: "a fronted slate sentence: Leading the list is “T,” which reunites the love team of A and B (the comma inside the quotes, lower-case words in the title)",
		text: "Network bares its teleserye slate\n\nThe network presented its slate of new dramas on Tuesday.\n\nLeading the list is \"Tala ng Buhay,\" which reunites the love team of Rico Manalang and Dina Flores.\n\nAlso on the slate is the action series \"Kalye Uno,\" topbilled by Jun Castro as a rookie cop.",
		want: []string{"cast|Rico Manalang|Tala ng Buhay||", "cast|Dina Flores|Tala ng Buhay||", "cast|Jun Castro|Kalye Uno||"},
	},
}
