package extract

// roundupSectionConstructions are TestConstructions' cases for a roundup's
// numbered sections: a heading that names a person, repeated at the head
// of its prose, stays the section's person in both readings where that
// prose tells the person's life; a heading that names a show, repeated the
// same way, stays the section's show.
var roundupSectionConstructions = []construction{
	{
		name: "2. A B over 'A B, the star of many films, died on 1 May', then 'He is remembered for his roles in T1, T2 and T3': the heading is the section's person, not a show",
		text: "Stars we lost this year\n\nHere are the actors fans will miss.\n\n1. Ana Selo\n\nAna Selo died in March at 81. She is remembered for her roles in Harbor Lights, Low Tide and Cold Orchard.\n\n2. Bo Rinn\n\nBo Rinn, the star of many films, died on 1 May.\n\nHe is remembered for his roles in Iron Bay, Glass Meadow and Dune Road.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Low Tide||", "cast|Ana Selo|Cold Orchard||", "cast|Bo Rinn|Iron Bay||", "cast|Bo Rinn|Glass Meadow||", "cast|Bo Rinn|Dune Road||"},
	},
	{
		name: "a person's heading over 'A B, 81, passed away', 'A B has died', 'A B is best known for': each section its person's",
		text: "Farewell to the stars of the screen\n\nThese are the actors who left us.\n\n1. Cy Tessel\n\nCy Tessel, 81, passed away at home.\n\nHe appeared in Paper Moon Street and Iron Bay.\n\n2. Ida Venn\n\nIda Venn has died at 70.\n\nShe was best known for her role in Harbor Lights.\n\n3. Tom Vale\n\nTom Vale is best known for Glass Meadow. He died in June.",
		want: []string{"cast|Cy Tessel|Paper Moon Street||", "cast|Cy Tessel|Iron Bay||", "cast|Ida Venn|Harbor Lights||", "cast|Tom Vale|Glass Meadow||"},
	},
	{
		name: "a roundup of shows: '1. T' over 'T, the new thriller, follows ...', then 'It stars A and B': the heading is the section's show",
		text: "Dramas to watch this winter\n\nHere are the dramas we are waiting for.\n\n1. Harbor Lights\n\nHarbor Lights, the new thriller, follows a lighthouse keeper. It stars Ana Selo and Bo Rinn.\n\n2. Cold Orchard\n\nCold Orchard tells of two sisters. It stars Cy Tessel and Ida Venn.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Cy Tessel|Cold Orchard||", "cast|Ida Venn|Cold Orchard||"},
	},
	{
		name: "a person's heading repeated by prose that tells no life, 'A B began acting at 12', then 'He is remembered for his roles in T1, T2': the section's pronouns make the heading its person",
		text: "Stars we lost this year\n\nHere are the actors fans will miss.\n\nBo Rinn\n\nBo Rinn began acting at the age of 12.\n\nHe is remembered for his roles in Iron Bay and Glass Meadow.\n\nCy Tessel\n\nFans will remember Cy Tessel for her warm smile. She is remembered for her roles in Low Tide and Dune Road.",
		want: []string{"cast|Bo Rinn|Iron Bay||", "cast|Bo Rinn|Glass Meadow||", "cast|Cy Tessel|Low Tide||", "cast|Cy Tessel|Dune Road||"},
	},
	{
		name: "a roundup of shows whose titles look like names, 'Cold Orchard' over 'Cold Orchard follows two sisters. She ...', 'It stars A': the heading stays the section's show",
		text: "Dramas to watch this winter\n\nHere are the dramas we are waiting for.\n\nCold Orchard\n\nCold Orchard follows two sisters on a farm. She inherits the farm from an aunt. It stars Ana Selo and Bo Rinn.\n\nGlass Meadow\n\nGlass Meadow tells of a detective. The series stars Cy Tessel.",
		want: []string{"cast|Ana Selo|Cold Orchard||", "cast|Bo Rinn|Cold Orchard||", "cast|Cy Tessel|Glass Meadow||"},
	},
}
