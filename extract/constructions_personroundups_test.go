package extract

// personRoundupConstructions are TestConstructions' cases for roundups of
// people and of shows under headings: a person's heading stays the
// section's person through a profile's label lines and the prose that
// repeats the name; a show's heading stays the section's show, and a label
// line of credits under it ("Main roles: A and B") is its cast.
var personRoundupConstructions = []construction{
	{
		name: "2. A B over 'A B was a famous film actor', then 'He is remembered for his roles in T1, T2': the heading is the section's person, not a show",
		text: "Stars we lost\n\nHere are some actors fans remember.\n\n1. Ana Selo Kint\n\nAna is best remembered for her roles in Harbor Lights and Low Tide.\n\n2. Bo Rinn\n\nBo Rinn was a famous film actor and producer. He died on 1 May 2015.\n\nHe is remembered for his roles in Cold Orchard, Glass Meadow 2, and Iron Bay.",
		want: []string{"cast|Ana Selo Kint|Harbor Lights||", "cast|Ana Selo Kint|Low Tide||", "cast|Bo Rinn|Cold Orchard||", "cast|Bo Rinn|Glass Meadow 2||", "cast|Bo Rinn|Iron Bay||"},
	},
	{
		name: "a person's section with profile lines, 'Full name: A B', 'A B Year of birth: 1955', '1955 Date of death: 1 May 2015': the section stays A B's",
		text: "Stars we lost\n\nHere are some actors fans remember.\n\n1. Bo Rinn\n\nFull name: Bo Rinn\n\nBo Rinn Year of birth: 1955\n\n1955 Date of death: 1 May 2015\n\n1 May 2015 Age at death: 60 years\n\nBo Rinn was a famous film actor. His notable collaborations were with Cy Tessel. He is remembered for his roles in Cold Orchard and Iron Bay.",
		want: []string{"cast|Bo Rinn|Cold Orchard||", "cast|Bo Rinn|Iron Bay||"},
	},
	{
		name: "a roundup of shows, '1. T' over 'T is a thriller ... The series stars A and B': each heading the show of its section",
		text: "Dramas to watch this winter\n\nHere are the dramas we are waiting for.\n\n1. Harbor Lights\n\nHarbor Lights is a thriller about a lighthouse keeper. The series stars Ana Selo and Bo Rinn.\n\n2. Cold Orchard\n\nCold Orchard follows two sisters. It stars Cy Tessel as Mara Quell.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Cy Tessel|Cold Orchard|Mara Quell|"},
	},
	{
		name: "a roundup's bare title over a label line 'Main roles: A and B' (the label in lower case): the line is the title's cast, not a heading",
		text: "Studio Nine 2027 offerings: ten series for next year\n\nStudio Nine unveiled its slate on Monday. Here are the offerings:\n\nHarbor Lights\n\nMain roles: Ana Selo and Bo Rinn\n\nWhat about? A rich kid falls for a student.\n\nCold Orchard\n\nMain roles: Cy Tessel and Ida Venn\n\nWhat about? A young man reads minds.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Cy Tessel|Cold Orchard||", "cast|Ida Venn|Cold Orchard||"},
	},
	{
		name: "a roundup's entry line 'T — Cast: A, B', 'T2 (Netflix) – Starring C and D', '“T3” - With E, F': each title the show of its line's cast",
		text: "New dramas for spring\n\nHarbor Lights — Cast: Ana Selo, Bo Rinn\n\nA keeper finds a body.\n\nCold Orchard (Netflix) – Starring Ida Venn and Jessa Lark\n\nTwo sisters fight.\n\n“Glass Meadow” - With Cy Tessel, Tom Vale\n\nA detective returns home.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Ida Venn|Cold Orchard||", "cast|Jessa Lark|Cold Orchard||", "cast|Cy Tessel|Glass Meadow||", "cast|Tom Vale|Glass Meadow||"},
	},
	{
		name: "a roundup of people: 'He directed T' and 'The actress, best known for T2' under '2. A B' are A B's, never the person of the section before",
		text: "Stars we lost in 2026\n\n1. Bo Rinn\n\nThe actor died in May. He appeared in Iron Bay, Dune Road and Low Tide.\n\n2. Cy Tessel\n\nThe filmmaker died in June. He directed Paper Moon Street and The Quiet Lot.\n\n3. Ana Selo\n\nThe actress, best known for Harbor Lights, died in March at 81.",
		want: []string{"cast|Bo Rinn|Iron Bay||", "cast|Bo Rinn|Dune Road||", "cast|Bo Rinn|Low Tide||", "crew|Cy Tessel|Paper Moon Street||director", "crew|Cy Tessel|The Quiet Lot||director", "cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: "a roundup's entry line '• T (Netflix): A, B', 'T2 (HBO): C and D': the names after the network's colon are the title's cast; 'Update (Netflix): A new date.' names none",
		text: "The new shows of the fall\n\n• Harbor Lights (Netflix): Ana Selo, Bo Rinn\n\n• Cold Orchard (HBO): Ida Venn and Cy Tessel\n\nUpdate (Netflix): A new date.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Ida Venn|Cold Orchard||", "cast|Cy Tessel|Cold Orchard||"},
	},
	{
		name: "a list of deaths: 'A B, 81, actress (T1, T2). March 3.', 'C D, 70, British director (T3).': cast, and crew with the job, in each title; 'E F, 60, actor and director (T4).' gives nothing",
		text: "Deaths in March\n\nHere are the notable people who died this month.\n\nAna Selo, 81, actress (Harbor Lights, Low Tide). March 3.\n\nBo Rinn, 70, British director (Cold Orchard). March 9.\n\nCy Tessel, 60, actor and director (Glass Meadow). March 12.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Low Tide||", "crew|Bo Rinn|Cold Orchard||director"},
	},
	{
		name: "an explainer's heading 'T' over 'Who is in it? A, B and C.': the answer's names are T's cast, each section its own",
		text: "What to watch this week\n\nHarbor Lights\n\nWho is in it? Ana Selo, Bo Rinn and Cy Tessel.\n\nCold Orchard\n\nWho stars?\n\nIda Venn and Jessa Lark.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Rinn|Harbor Lights||", "cast|Cy Tessel|Harbor Lights||", "cast|Ida Venn|Cold Orchard||", "cast|Jessa Lark|Cold Orchard||"},
	},
}
