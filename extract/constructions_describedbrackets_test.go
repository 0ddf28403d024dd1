package extract

import "testing"

// describedBracketConstructions are TestConstructions' cases for a bracket
// after a name that describes the actor or the name, not a title: the
// name's part shaped as a person is the actor, the description no show.
var describedBracketConstructions = []construction{
	{
		name: "C (played by T villainess, A) where no show is known: no credit, and neither the description nor A a show of C's",
		text: "Ten local films to watch\n\nOur critic picks the homegrown films of the festival.\n\nMira (played by Night Road, Grey Walls villainess, Tomas Brel) is an elderly married woman who has spent her life at home.",
		want: nil,
	},
	{
		name: "C (played by T villainess, A) in a sentence about the show: A plays C in it",
		text: "Velvet Lanterns opens the festival\n\nVelvet Lanterns is the festival opener. In Velvet Lanterns, Mira (played by Grey Walls villainess, Tomas Brel) is an elderly married woman.",
		want: []string{"cast|Tomas Brel|Velvet Lanterns|Mira|"},
	},
	{
		name: "C (A in a bravura performance) where no show is known: no credit, and the description no show",
		text: "Ten local films to watch\n\nOur critic picks the homegrown films of the festival.\n\nThe movie is set in the north, where Judy (Nell Duarte in a bravura performance) is quietly losing her independence.",
		want: nil,
	},
	{
		name: "C (A in a bravura performance) in a sentence about the show: A plays C in it",
		text: "Grey Hours opens the festival\n\nThe drama Grey Hours, directed by Lena Hart, is the festival opener. Grey Hours is set in the north, where Judy (Nell Duarte in a bravura performance) is quietly losing her independence.",
		want: []string{"crew|Lena Hart|Grey Hours||director", "cast|Nell Duarte|Grey Hours|Judy|"},
	},
	{
		name: "A (Varo county women representative): an office in a bracket is no show",
		text: "Fifty best shows of all time\n\nThe list takes us through shows old and new.\n\nFamous personalities and politicians were part of the show's cast including Rosa Telle (Varo county women representative).",
		want: nil,
	},
	{
		name: "its memorable casts included the late A (C1 C2), B (C3) and D (C4): with a bracket of two name words in the list, a one-word bracket is a character, no show",
		text: "Fifty best shows of all time\n\nThe list takes us through shows old and new.\n\nThe show was one of the most watched programs in the country. Some of its memorable casts included the late Oren Valk (Tobo Marr), Delia Marsh (Kanto), Peter Quill (Lula Best) and Sam Orrin (Bexa).",
		want: nil,
	},
	{
		name: "C (T villainess A) in a sentence about the show: the name after the describing word plays C, the description no show",
		text: "Velvet Lanterns opens the festival\n\nThe drama Velvet Lanterns, directed by Ana Selo, opens the festival. Mira (Night Road villainess Tomas Brel) is an elderly married woman who has spent her life at home.",
		want: []string{"crew|Ana Selo|Velvet Lanterns||director", "cast|Tomas Brel|Velvet Lanterns|Mira|"},
	},
	{
		name: "(Cast: A, B) ... C (T, A) where no show is known: A is a person the label gives, so neither T nor A is a show of C's",
		text: "Ten local films to watch\n\nOur critic picks the homegrown films of the festival.\n\nVELVET LANTERNS, Screens Sep 28\n\n(Dir: Ana Selo. Cast: Tomas Brel, Ida Wren)This year's opener is a local affair. Mira (Night Road, Tomas Brel) is an elderly married woman who has spent her life at home.",
		want: nil,
	},
}

// TestDescribedBrackets extracts each of describedBracketConstructions and
// compares its facts, as brief prints them, with the ones it wants.
func TestDescribedBrackets(t *testing.T) {
	for _, tt := range describedBracketConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
