package extract

// castCreditConstructions are TestConstructions' cases for cast and role
// credits in shapes news of any country uses: a performer's past shows
// listed before the performer noun, dubbing and voice work, careers told
// in prose.
var castCreditConstructions = []construction{
	{
		name: "'Former A, B and C actress X': each title of a list before the performer noun is X's earlier show",
		text: "Soap news\n\nFormer Riverbend, Broken Oaths and Kwela actress Thandi Mokoena will be joining the cast of Sunrise Lane to play Lerato.",
		want: []string{"cast|Thandi Mokoena|Broken Oaths||", "cast|Thandi Mokoena|Kwela||", "cast|Thandi Mokoena|Riverbend||", "cast|Thandi Mokoena|Sunrise Lane|Lerato|"},
	},
	{
		name: "dubbing: 'X talked in Hindi for C in ‘T’', 'In the upcoming ‘T2’, Y will speak for C2': the character after 'for', the title after 'in' or the sentence's opening 'In T,'",
		text: "Stars who became voices\n\nRohan Mehra talked in Hindi for Captain Vortex in ‘The Vortex Men’, way back in 2004.\n\nIn the upcoming ‘The Vortex Men Return’, Priya Lal will speak for Lady Vortex.",
		want: []string{"cast|Priya Lal|The Vortex Men Return|Lady Vortex|", "cast|Rohan Mehra|The Vortex Men|Captain Vortex|"},
	},
	{
		name: "a quoted title that ends in a digit, closed by a prime as typesetting makes it (‘The Vortex Men 2′), is closed there",
		text: "Stars who became voices\n\nIn the upcoming ‘The Vortex Men 2′, Priya Lal will speak for Lady Vortex.",
		want: []string{"cast|Priya Lal|The Vortex Men 2|Lady Vortex|"},
	},
	{
		name: "a Spanish title unquoted keeps its 'en' between capitalized words: 'the telenovela Amor en Tiempos de Guerra'",
		text: "Telenovela stars\n\nMia Corral starred in the telenovela Amor en Tiempos de Guerra alongside Luis Varela.",
		want: []string{"cast|Luis Varela|Amor en Tiempos de Guerra||", "cast|Mia Corral|Amor en Tiempos de Guerra||"},
	},
	{
		name: "'X, who made his name in T, joins the cast of U', 'Y made a name for herself in V': the work that made the person known; T is no person",
		text: "Casting news\n\nLuis Varela, who made his name in The Long Road, joins the cast of Cold Harbour. Ana Pinto made a name for herself in “Tin Roof”.",
		want: []string{"cast|Ana Pinto|Tin Roof||", "cast|Luis Varela|Cold Harbour||", "cast|Luis Varela|The Long Road||"},
	},
	{
		name: "'The soap Home and Shore has cast X as C': a title after a genre noun runs on past 'and' where a casting verb follows it",
		text: "Soap news\n\nThe soap Home and Shore has cast Mia Corral as Leah Marsh.",
		want: []string{"cast|Mia Corral|Home and Shore|Leah Marsh|"},
	},
	{
		name: "'T stars X, who plays A, B and C': a play verb in the singular has one subject, who plays each character of the list",
		text: "Bright Hour first look\n\n“Bright Hour” stars Mia Corral, who plays Leah, Marilyn and Jo. In “Cold Harbour”, Ana Pinto portrays Nurse Ada Penn and her twin Bea.",
		want: []string{"cast|Ana Pinto|Cold Harbour|Bea|", "cast|Ana Pinto|Cold Harbour|Nurse Ada Penn|", "cast|Mia Corral|Bright Hour|Jo|", "cast|Mia Corral|Bright Hour|Leah|", "cast|Mia Corral|Bright Hour|Marilyn|"},
	},
	{
		name: "the title role: 'He had just finished filming his title role as the royal in T', 'X played the title role in “U”': the character is the title",
		text: "Actor dies at 70\n\nBritish actor Tom Smyth has died at the age of 70. He appeared in Harbour Lights. He had just finished filming his title role as the royal in King Edward VII when he died. Ana Pinto played the title role in “Doctor Penn”.",
		want: []string{"cast|Ana Pinto|Doctor Penn|Doctor Penn|", "cast|Tom Smyth|Harbour Lights||", "cast|Tom Smyth|King Edward VII|King Edward VII|"},
	},
	{
		name: "two people's possessive before a title: 'We've written about Zhang Wei and Li Na's Are You Mine' casts both (a writing verb elsewhere in the sentence, or a show known from another sentence, makes no makers of them)",
		text: "Drama roundup\n\nWe’ve written about Zhang Wei and Li Na’s Are You Mine and its journey a few times. Are You Mine finally airs this month.",
		want: []string{"cast|Li Na|Are You Mine||", "cast|Zhang Wei|Are You Mine||"},
	},
	{
		name: "'feature' as a genre noun before a title in apposition: 'X stars in the stop-motion feature, “T”'",
		text: "Animation news\n\nMia Corral stars in the stop-motion feature, “The Paper Fox”.",
		want: []string{"cast|Mia Corral|The Paper Fox||"},
	},
	{
		name: "'X (C) of T', 'Y (C2) from U': a performer, the character alone in brackets, then the show after 'of' or 'from'",
		text: "Soap news\n\nWiseman is a model who, like Sipho Dube (Lehasa) of Kwela Road, has been fighting off rumours. Fans love Tina Marsh (Beverley) from Harbour Lane.",
		want: []string{"cast|Sipho Dube|Kwela Road|Lehasa|", "cast|Tina Marsh|Harbour Lane|Beverley|"},
	},
	{
		name: "'X left T where he played C for seven years': 'where' right after a title, with no comma, reads as ', where he played C'",
		text: "Soap news\n\nSipho Dube made his debut on Kwela Road. The actor left fans devastated when he left Riverbend where he played Duma for seven years.",
		want: []string{"cast|Sipho Dube|Kwela Road||", "cast|Sipho Dube|Riverbend|Duma|"},
	},
	{
		name: "a character's possessive, then the actor in brackets: 'Zoren Lee is Anselmo, Martina (Isa Rivas) and Ramon's (Dante Rivo) conceited son', 'as Zakhithi's (played by Nomsa Khumalo) new love interest'",
		text: "“Harbour Lane” cast revealed\n\nIn “Harbour Lane”, Zoren Lee is Anselmo, Martina (Isa Rivas) and Ramon‘s (Dante Rivo) conceited son. Sipho Dube joins “Harbour Lane” as Zakhithi’s (played by Nomsa Khumalo) new love interest.",
		want: []string{"cast|Dante Rivo|Harbour Lane|Ramon|", "cast|Isa Rivas|Harbour Lane|Martina|", "cast|Nomsa Khumalo|Harbour Lane|Zakhithi|", "cast|Sipho Dube|Harbour Lane||", "cast|Zoren Lee|Harbour Lane|Anselmo|"},
	},
	{
		name: "a bracket of earlier work in words: 'X (star of Danish thriller T)', 'Y (best known for U)'",
		text: "Mystery Lane returns\n\nThe Mystery Lane cast also includes Tasma Wolt and Sofia Hel (star of Danish thriller The Crossing), with new episodes on Sundays. It adds Tom Reed (best known for Cold Harbour).",
		want: []string{"cast|Sofia Hel|Mystery Lane||", "cast|Sofia Hel|The Crossing||", "cast|Tasma Wolt|Mystery Lane||", "cast|Tom Reed|Cold Harbour||", "cast|Tom Reed|Mystery Lane||"},
	},
	{
		name: "'Leah (Mia Corral) returns home': a given name, then a person named in full in brackets, is a character and its actor in the review's show; with no show known, no credit (never Leah in a title 'Mia Corral')",
		text: "Bright Hour review\n\nLeah (Mia Corral) returns home.\n\nA quiet triumph.\n\nMarta (Ana Pinto) leaves.",
		want: []string{"cast|Ana Pinto|Bright Hour|Marta|", "cast|Mia Corral|Bright Hour|Leah|"},
	},
	{
		name: "'X dubbed for Y's C in ‘T’': the dub voice plays the character Y plays, in T",
		text: "Stars who became voices\n\nPriya Lal dubbed for Tom Hardwick's Captain Joe in ‘The Vortex Men’.",
		want: []string{"cast|Priya Lal|The Vortex Men|Captain Joe|", "cast|Tom Hardwick|The Vortex Men|Captain Joe|"},
	},
	{
		name: "'X takes on the character of C': a form of 'take on' before 'the character of' names X's character, as 'the role of' does",
		text: "Harbour Lane first look\n\nHarbour Lane is a new soap. This time Sipho Dube takes on the character of Vusi Khoza, a charming criminal. Ana Pinto captures the character of Cape Town.",
		want: []string{"cast|Sipho Dube|Harbour Lane|Vusi Khoza|"},
	},
	{
		name: "'X, one of the many new faces joining the SABC1 telenovela T,', 'Y, who is one of the stars of U,': a person in apposition to 'one of the (new) stars/faces of T' is T's cast; a network before the genre noun is passed",
		text: "Soap news\n\nActor Sipho Dube, one of the many new faces joining the SABC1 telenovela Kwela Road, has been cast as a thug. Ana Pinto, who is one of the stars of Harbour Lane, is back. Tom Reed, one of the stars of the year, won.",
		want: []string{"cast|Ana Pinto|Harbour Lane||", "cast|Sipho Dube|Kwela Road||"},
	},
	{
		name: "'X headlines T', 'Y headlined U in 2019', 'Z will headline V': a top-billing verb before an unquoted title casts its subject; 'made headlines Monday' and 'The headlines Tuesday' credit nobody",
		text: "Harbour news\n\nMia Corral headlined Harbour Lane in 2019. Tom Reed will headline Red Sky. Sam Dube headlines Cold Harbour. Ana Pinto made headlines Monday. The headlines Tuesday were about Ana Pinto.",
		want: []string{"cast|Mia Corral|Harbour Lane||", "cast|Sam Dube|Cold Harbour||", "cast|Tom Reed|Red Sky||"},
	},
	{
		name: "'X will take part in T', 'Y is another actor who will take part in the film': T a known show, the sentence's project or a title after a genre noun; 'took part in Cannes', 'the Cannes Film Festival' and 'the press conference' name no work",
		text: "Harbour Lane news\n\nHarbour Lane is a new film. Tom Reed will take part in Harbour Lane. Ana Pinto is another actor who will take part in the film. Sam Dube takes part in the new series Red Sky. Mia Corral took part in Cannes. Lee Park took part in the Cannes Film Festival and in the press conference.",
		want: []string{"cast|Ana Pinto|Harbour Lane||", "cast|Sam Dube|Red Sky||", "cast|Tom Reed|Harbour Lane||"},
	},
	{
		name: "passive 'T will be starred by A, in the role of C, and B, who will be D': the list after 'starred by' is the subject show's cast, the asides its characters; 'The bar was starred by critics' credits nobody",
		text: "Harbour Lane news\n\nHarbour Lane will be starred by Argentine actress Ana Pinto, in the role of prosecutor Marta Costas, and Colombian actor Tom Reed, who will be Fausto Ruiz. The bar was starred by Michelin critics.",
		want: []string{"cast|Ana Pinto|Harbour Lane|Marta Costas|", "cast|Tom Reed|Harbour Lane|Fausto Ruiz|"},
	},
	{
		name: "'X had earlier played a musician in T': a part with no name, then 'in' and a title, is a credit in that title, not in the sentence's show; 'in the film' and 'in London' keep the sentence's show",
		text: "Harbour Lane news\n\nHarbour Lane is a new film. Tom Reed had earlier played a musician in Red Sky. Ana Pinto plays a nurse in the film. Mia Corral played a corrupt mayor in London.",
		want: []string{"cast|Ana Pinto|Harbour Lane||", "cast|Mia Corral|Harbour Lane||", "cast|Tom Reed|Red Sky||"},
	},
	{
		name: "'X had a memorable turn as a corrupt mayor in T (1988)': a noun of a part, 'as', a part with no name and a title: X is T's cast; 'used the song as a mantra in London' credits nobody",
		text: "Harbour Lane news\n\nHarbour Lane is a new film. Tom Reed had a memorable turn as a corrupt mayor in Red Sky (1988). Ana Pinto used the song as a mantra in London.",
		want: []string{"cast|Tom Reed|Red Sky||"},
	},
	{
		name: "the aside 'X, who was in “T”, came back', 'Y, who was in the film U,': X is T's cast; a bare name ('who was in Lagos') or 'who is in the news' credits nobody",
		text: "Red Earth 2 news\n\nRed Earth 2 is a new film. Kelechi Obi, who was in “Red Earth”, came back. Ana Pinto, who was in Lagos, came too. Tom Reed, who was in the film Blue Moon, is here. Sam Dube, who is in the news, said so.",
		want: []string{"cast|Kelechi Obi|Red Earth||", "cast|Tom Reed|Blue Moon||"},
	},
}
