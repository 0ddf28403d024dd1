package extract

// listingConstructions are TestConstructions' cases for listings and
// slates that name several shows: a listing's day beside its channel is no
// title, and a title opening a sentence keeps it past an aside on where it
// comes from.
var listingConstructions = []construction{
	{
		name: "a listing's bracket of channel and day, 'T (Netflix, Friday)', 'In T (Sunday, ITV), X is': the day is no show, and its title no person",
		text: "New on streaming this week\n\nIn Kestrel Bay (Sunday, ITV), Tala Brenning is a detective sent to a fishing town.\n\nThe Glass Orchard (Netflix, Friday) is a period drama.",
		want: nil,
	},
	{
		name: "a one-word bracket that is a day's name and the only thing in it stays a title: 'A (Wednesday) and B (Lantern Row)'",
		text: "Season two of Kestrel Bay has cast Tala Brenning (Wednesday) and Osric Vane (Lantern Row).",
		want: []string{"cast|Osric Vane|Kestrel Bay||", "cast|Osric Vane|Lantern Row||", "cast|Tala Brenning|Kestrel Bay||", "cast|Tala Brenning|Wednesday||"},
	},
	{
		name: "a slate: 'T2, from writer X, stars A and B' after 'T1, a thriller written by Y, stars C': each title the show of its own sentence, the aside on where it comes from passed over",
		text: "Broadcaster unveils autumn drama slate\n\nThe broadcaster has unveiled its autumn drama slate. Kestrel Bay, a six-part thriller written by Hale Morrow, stars Tala Brenning. The Glass Orchard, from writer Ines Calder, stars Mira Oswald and Osric Vane.",
		want: []string{"cast|Mira Oswald|The Glass Orchard||", "cast|Osric Vane|The Glass Orchard||", "cast|Tala Brenning|Kestrel Bay||",
			"crew|Hale Morrow|Kestrel Bay||writer", "crew|Ines Calder|The Glass Orchard||writer"},
	},
	{
		name: "a streaming list's entries, a numbered title line over 'Starring: A' with one name or 'Starring: A, B': the label is no character",
		text: "The best new shows to stream in March\n\n1. Kestrel Bay\nStarring: Tala Brenning, Osric Vane\nWhere to watch: Netflix\n\n2. The Glass Orchard\nStarring: Mira Oswald\nWhere to watch: Hulu",
		want: []string{"cast|Mira Oswald|The Glass Orchard||", "cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'season two of T, with A and B returning': the people after 'with' and before 'returning' are T's cast",
		text: "Summer slate revealed\n\nThe streamer will also premiere season two of Kestrel Bay, with Tala Brenning and Osric Vane returning, on July 4.",
		want: []string{"cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'T returns on July 4 with A and B reprising their roles', 'The drama T is set in Lagos, with A and B in the lead roles': the show the sentence opens with",
		text: "Summer slate revealed\n\nKestrel Bay returns on July 4 with Tala Brenning and Osric Vane reprising their roles.\n\nThe drama Glass Orchard is set in Lagos, with Mira Oswald and Ines Calder in the lead roles.",
		want: []string{"cast|Ines Calder|Glass Orchard||", "cast|Mira Oswald|Glass Orchard||", "cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "'set in Lagos, with A and B in the lead roles' with no show named: the place is no show; 'a film with X starring Y': X is no cast",
		text: "Summer slate revealed\n\nThe film is set in Lagos, with Mira Oswald and Ines Calder in the lead roles.\n\nAmong the ones he liked was a film with Hale Morrow starring Osric Vane.",
		want: nil,
	},
	{
		name: "a listing's paragraphs 'T (Netflix, Friday) – A and B star in this thriller', 'T2 – C plays a botanist in this drama': the title before the dash is the paragraph's show",
		text: "New on streaming this week\n\nKestrel Bay (Netflix, Friday) – Tala Brenning and Osric Vane star in this coastal thriller.\n\nThe Glass Orchard – Mira Oswald plays a botanist in this period drama.",
		want: []string{"cast|Mira Oswald|The Glass Orchard||", "cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Kestrel Bay||"},
	},
	{
		name: "a credits line 'C - A (C2 in T2)' opening a paragraph is no title and a sentence: the dash parts a character from its actor",
		text: "Kestrel Bay English dub cast revealed\n\nThe English dub cast of Kestrel Bay has been revealed.\n\nAda Quell - Tala Brenning (Nora in Lantern Row)\n\nTobiah - Osric Vane (Ivo in Lantern Row)",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Osric Vane|Lantern Row|Ivo|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|", "cast|Tala Brenning|Lantern Row|Nora|"},
	},
}
