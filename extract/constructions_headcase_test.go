package extract

// sentenceCaseHeadlineConstructions are TestConstructions' cases for the
// last resorts for the article's show: a headline in sentence case whose
// one run of capitalized words, named again below, is the article's show
// (headlinesentencecase.go), and the lead's one title that "The series"
// below speaks of (leadkind.go).
var sentenceCaseHeadlineConstructions = []construction{
	{
		name: "'Where is T filmed?', T named again below: T is the show of 'The series stars A as C'",
		text: "Where is Kestrel Bay filmed?\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'Everything we know about T', 'T finale recap', 'Review: T is a slow-burning delight': the headline's one title",
		text: "Review: Kestrel Bay is a slow-burning delight\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'T finale recap': the title opening a sentence-case headline",
		text: "Kestrel Bay finale recap\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "a sentence-case headline with two titles, 'After T1, T2, the streamer announces eight films': no article's show",
		text: "After Lantern Row, Glass Orchard, the streamer announces eight new films\n\nLantern Row and Glass Orchard were hits last year.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: nil,
	},
	{
		name: "a sentence-case headline's title named in the headline alone, the body taking up no show by its kind, gives no article's show",
		text: "Where is Kestrel Bay filmed?\n\nFans have waited a long time for news.\n\nTala Brenning stars as Ada Quell.",
		want: nil,
	},
	{
		name: "'T English dub cast revealed': the run of capitalized words cut back to the title named again below",
		text: "Kestrel Bay English dub cast revealed\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "the lead's one title and 'The series' below: 'T has wrapped filming on its third season. The series stars A as C'",
		text: "Casting news\n\nKestrel Bay has wrapped filming on its third season.\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'Viewers who binged T are asking for more', 'In T, a detective returns home', 'Get ready for T': the lead's title past its opening words, then 'The drama stars'",
		text: "Casting news\n\nIn Kestrel Bay, a detective returns to her hometown.\n\nThe drama stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "a lead with two titles, or a person after 'From', before 'The series stars': no article's show",
		text: "Casting news\n\nFrom Mira Oswald to Ines Calder, many actresses tried out for Kestrel Bay and Lantern Row.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: nil,
	},
	{
		name: "a lead's title with no sentence speaking of its kind after it gives no article's show",
		text: "Casting news\n\nKestrel Bay has wrapped filming on its third season.\n\nTala Brenning plays Ada Quell.",
		want: nil,
	},
	{
		name: "'Stars turned out for the premiere of T', 'the movie premiere for actress X's “T”': T is the article's show, not 'whose movie T2' below",
		text: "Premiere night\n\nStars turned out for the premiere of Kestrel Bay in Lagos on Sunday.\n\nDirector Tala Brenning, whose movie Lantern Row broke box-office records, thanked the cast. The film stars Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "crew|Tala Brenning|Kestrel Bay||director"},
	},
	{
		name: "a premiere after an owner's possessive, 'The movie premiere for actress X's “T” took place': T",
		text: "The movie premiere for actress Tala Brenning’s “Kestrel Bay” took place in Lagos on Sunday.\n\nThe film stars Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'His last film, T2, was a hit' is an earlier work, no article's show: 'X's new film T opens' below it is",
		text: "Tala Brenning’s new film Kestrel Bay opens on Friday.\n\nHis last film, Lantern Row, was a hit.\n\nThe film stars Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "crew|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'Her movie T2 holds the record, and now she has dazzled with the movie ‘T’. The film stars A as C': the film of the next sentence is the one named last, the article's show",
		text: "The premiere of Tala Brenning’s “Kestrel Bay” took place in Lagos on Sunday.\n\nHer movie Lantern Row holds the box-office record, and now she has once again dazzled with the highly anticipated movie ‘Kestrel Bay’.\n\nThe film stars Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "crew|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'Season 1 of T Spring 2022, streaming on Crave': a season of the year and a year after the title are a date, no part of it; 'Winter Roads 1993' keeps its year",
		text: "Production is underway on the new series Kestrel Bay.\n\nTala Brenning stars as Ada Quell. The puck drops on Season 1 of Kestrel Bay Spring 2022, streaming exclusively on Crave.\n\nOsric Vane joins the cast as Tobiah.\n\nThe drama Winter Roads 1993 stars Mira Oswald as Nell.",
		want: []string{"cast|Mira Oswald|Winter Roads 1993|Nell|", "cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'the anticipated adaptation of T, T2.': T2, the title after the comma that ends the sentence, is the adaptation's own and the article's show; 'an adaptation of T, the novel by X' keeps T",
		text: "Casting news\n\nAnother addition to the anticipated adaptation of Lantern Row, Kestrel Bay.\n\nOsric Vane will star alongside Tala Brenning (Glass Orchard).",
		want: []string{"cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Glass Orchard||", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'Hulu is developing an adaptation of T, the novel by X': the description after the comma is no title; T is the show",
		text: "Casting news\n\nHulu is developing an adaptation of Lantern Row, the novel by Ines Calder.\n\nThe series stars Osric Vane.",
		want: []string{"cast|Osric Vane|Lantern Row||", "crew|Ines Calder|Lantern Row||original author"},
	},
}
