package extract

// articleShowWholeConstructions are TestConstructions' cases for the
// article's show written whole (showcolon.go): whole short articles whose
// opening names the show by a part of its title, which the rest of the
// article writes in full.
var articleShowWholeConstructions = []construction{
	{
		name: "a lead naming the show by its title after a franchise's colon ('have joined Hollow Orbit'), the article writing 'Star Voyage: Hollow Orbit' most times: the whole title is the show",
		text: "Five new actors have joined Hollow Orbit and will be series regulars.\n\nThe actors include Tala Brenning (Night Rail), Osric Vane and Mira Castellan.\n\n\"We boldly go,\" said Jonah Pellor, showrunner of Star Voyage: Hollow Orbit. Production on Star Voyage: Hollow Orbit is underway in Halifax.",
		want: []string{"cast|Mira Castellan|Star Voyage: Hollow Orbit||", "cast|Osric Vane|Star Voyage: Hollow Orbit||", "cast|Tala Brenning|Night Rail||", "cast|Tala Brenning|Star Voyage: Hollow Orbit||",
			"crew|Jonah Pellor|Star Voyage: Hollow Orbit||showrunner"},
	},
	{
		name: "a headline 'T joins ...' over an article that writes 'Chronicles of Vell: T' each time after: the franchise's name is a part of the show's title",
		text: "Ivy Marchetti joins Ember Gate\n\nIvy Marchetti has joined the cast of Ember Gate for its second season.\n\nChronicles of Vell: Ember Gate returns in May. Marchetti will play Queen Ysolde in Chronicles of Vell: Ember Gate, alongside Dorian Haskett.",
		want: []string{"cast|Dorian Haskett|Chronicles of Vell: Ember Gate||", "cast|Ivy Marchetti|Chronicles of Vell: Ember Gate|Queen Ysolde|"},
	},
	{
		name: "a franchise's colon before the title written once, the title alone again and again: the show stays the short title the article uses",
		text: "Ivy Marchetti joins Ember Gate\n\nIvy Marchetti has joined the cast of Ember Gate.\n\nThe spin-off, first announced as Chronicles of Vell: Ember Gate, returns in May. Marchetti will play Queen Ysolde in Ember Gate.",
		want: []string{"cast|Ivy Marchetti|Ember Gate|Queen Ysolde|"},
	},
	{
		name: "a voice cast whose brackets name each actor's best-known part as 'C from T', unquoted ('Kessler from Iron Bloom Academy'): a credit in T with C, not one title; a bracket of title words ('Letters from Kestrel Bay') stays a title",
		text: "Voice cast for The Quiet Orchard revealed\n\nThe English dub of The Quiet Orchard has found its voices. Dale Morrow (Kessler from Iron Bloom Academy) voices Tobin, and Rina Vale (Astra Quillon from Night Rail) voices Mei.\n\nSam Pell (Gorran from Iron Bloom Academy) joins as Master Hu, and Ivo Brandt (Letters from Kestrel Bay) plays the father.",
		want: []string{"cast|Dale Morrow|Iron Bloom Academy|Kessler|", "cast|Dale Morrow|The Quiet Orchard|Tobin|", "cast|Ivo Brandt|Letters from Kestrel Bay||", "cast|Ivo Brandt|The Quiet Orchard||",
			"cast|Rina Vale|Night Rail|Astra Quillon|", "cast|Rina Vale|The Quiet Orchard|Mei|", "cast|Sam Pell|Iron Bloom Academy|Gorran|", "cast|Sam Pell|The Quiet Orchard|Master Hu|"},
	},
	{
		name: "a headline 'T (its translation): X and Y lead the cast': T, before its gloss in brackets, is the article's show, though the body never names it again",
		text: "Kalbin Yolu (The Road of the Heart): Emre Kaya and Deniz Arslan lead the cast\n\nEmre Kaya will play Ali, a fisherman, and Deniz Arslan will play Zeynep.\n\nThe series starts in September.",
		want: []string{"cast|Deniz Arslan|Kalbin Yolu|Zeynep|", "cast|Emre Kaya|Kalbin Yolu|Ali|"},
	},
	{
		name: "a headline 'T (its translation) adds X': T is the article's show, and the cast of 'The drama stars A as C' is T's",
		text: "Kalbin Yolu (The Road of the Heart) adds Emre Kaya\n\nThe drama stars Emre Kaya as Ali and Deniz Arslan as Zeynep.",
		want: []string{"cast|Deniz Arslan|Kalbin Yolu|Zeynep|", "cast|Emre Kaya|Kalbin Yolu|Ali|"},
	},
	{
		name: "a headline 'X (T): ...' with a person's name before the bracket is no title with its gloss: the person is no show",
		text: "Emre Kaya (Kalbin Yolu): I had to learn to fish\n\nThe drama stars Emre Kaya as Ali.",
		want: nil,
	},
	{
		name: "a title opening the first sentence before 'announced ... that two new actors will be joining their cast': the show announcing its cast is the article's, and 'X will play the role of C' below is its credit",
		text: "Hollow Tide announced on Friday that two new actors will be joining their cast.\n\nTala Brenning will play the role of Wenna, a reporter.",
		want: []string{"cast|Tala Brenning|Hollow Tide|Wenna|"},
	},
	{
		name: "'T has revealed its new cast members': T is the article's show",
		text: "The Hollow Tide has revealed its new cast members.\n\nTala Brenning will play the role of Wenna, a reporter.",
		want: []string{"cast|Tala Brenning|The Hollow Tide|Wenna|"},
	},
	{
		name: "a person announcing her own part ('X announced on Friday that she will be joining the cast') is no show, though her given name is rare",
		text: "Ysolde Marchetti announced on Friday that she will be joining the cast.\n\nTala Brenning will play the role of Wenna, a reporter.",
		want: nil,
	},
	{
		name: "'T has cast two newcomers as the twins' opening the article: T is its show, and 'A plays C' below is T's",
		text: "Kestrel Bay has cast two newcomers as the twins.\n\nTomas Vellner plays Corvin, and Mira Oswald plays Nelda.",
		want: []string{"cast|Mira Oswald|Kestrel Bay|Nelda|", "cast|Tomas Vellner|Kestrel Bay|Corvin|"},
	},
	{
		name: "an interview's headline '‘Quote’: X on the making of ‘T’': the quotation is no title, T after the lower-case words is the article's show",
		text: "‘I cried every day’: Tala Brenning on the making of ‘Kestrel Bay’\n\nBrenning plays Ada Quell in the drama, opposite Osric Vane.",
		want: []string{"cast|Osric Vane|Kestrel Bay||", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "a question headline about a work, 'Where was T filmed? Inside the new drama': T is the article's show, and 'The series stars X as C' credits it",
		text: "Where was Kestrel Bay filmed? Inside the new drama\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'How does T end? The finale explained': T is the article's show",
		text: "How does Kestrel Bay end? The finale explained\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'What happened to X? The actress returns': a question about a person gives the article no show, though her given name is rare",
		text: "What happened to Tala Brenning? The actress returns\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: nil,
	},
}
