package extract

// showPrecisionConstructions are TestConstructions' cases for credits that
// unseen news put on the wrong show or gave to what is no person: a title
// read as a name, a credit that goes to the article's show instead of the
// title the clause names.
var showPrecisionConstructions = []construction{
	{
		name: "Other series coming to N include T1 from Y Entertainment starring A, B; and T2 from M starring C: each item's cast is its title's, not the article's show",
		text: "Velvet Road is coming to Prime Video\n\nVelvet Road, a series written by Dorin Maskel, is coming to Prime Video. It casts Toma Brevik.\n\nOther new series coming to Prime Video include Kaldo Veni from Bright Harbor Entertainment starring Rufo Dannet, Pia Lorcan, Emil Saskow; The Last Ferry from Ansel Karpov with a cast yet to be named; and Gorsett from Only Much Quieter starring Amos Palder, Mina Kolt.",
		want: []string{"crew|Dorin Maskel|Velvet Road||writer", "cast|Toma Brevik|Velvet Road||",
			"cast|Rufo Dannet|Kaldo Veni||", "cast|Pia Lorcan|Kaldo Veni||", "cast|Emil Saskow|Kaldo Veni||",
			"cast|Amos Palder|Gorsett||", "cast|Mina Kolt|Gorsett||"},
	},
	{
		name: "New shows include T starring A and B; X starring in T, X starring as C stay the person's",
		text: "Velvet Road is a new drama.\n\nNew shows this year include Kaldo Veni starring Rufo Dannet and Pia Lorcan.\n\nThe cast includes Amos Palder starring as Velma Crane.",
		want: []string{"cast|Rufo Dannet|Kaldo Veni||", "cast|Pia Lorcan|Kaldo Veni||", "cast|Amos Palder|Velvet Road|Velma Crane|"},
	},
}
