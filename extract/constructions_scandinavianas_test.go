package extract

// scandinavianAsConstructions are TestConstructions' cases for "som"
// between an actor and a character in Danish, Swedish and Norwegian.
var scandinavianAsConstructions = []construction{
	{
		name: "A som C, B som D og E som F in a Danish sentence: each plays the character in the article's show",
		text: "Harbor får en ny sæson\n\nDR har bekræftet, at serien Harbor får en ny sæson. 'Ana Selo som Mira Dun, Teo Vaan som Tarik Bel og Lio Brand som Bex Ral', står der i pressemeddelelsen.",
		want: []string{"cast|Ana Selo|Harbor|Mira Dun|", "cast|Teo Vaan|Harbor|Tarik Bel|", "cast|Lio Brand|Harbor|Bex Ral|"},
	},
	{
		name: "Swedish A som C och B som D after the series T: each plays the character in T",
		text: "Nya roller i Harbor\n\nI serien Harbor medverkar också Ana Selo som Mira Dun och Teo Vaan som Tarik Bel.",
		want: []string{"cast|Ana Selo|Harbor|Mira Dun|", "cast|Teo Vaan|Harbor|Tarik Bel|"},
	},
}
