package extract

// sharedBugs2Constructions are TestConstructions' cases for the shared
// mechanisms that a held-out set's English articles read wrong: a
// section heading that is a sentence ending in "cast"; a describing word
// opening an obituary's lead before the title; a one-word character
// before a bracket holding a name the article credited as cast; the
// director's chair after "in".
var sharedBugs2Constructions = []construction{
	{
		name: "a heading that is a sentence ending in 'cast' ('Draws attention with its rich cast') is no show's section: the cast below is the article's show's",
		text: "Preparations continue for “Night of Tarsus”.\n\nDraws attention with its rich cast\n\nThe series stars Vedat Korlu and Selin Arbay. Actors such as Kemal Ozduran and Nalan Yavuk also take part in the project.",
		want: []string{"cast|Kemal Ozduran|Night of Tarsus||", "cast|Nalan Yavuk|Night of Tarsus||", "cast|Selin Arbay|Night of Tarsus||", "cast|Vedat Korlu|Night of Tarsus||"},
	},
	{
		name: "a heading 'T full cast' still names the section's show (a cast word between the title and 'cast')",
		text: "Autumn dramas\n\nNight of Tarsus full cast\n\nThe cast includes Vedat Korlu and Selin Arbay.",
		want: []string{"cast|Selin Arbay|Night of Tarsus||", "cast|Vedat Korlu|Night of Tarsus||"},
	},
	{
		name: "'Former T actor X has died': the describing word opening the lead is no part of the title the obituary's later credits go to",
		text: "Former Harbour Lane actor Dorian Welk has died aged 88.\n\nWelk, best known for playing Alf Grint in the long-running soap, is survived by his wife and former co-star, Edna Tolland, who plays Jess Grint.",
		want: []string{"cast|Dorian Welk|Harbour Lane|Alf Grint|", "cast|Edna Tolland|Harbour Lane|Jess Grint|"},
	},
	{
		name: "'Veteran T star X dies': the same for 'Veteran'",
		text: "Veteran Harbour Lane star Dorian Welk dies at 90.\n\nWelk played Alf Grint in the soap for twenty years.",
		want: []string{"cast|Dorian Welk|Harbour Lane|Alf Grint|"},
	},
	{
		name: "'C (X)' where X, of a given name the datasets do not know, was credited as cast before: C is X's character, X no show",
		text: "Preparations continue for “Night of Tarsus”.\n\nThe series stars Zerafin Korlu and Selin Arbay, two of the popular names of the new generation.\n\nTavrin (Zerafin Korlu), a student, enters the world of the mafia.",
		want: []string{"cast|Selin Arbay|Night of Tarsus||", "cast|Zerafin Korlu|Night of Tarsus|Tavrin|"},
	},
	{
		name: "a one-word name before a bracket with a show, the name credited before: still the show ('Oskel (Glass Orchard)')",
		text: "The film Night of Tarsus is out. Its cast includes Oskel and Selin Arbay. Oskel (Glass Orchard) is a star.",
		want: []string{"cast|Oskel|Night of Tarsus||", "cast|Selin Arbay|Night of Tarsus||", "cast|Oskel|Glass Orchard||"},
	},
	{
		name: "'With X in the director’s chair, the series ...', 'X is in the director's chair': X directs the sentence's show",
		text: "The new series “Night of Tarsus” starts soon. With Harun Baltek in the director’s chair, the series aims to keep viewers on the screen.\n\nDilan Baltek is in the director's chair.",
		want: []string{"crew|Harun Baltek|Night of Tarsus||director", "crew|Dilan Baltek|Night of Tarsus||director"},
	},
	{
		name: "'X sat in the director's chair of an earlier film': no credit in the sentence's show",
		text: "The new series “Night of Tarsus” starts soon. Harun Baltek once sat in the director's chair of a silent film.",
		want: nil,
	},
	{
		name: "'T, coming this summer, is a sketch comedy series. The cast includes A and B': an aside on when the title airs keeps it the paragraph's show",
		text: "The broadcaster announced its slate.\n\nGlass Orchard, coming this summer, is an all-female sketch comedy series. The cast includes Tovah Rinn and Della Marsh.\n\nAlso coming this summer is Night Ferry, a comedy about four friends. Stars include Abe Lunt and Cal Brix.",
		want: []string{"cast|Abe Lunt|Night Ferry||", "cast|Cal Brix|Night Ferry||", "cast|Della Marsh|Glass Orchard||", "cast|Tovah Rinn|Glass Orchard||"},
	},
	{
		name: "'In T, slated for fall, X stars as a reporter. Y co-stars as ..., Z plays ...': the show of the paragraph is T, not the one before",
		text: "The broadcaster announced its slate.\n\nAlso coming this summer is Night Ferry, a comedy about four friends.\n\nIn Iron Bay, slated for fall, Mara Quint stars as a young reporter who witnesses a murder. Jem Hart co-stars as the detective, Rafe Dunn plays the editor and Lio Grant plays a co-worker.",
		want: []string{"cast|Jem Hart|Iron Bay||", "cast|Lio Grant|Iron Bay||", "cast|Mara Quint|Iron Bay||", "cast|Rafe Dunn|Iron Bay||"},
	},
	{
		name: "'T, premiering in May, stars A and B': past the aside to the verb",
		text: "The network's new dramas were announced.\n\nIron Bay, premiering in May, stars Mara Quint and Jem Hart.",
		want: []string{"cast|Jem Hart|Iron Bay||", "cast|Mara Quint|Iron Bay||"},
	},
	{
		name: "'In London, slated for fall, X stars as a reporter': a place before the aside is no show",
		text: "Autumn slate news\n\nIn London, slated for fall, Mara Quint stars as a young reporter.",
		want: nil,
	},
	{
		name: "'Outside T, X was in political comedy T1, P's dystopian thriller T2, biopic T3, science fiction series T4 and period dramas T5 and T6': each item opens with its kind and no article; a comma title runs to the next item",
		text: "Dorian Welk played butcher Alf Grint on the soap Harbour Lane for years.\n\nOutside Harbour Lane, Welk was in political comedy Yes, Chancellor, Tam Rudd's dystopian thriller A Copper Moon, biopic Marlow, war film Battle Of Kent, science fiction series Star Harbour and period dramas The Glass Road and Fenwick.",
		want: []string{"cast|Dorian Welk|Harbour Lane|Alf Grint|", "crew|Tam Rudd|A Copper Moon||", "cast|Dorian Welk|Yes, Chancellor||", "cast|Dorian Welk|A Copper Moon||",
			"cast|Dorian Welk|Marlow||", "cast|Dorian Welk|Battle Of Kent||", "cast|Dorian Welk|Star Harbour||", "cast|Dorian Welk|The Glass Road||", "cast|Dorian Welk|Fenwick||"},
	},
	{
		name: "'He appeared in comedy T1, thriller T2 and biopic T3': a list whose items open with their kind",
		text: "Dorian Welk has died aged 88.\n\nHe appeared in comedy Pale Water, thriller A Copper Moon and biopic Marlow.",
		want: []string{"cast|Dorian Welk|Pale Water||", "cast|Dorian Welk|A Copper Moon||", "cast|Dorian Welk|Marlow||"},
	},
	{
		name: "'In 1990, X was in the comedy T1 and the biopic T2': past an opening phrase",
		text: "Dorian Welk has died aged 88.\n\nIn 1990, Welk was in the comedy Pale Water and the biopic Marlow.",
		want: []string{"cast|Dorian Welk|Pale Water||", "cast|Dorian Welk|Marlow||"},
	},
	{
		name: "'X was in Lagos, Accra and Nairobi': places with no kind before them are no titles; 'was in comedy T, which ran for years, and in London': the place is no item",
		text: "Dorian Welk has died aged 88.\n\nWelk was in Lagos, Accra and Nairobi for the shoot. Welk was in comedy Pale Water, which ran for years, and in London.",
		want: []string{"cast|Dorian Welk|Pale Water||"},
	},
	{
		name: "'the closing night film, T— featuring A, B and C– screening at ...', 'T – starring A and B – which opens': the list after a dash is T's cast, not the article's show's",
		text: "The festival will open with a screening of Pale Water. Pale Water features Tam Rudd.\n\nThe festival also announced the closing night film, Iron Bay— featuring Ama Dorne, Leo Fask and Pim Sorrel– screening at the Ace Hotel. Iron Bay created major buzz when it premiered. Director Gil Varo continues his exploration of relationships.\n\nNext up is Red Lantern – starring Nia Koval and Bree Lanter – which opens in May.",
		want: []string{"cast|Tam Rudd|Pale Water||", "cast|Ama Dorne|Iron Bay||", "cast|Leo Fask|Iron Bay||", "cast|Pim Sorrel|Iron Bay||", "crew|Gil Varo|Iron Bay||director",
			"cast|Nia Koval|Red Lantern||", "cast|Bree Lanter|Red Lantern||"},
	},
	{
		name: "'It opens in July — starring A and B': a month before the dash is no title",
		text: "Pale Water opens the festival. It opens in July — starring Ama Dorne and Leo Fask.",
		want: nil,
	},
	{
		name: "'X (Harker's Moon, Brightwater)': a title with a possessive inside, in a bracket list of titles, is one title, not a character Moon in a show Harker",
		text: "The drama Iron Bay returns. Nia Koval (Harker's Moon, Brightwater) joins the cast.",
		want: []string{"cast|Nia Koval|Iron Bay||", "cast|Nia Koval|Harker's Moon||", "cast|Nia Koval|Brightwater||"},
	},
	{
		name: "'X (Squid Harbour's Ilse)' and 'X (Harbour's Mila)' alone: still a show's possessive and its character",
		text: "The drama Iron Bay returns. Nia Koval (Squid Harbour's Ilse) joins the cast. Leo Fask (Harbour's Mila) also joins.",
		want: []string{"cast|Nia Koval|Iron Bay||", "cast|Nia Koval|Squid Harbour|Ilse|", "cast|Leo Fask|Iron Bay||", "cast|Leo Fask|Harbour|Mila|"},
	},
	{
		name: "'Nine's T', 'Seven's T', 'Ten's new drama T', '(Seven's T)': Australia's numbered networks before a title are no part of it",
		text: "The drama Iron Bay returns. Nia Koval stars in Nine's Cold Harbour. Leo Fask (Seven's Red Lantern) joins. Ama Dorne, who starred in Ten's new drama The Ferry, is back.",
		want: []string{"cast|Nia Koval|Cold Harbour||", "cast|Leo Fask|Iron Bay||", "cast|Leo Fask|Red Lantern||", "cast|Ama Dorne|The Ferry||"},
	},
	{
		name: "'Nine's T has cast X': the network's title opens the sentence; 'Nine of the cast return ... with seven others': numbers, no network",
		text: "Nine's Cold Harbour has cast Nia Koval.\n\nNine of the cast return. Leo Fask stars in Iron Bay with seven others.",
		want: []string{"cast|Nia Koval|Cold Harbour||", "cast|Leo Fask|Iron Bay||"},
	},
	{
		name: "'Creative Director and CEO X will Executive Produce both dramas', 'X is set to Direct the film': a job verb capitalized after an auxiliary or 'to'; an office in capitals before the name is no part of it",
		text: "The series Iron Bay is back. The studio's Creative Director and CEO Simon Hale will Executive Produce the drama.\n\nNia Koval is set to Direct the film.",
		want: []string{"crew|Simon Hale|Iron Bay||producer", "crew|Nia Koval|Iron Bay||director"},
	},
	{
		name: "'X will attend the Direct Cinema awards': a capitalized verb that no auxiliary stands before is a name's word",
		text: "The series Iron Bay is back. Nia Koval will attend the Direct Cinema awards.",
		want: nil,
	},
	{
		name: "'Anna and Teodor Vask star in T', 'are set to star in': a given name before 'and' and a full name opening the sentence before a cast verb shares the surname",
		text: "Anna and Teodor Vask star in Iron Bay.\n\nMaria and Teodor Lunt are set to star in Red Lantern.",
		want: []string{"cast|Anna Vask|Iron Bay||", "cast|Teodor Vask|Iron Bay||", "cast|Maria Lunt|Red Lantern||", "cast|Teodor Lunt|Red Lantern||"},
	},
	{
		name: "'Korval and Teodor Vask star in T': a word no dataset starts a name with keeps its one name",
		text: "Iron Bay is back. Korval and Teodor Vask star in the series Iron Bay.",
		want: []string{"cast|Korval|Iron Bay||", "cast|Teodor Vask|Iron Bay||"},
	},
	{
		name: "'X will play a special role in “T” by filmmaker Y, starring A and B': the list is T's cast and Y T's maker, not a show named Y",
		text: "Leo Fask will also play a special role in “Red Lantern” by filmmaker Pim Sorrel, starring Ama Dorne and Nia Koval.",
		want: []string{"cast|Leo Fask|Red Lantern||", "crew|Pim Sorrel|Red Lantern||director", "cast|Ama Dorne|Red Lantern||", "cast|Nia Koval|Red Lantern||"},
	},
	{
		name: "'The drama was written by novelist X, starring A': no title before 'by', so no credit in a show named X",
		text: "The drama was written by novelist Pim Sorrel, starring Ama Dorne.",
		want: nil,
	},
	{
		name: "'The series counts X among its cast', 'The show counts A and B among its stars': cast of the sentence's show; 'X counts Y among her friends': nothing",
		text: "The drama Iron Bay is back. The series counts Nia Koval among its cast. The show counts Leo Fask and Ama Dorne among its stars.\n\nPim Sorrel counts Bree Lanter among her friends.",
		want: []string{"cast|Nia Koval|Iron Bay||", "cast|Leo Fask|Iron Bay||", "cast|Ama Dorne|Iron Bay||"},
	},
	{
		name: "'Director X's new film T opens. X has made T1 and T2': titles after 'made' are the director's earlier works, with no job",
		text: "Director Nia Koval's new film Pale Water opens Friday. Koval has made Iron Bay and Red Lantern.",
		want: []string{"crew|Nia Koval|Pale Water||director", "crew|Nia Koval|Iron Bay||", "crew|Nia Koval|Red Lantern||"},
	},
	{
		name: "'X has made T1 and T2' of an actor the article calls no director, and 'made Lagos her home': no crew credit",
		text: "Nia Koval stars in Pale Water. Koval has made Iron Bay and Red Lantern.\n\nDirector Leo Fask's new film Cold Harbour opens Friday. Fask made Lagos his home.",
		want: []string{"cast|Nia Koval|Pale Water||", "crew|Leo Fask|Cold Harbour||director"},
	},
	{
		name: "'Director X returns to themes from his earlier films such as T1 and T2': an open credit of a person the article calls a director settles as crew",
		text: "Iron Bay created major buzz. Director Gil Varo returns to themes from his earlier films such as Red Oak and A Long Swim.",
		want: []string{"crew|Gil Varo|Red Oak||", "crew|Gil Varo|A Long Swim||"},
	},
	{
		name: "'Actor X returns to themes from his earlier films such as T1 and T2': the same open credit of a performer stays cast",
		text: "Iron Bay created major buzz. Actor Gil Varo returns to themes from his earlier films such as Red Oak and A Long Swim.",
		want: []string{"cast|Gil Varo|Red Oak||", "cast|Gil Varo|A Long Swim||"},
	},
}
