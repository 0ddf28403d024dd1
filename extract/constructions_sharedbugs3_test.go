package extract

// sharedBugs3Constructions are TestConstructions' cases for shared
// mechanisms that probes on made-up names read wrong: a person's name in
// brackets after a character of an off-screen trade.
var sharedBugs3Constructions = []construction{
	{
		name: "'fashion designer A B (C D)': a job noun that is no screen job before a name and a bracketed name: a character and its actor, no show named C D",
		text: "Kira Doln stars in the new drama Glass Orchard. The drama is about fashion designer Yoo Sera (Go Dahm Yi), who loses her memory.",
		want: []string{"cast|Kira Doln|Glass Orchard||", "cast|Go Dahm Yi|Glass Orchard|Yoo Sera|"},
	},
	{
		name: "'composer A B (C D)', 'a costume designer named in a plot': the same with other trades and names",
		text: "The new film Iron Bay opens in May. It follows composer Mara Bell (Tessa Wynn) and her rival, set designer Lena Pask (Sara Morrow).",
		want: []string{"cast|Tessa Wynn|Iron Bay|Mara Bell|", "cast|Sara Morrow|Iron Bay|Lena Pask|"},
	},
	{
		name: "'composer A B (T)': a title in the bracket after a crew name stays a title",
		text: "The new film Iron Bay opens in May. Its score is by composer Mara Bell (Pale Water).",
		want: []string{"crew|Mara Bell|Pale Water||", "crew|Mara Bell|Iron Bay||"},
	},
	{
		name: "'A (T1), B (T2), and 21 Laps will co-produce': a count in digits before a capitalized word makes a company, no producer named 'Laps'",
		text: "Kira Doln stars in Night Ferry. Tam Rudd (Pale Water), Dan Kohl (Glass Road), and 21 Laps will co-produce the film alongside 20th Century.",
		want: []string{"cast|Kira Doln|Night Ferry||", "crew|Tam Rudd|Pale Water||", "crew|Dan Kohl|Glass Road||"},
	},
	{
		name: "'produced by 4 Corners and X': no person named 'Corners'; a year before a name ('In 2019 X starred') still leaves the name",
		text: "Kira Doln stars in Night Ferry. The film is produced by 4 Corners. In 2019 Mara Quint starred in Iron Bay.",
		want: []string{"cast|Kira Doln|Night Ferry||", "cast|Mara Quint|Iron Bay||"},
	},
	{
		name: "'X, the voice of C in the T films,', 'Y is best known as the voice of C2 in the T2 films', 'Z was the voice of C3 in “T3”': cast in T as C",
		text: "Kira Doln stars in Night Ferry.\n\nMara Quint, the voice of Pip Sparrow in the Iron Bay films, joins the cast. Tova Rinn is best known as the voice of Edda Lune in the Pale Water films. Cal Brix was the voice of Tomo in “Glass Road”.",
		want: []string{"cast|Kira Doln|Night Ferry||", "cast|Mara Quint|Iron Bay|Pip Sparrow|", "cast|Tova Rinn|Pale Water|Edda Lune|", "cast|Cal Brix|Glass Road|Tomo|"},
	},
	{
		name: "'the voice of a generation', 'the voice of C' with no title: no credit",
		text: "Kira Doln stars in Night Ferry.\n\nMara Quint, the voice of a generation, spoke in Lagos. Tova Rinn was the voice of Edda Lune for years.",
		want: []string{"cast|Kira Doln|Night Ferry||"},
	},
	{
		name: "'The network ordered T1 and T2. X will executive produce both dramas', 'Y will direct both films': crew in each of the two titles",
		text: "Streaming slate news\n\nThe network ordered Iron Bay and Pale Water for next year. Mara Quint will executive produce both dramas.",
		want: []string{"crew|Mara Quint|Iron Bay||producer", "crew|Mara Quint|Pale Water||producer"},
	},
	{
		name: "'The studio bought T1 and T2. Y will direct both films'",
		text: "Film slate news\n\nThe studio bought Glass Road and Star Harbour. Tova Rinn will direct both films.",
		want: []string{"crew|Tova Rinn|Glass Road||director", "crew|Tova Rinn|Star Harbour||director"},
	},
	{
		name: "'both dramas' after a sentence with one title, or in another paragraph: only the sentence's show",
		text: "Streaming slate news\n\nThe network ordered Iron Bay for next year.\n\nMara Quint will executive produce both dramas.",
		want: []string{"crew|Mara Quint|Iron Bay||producer"},
	},
}
