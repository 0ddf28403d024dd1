package extract

// summaryLabelConstructions are TestConstructions' cases for the labels an
// explainer opens its paragraphs with, "TLDR:", "TL;DR:", "FAQ:": a summary
// label, no title, so the cast list below belongs to the show the headline
// and the body name.
var summaryLabelConstructions = []construction{
	{
		name: "'TLDR: T will premiere ...' over a section's cast list: TLDR is no title; the list belongs to T",
		text: "Everything to know about Pelican Quay\n\nPelican Quay, a soap that ran for 30 years, is coming back on Zeeflix.\n\n'Pelican Quay' release date\n\nTLDR: Pelican Quay will premiere on Zeeflix on Sept. 18.\n\n'Pelican Quay' cast\n\nTLDR: The series will feature some long-time stars.\n\nMain cast list\n\n- Orrin Vasko as Kel Tamberly.\n- Delphine Aruda as Mara Quell.",
		want: []string{"cast|Delphine Aruda|Pelican Quay|Mara Quell|", "cast|Orrin Vasko|Pelican Quay|Kel Tamberly|"},
	},
	{
		name: "'TL;DR:' and 'FAQ:' labels, written with punctuation or in capitals, are no title either",
		text: "Brindlemoor Row cast and release date\n\nBrindlemoor Row arrives on Zeeflix this autumn.\n\nTL;DR: Brindlemoor Row premieres on October 2.\n\nFAQ: Who is in the cast?\n\nCast list\n\n- Orrin Vasko as Kel Tamberly.\n- Delphine Aruda as Mara Quell.",
		want: []string{"cast|Delphine Aruda|Brindlemoor Row|Mara Quell|", "cast|Orrin Vasko|Brindlemoor Row|Kel Tamberly|"},
	},
}

// joinForcesConstructions are TestConstructions' cases for the idiom "join
// forces" in a title-case headline: "Forces" opens no title.
var joinForcesConstructions = []construction{
	{
		name: "'A, B Join Forces in Epic Drama “T”': 'Forces in Epic Drama' is no title; the quoted T is the show",
		text: "Clarissa Vantorp, Dario Felkstrom Join Forces in Epic Drama “Kalinawan”\n\nClarissa Vantorp and Dario Felkstrom lead the cast of the upcoming series.\n\nThe show also stars Ponce Miravel.",
		want: []string{"cast|Clarissa Vantorp|Kalinawan||", "cast|Dario Felkstrom|Kalinawan||", "cast|Ponce Miravel|Kalinawan||"},
	},
}
