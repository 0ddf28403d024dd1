package extract

// wrongLinkConstructions are TestConstructions' cases for credits that a
// sentence ties to another show than the one the text was about: a title
// set off by commas after a genre noun, with a bracket after it.
var wrongLinkConstructions = []construction{
	{
		name: "He will star opposite X in the upcoming drama, T (working title), to be directed by Y: T, its bracket passed over, is the sentence's show",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nHe will star opposite actress Mira Dovan in the upcoming healing romance drama, \"Quiet Rivers\" (working title), to be directed by Pel Varo and written by Tova Kess.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Mira Dovan|Quiet Rivers||", "crew|Pel Varo|Quiet Rivers||director", "crew|Tova Kess|Quiet Rivers||writer"},
	},
	{
		name: "X will star in the drama, T (2024), directed by Y: a year's bracket after the title set off by commas",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nMira Dovan will star in the drama, Quiet Rivers (2024), directed by Pel Varo.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Mira Dovan|Quiet Rivers||", "crew|Pel Varo|Quiet Rivers||director"},
	},
	{
		name: "This comes after the news that A will star with singer B in T: B is cast in T, not in the show the text was about",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nThis comes after the news that Selo will star with singer Mira Dovan in Quiet Rivers, set to premiere in 2023.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Ana Selo|Quiet Rivers||", "cast|Mira Dovan|Quiet Rivers||"},
	},
	{
		name: "The series is being written by T scribe, X, who ...: X, whose given name no list knows, is the writer in apposition, and T no person",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nThe series is being written by Quiet Rivers scribe, Pel Varo, who is a former assistant to writer Tova Kess of Lost Bay.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "crew|Pel Varo|Harbor Lights||writer", "crew|Pel Varo|Quiet Rivers||", "crew|Tova Kess|Lost Bay||writer"},
	},
	{
		name: "A and B, famed for their hit serial T, ... in their upcoming drama series which will air ...; The drama is written by X: an owner's new work named by its genre nouns, no title yet, takes no credit in T",
		text: "Ana Selo And Mira Dovan Upcoming Drama Teaser\n\nAna Selo and Mira Dovan are two actors who got fame through their hit serial Harbor Lights. Fans demanded another serial of the couple soon after the airing of Harbor Lights.\n\nNow, the network is bringing them back on the screen in their upcoming drama series which will air during Ramadan. The drama is written by Pel Varo. It has been directed by Tova Kess. The cast also includes Rin Apo and Sal Mert.",
		want: nil,
	},
	{
		name: "A and B, famed for their hit serial T, ... will be seen in a new drama series. The drama is written by X: a new work past the lead, no title yet, takes no credit in T",
		text: "Ana Selo And Mira Dovan Upcoming Drama Teaser\n\nAna Selo and Mira Dovan are two actors who got fame through their hit serial Harbor Lights. Fans demanded another serial of the couple soon after the airing of Harbor Lights.\n\nNow they will be seen in a new drama series. The drama is written by Pel Varo. The cast also includes Rin Apo and Sal Mert.",
		want: nil,
	},
	{
		name: "It chronicles the adventure of a brokenhearted 70-year-old C (X) who leaves her home: an age before the one-word name describes a character, and the bracket holds its actor, no show",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nIt chronicles the adventure of a brokenhearted 70-year-old Fatma (Nira L. Kasso) who leaves her home.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Nira L. Kasso|Harbor Lights|Fatma|"},
	},
	{
		name: "the adventure of a brokenhearted woman, C (X), who leaves: an indefinite description before the comma makes the name a character, the bracket its actor",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nIt chronicles the adventure of a brokenhearted woman, Fatma (Nira Kasso), who leaves her home.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Nira Kasso|Harbor Lights|Fatma|"},
	},
	{
		name: "The cast includes a veteran actress, X (T): a performer noun before the comma keeps the bracket X's title",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nThe cast includes a veteran actress, Nira Kasso (Lost Bay).",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Nira Kasso|Lost Bay||"},
	},
	{
		name: "leaving X's Dr. C D at the altar: an honorific and a full name after a possessive is X's character, no title X made",
		text: "Ana Selo to lead Harbor Lights\n\nAna Selo will star in the new series Harbor Lights, the network said.\n\nThe season ended with her character Dr. Lina Varo leaving Mira Dovan’s Dr. Max Kello at the altar.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Mira Dovan|Harbor Lights|Dr. Max Kello|"},
	},
}
