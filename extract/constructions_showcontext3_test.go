package extract

// showContext3Constructions are TestConstructions' cases for the show a
// sentence's credits go to when a title in quotes opens the sentence as its
// subject ("“T” drew 3 million viewers", "Channel A’s “T,” which ..., set
// off to a slow start"): the sentence, and "the drama" after it, are about
// T, not the show of the paragraphs before (showsubject.go).
var showContext3Constructions = []construction{
	{
		name: "'KBC’s “T2,” which is also B’s first drama in years, set off to a slow start' then 'The drama is about ... C (B)': B plays C in T2, not in the show before",
		text: "Two new dramas premiere on Friday\n\nKBX’s “Copper Veil,” which marks Anja Moribel’s return to dramas, saw an impressive premiere.\n\nThe drama is about a married couple. Anja Moribel plays a doctor named Ima Tull.\n\nKBC’s “Glass Harbour,” which is also Nina Brask’s first drama in four years, set off to a slow start.\n\nThe drama is about a designer who meets a chef, Ren Veldon (Nina Brask).",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'“T2” drew 3 million viewers' then 'The drama stars B as C': T2 is the show of the paragraph after it",
		text: "Two new dramas premiere on Friday\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\n“Glass Harbour” drew 3 million viewers.\n\nThe drama stars Nina Brask as a chef named Ren Veldon.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'Meanwhile, KBC’s “T2” premiered to weak ratings' then 'The series follows C (B)': past the intro and the owner's possessive",
		text: "Two new dramas premiere on Friday\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\nMeanwhile, KBC’s “Glass Harbour” premiered to weak ratings.\n\nThe series follows a chef, Ren Veldon (Nina Brask).",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'The KBX soap opera “T2” has run for 60 years, and for 16 of those, B played the nurse C': 'soap opera' names the kind of T2, the sentence's show",
		text: "Soap stars remembered\n\nAnja Moribel starred in Copper Veil for a decade.\n\nThe KBX soap opera “Glass Harbour” has run for more than 60 years, and for 16 of those, Nina Brask played the frank nurse Ren Veldon.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'“T2” star B joins the cast of T as C': a noun after the quoted title makes no subject of it; B plays C in T",
		text: "Copper Veil adds a star\n\n“Glass Harbour” star Nina Brask joins the cast of Copper Veil as Ren Veldon.",
		want: []string{"cast|Nina Brask|Copper Veil|Ren Veldon|", "cast|Nina Brask|Glass Harbour||"},
	},
	{
		name: "'“T 3” will air in October. ... are returning cast members': a season of the article's show keeps the article's show",
		text: "“Copper Veil 3” confirmed for next season\n\nA third season of KBX's drama series “Copper Veil” has been confirmed. “Copper Veil 3” will air in October.\n\nAnja Moribel and Nina Brask have also been confirmed as returning cast members.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Nina Brask|Copper Veil||"},
	},
	{
		name: "a quotation that opens the sentence, '“We loved it,” B said', is no title",
		text: "Copper Veil adds a star\n\nCopper Veil has cast Anja Moribel as Ima Tull.\n\n“We Loved It,” Nina Brask said.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|"},
	},
	{
		name: "a roundup whose entries open with a line of one quoted title, '‘T1’', named only there: 'The main leads are A and B as C' in its paragraph go to T1, the next entry's to T2",
		text: "Upcoming dramas to look out for\n\nSeveral dramas arrive next year, with fine casts.\n\n‘Glass Harbour’\n\nThis drama is about a lighthouse keeper. The main leads are Nina Brask, playing ‘Ima,’ and Anja Moribel as Ada Kell.\n\n‘Salt Road’\n\nThe leads for this drama are Dara Fennick and Pim Tarrow, who play Ren Veldon and Ada Kell, respectively.",
		want: []string{"cast|Anja Moribel|Glass Harbour|Ada Kell|", "cast|Dara Fennick|Salt Road|Ren Veldon|", "cast|Nina Brask|Glass Harbour||", "cast|Pim Tarrow|Salt Road|Ada Kell|"},
	},
	{
		name: "entries headed by '“T1”' and '“T2’s Way”' in double quotes, a possessive inside the title: each is its paragraph's show",
		text: "Upcoming dramas to look out for\n\nSeveral dramas arrive next year.\n\n“Glass Harbour”\n\nThe drama stars Nina Brask as Ima Tull.\n\n“Salt Road’s Way Home”\n\nThe drama stars Dara Fennick as Ren Veldon.",
		want: []string{"cast|Dara Fennick|Salt Road’s Way Home|Ren Veldon|", "cast|Nina Brask|Glass Harbour|Ima Tull|"},
	},
	{
		name: "one line of a quoted title named nowhere else, with no other such line, heads no section: 'The drama stars A' after it keeps the article's show",
		text: "Copper Veil adds a star\n\nKBX has renewed Copper Veil for a second season.\n\n“Brave New Days”\n\nThe drama stars Nina Brask as Ima Tull.",
		want: []string{"cast|Nina Brask|Copper Veil|Ima Tull|"},
	},
	{
		name: "'The main character of the series “T2” is a gangster, C (B)' after a paragraph on T1: the hero, the plot of a show are of that show, not an earlier one compared with",
		text: "Crime dramas worth seeing\n\nSeries “Copper Veil” was based on a book by Anja Moribel.\n\nThe main character of the series “Glass Harbour” there is a gangster, Ren Veldon (Nina Brask), who moves to the north.\n\nThe plot of the drama Salt Road follows a nurse, Ada Kell (Dara Fennick).",
		want: []string{"cast|Dara Fennick|Salt Road|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|", "crew|Anja Moribel|Copper Veil||original author"},
	},
	{
		name: "'Then there's “T2,” which follows a chef', 'Last but not least, there is “T3.”': the title after 'there is' (past an intro, before a 'which' clause or the sentence's end) is the show of the paragraph after it",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\nThen there's “Glass Harbour,” which follows a chef.\n\nThe drama stars Nina Brask as a chef named Ren Veldon.\n\nLast but not least, there is “Salt Road.”\n\nThe series stars Dara Fennick as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'“T2” is another drama to watch', 'The network will also air “T3” in March': the quoted title is the show of the paragraph after it",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\n“Glass Harbour” is another drama to watch.\n\nThe drama stars Nina Brask as a chef named Ren Veldon.\n\nThe network will also air “Salt Road” in March.\n\nThe series stars Dara Fennick as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'Then there's A, who plays C': a person after 'there is' is no title; the article's show keeps the credit",
		text: "Copper Veil adds two stars\n\nCopper Veil has cast Anja Moribel as Ima Tull.\n\nThen there's Nina Brask, who plays a chef named Ren Veldon.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Copper Veil|Ren Veldon|"},
	},
	{
		name: "'T2 is another drama to watch' (no quotes): 'another' and a genre noun describe T2 as 'a' does, the show of the paragraph after it; not 'A is another star of the drama'",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\nGlass Harbour is another drama to watch.\n\nThe drama stars Nina Brask as a chef named Ren Veldon.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'A rose to fame with the drama “T2”', 'B shot to fame in the series “T3”', 'C made her name in the drama “T4”': a breakout work is earlier work, not the show 'The drama' after it speaks of",
		text: "Copper Veil adds three stars\n\nKBX’s “Copper Veil” has cast Anja Moribel as Ima Tull.\n\nNina Brask rose to fame with the drama “Glass Harbour.” The drama also stars Pim Tarrow as a nurse named Ada Kell.\n\nDara Fennick shot to fame in the series “Salt Road.” The drama also stars Ora Sneedley as a chef named Ren Veldon.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road||", "cast|Nina Brask|Glass Harbour||", "cast|Ora Sneedley|Copper Veil|Ren Veldon|", "cast|Pim Tarrow|Copper Veil|Ada Kell|"},
	},
	{
		name: "'A recently returned to television with the drama “T2”': her new show, the show of 'The drama' after it",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” has cast Anja Moribel as Ima Tull.\n\nNina Brask recently returned to television with the drama “Glass Harbour.” The drama also stars Pim Tarrow as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour||", "cast|Pim Tarrow|Glass Harbour|Ada Kell|"},
	},
	{
		name: "'“T2” debuts next week', 'Premiering in March is “T3,” a drama about a nurse': a roundup's entry opening with its premiere; 'It stars A as C' after it goes to that title",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” has cast Anja Moribel as Ima Tull.\n\n“Glass Harbour” debuts next week.\n\nIt stars Nina Brask as a chef named Ren Veldon.\n\nPremiering in March is “Salt Road,” a drama about a nurse.\n\nIt stars Dara Fennick as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'T2 will premiere on KBX in March' where the article called T2 a drama before: T2 is the entry's show; 'Movie premieres at ... are' is a noun, no title",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” has cast Anja Moribel as Ima Tull. The network also ordered the drama Glass Harbour.\n\nGlass Harbour will premiere on KBX in March.\n\nIt stars Nina Brask as a chef named Ren Veldon.\n\nMovie premieres at the Lumen are turning out to be a thing. It stars Dara Fennick as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Glass Harbour|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "a festival's 'The festival will close with “T2.”', 'The closing night film is T3': each is the show of 'The film is directed by A' after it, not the opening film",
		text: "Lumen Film Festival announces its line-up\n\nThe festival will open with “Copper Veil,” directed by Anja Moribel. The film follows a family in Lisbon.\n\nThe festival will close with “Glass Harbour.”\n\nThe film is directed by Nina Brask.\n\nThe closing night film is Salt Road.\n\nThe film is directed by Dara Fennick.",
		want: []string{"crew|Anja Moribel|Copper Veil||director", "crew|Dara Fennick|Salt Road||director", "crew|Nina Brask|Glass Harbour||director"},
	},
	{
		name: "'“T2” closes the festival', 'The opening title will be T3 by A': the quoted subject before 'closes', the title after 'will be'",
		text: "Lumen Film Festival announces its line-up\n\nThe festival will open with “Copper Veil,” directed by Anja Moribel. The film follows a family in Lisbon.\n\n“Glass Harbour” closes the festival.\n\nThe film is directed by Nina Brask.",
		want: []string{"crew|Anja Moribel|Copper Veil||director", "crew|Nina Brask|Glass Harbour||director"},
	},
	{
		name: "'The director of the series will be A', 'At the core of the series is C, portrayed by B': a genre noun after 'of' before 'is' names no title; the article's show keeps the credits",
		text: "Copper Veil sets its team\n\nKBX has ordered the drama Copper Veil.\n\nThe director of the series will be Nina Brask, and the screenplay will be written by Dara Fennick.\n\nAt the core of the series is Ada Kell, portrayed by Anja Moribel.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ada Kell|", "crew|Dara Fennick|Copper Veil||writer", "crew|Nina Brask|Copper Veil||director"},
	},
	{
		name: "'For “T2,” the network tapped A as the lead', 'As for “T3,” the drama follows C (B)', 'Turning to “T4,” ...': the quoted title the sentence turns to is its show and the paragraph's; 'For A, the role was a dream' is a person",
		text: "Dramas to watch this winter\n\nKBX’s “Copper Veil” has cast Anja Moribel as Ima Tull.\n\nFor “Glass Harbour,” the network tapped Nina Brask as the lead.\n\nAs for “Salt Road,” the drama follows a chef. The drama stars Dara Fennick as a chef named Ren Veldon.\n\nFor Anja Moribel, the role was a dream.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road|Ren Veldon|", "cast|Nina Brask|Glass Harbour||"},
	},
	{
		name: "'Over on KBC, “T2” recorded ratings of 10 percent', 'Over the weekend, “T3” drew 3 million viewers': 'Over ...,' is an intro the quoted subject comes after",
		text: "Weekend ratings\n\nKBX’s “Copper Veil” saw an impressive premiere. Anja Moribel plays a doctor named Ima Tull.\n\nOver on KBC, “Glass Harbour” recorded ratings of 10 percent.\n\nThe drama stars Nina Brask as a chef named Ren Veldon.\n\nOver the weekend, “Salt Road” drew 3 million viewers.\n\nThe drama stars Dara Fennick as a nurse named Ada Kell.",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Dara Fennick|Salt Road|Ada Kell|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
}
