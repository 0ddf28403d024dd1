package extract

// ownedWorkConstructions are TestConstructions' cases for an owner's
// possessive before a work and its title (titles.go ownedWorkAt), and
// other names that are no credit's.
var ownedWorkConstructions = []construction{
	{
		name: `"stars in Peru's popular telenovela Dunhaven": the possessive names the owner, a country, the title follows the genre noun`,
		text: "Harbor Lights adds two names\n\nHarbor Lights has added Tovi Renkaar, who currently stars in Peru’s popular telenovela Dunhaven.",
		want: []string{"cast|Tovi Renkaar|Harbor Lights||", "cast|Tovi Renkaar|Dunhaven||"},
	},
	{
		name: `"best known for Peru's 2023 Oscar submission, Dunhaven": the title after the owner's describing words and a comma`,
		text: "Harbor Lights begins filming\n\nHarbor Lights is directed by Osk Bellamar, best known for Peru’s 2023 Oscar submission, Dunhaven.",
		want: []string{"crew|Osk Bellamar|Harbor Lights||director", "crew|Osk Bellamar|Dunhaven||"},
	},
	{
		name: `"best known for Dunhaven's second season": a show's possessive before its own part keeps the show`,
		text: "Harbor Lights adds a lead\n\nHarbor Lights has cast Tovi Renkaar, best known for Dunhaven’s second season.",
		want: []string{"cast|Tovi Renkaar|Harbor Lights||", "cast|Tovi Renkaar|Dunhaven||"},
	},
	{
		name: `"ANA SELO (20 July 1925-23 March 2017)": a life span in the bracket after a name is no title`,
		text: "Remembering Ana Selo\n\nANA SELO (20 July 1925-23 March 2017)\n\nAna Selo starred in Harbor Lights.",
		want: []string{"cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: `"... la saison 6 de Mon voisin Osko (Le 22 septembre prochain sur Canal Nove)": an air date in the bracket after a title's last word is no title, and the word no person`,
		text: "Harbor Lights : le casting\n\nTovi Renkaar, vue dans Harbor Lights, ajoutera à son CV une participation au premier épisode de la saison 6 de Mon voisin Osko (Le 22 septembre prochain sur Canal Nove).",
		want: []string{"cast|Tovi Renkaar|Harbor Lights||"},
	},
	{
		name: `"The series stars Emmy winning actress A and B": a prize and its participle, unhyphenated, and a performer noun before a list's name`,
		text: "Harbor Lights adds a lead\n\nThe series stars Emmy winning actress Ana Selo and Tovi Renkaar.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Tovi Renkaar|Harbor Lights||"},
	},
	{
		name: `"stars AMVCA-award winning actor/comedian, A and B", "BAFTA nominated A and Golden Globe winning B": the prize is no person`,
		text: "Harbor Lights adds a lead\n\nThe series stars AMVCA-award winning actor/comedian, Osko and Tovi Renkaar. The film stars BAFTA nominated Ana Selo and Golden Globe winning Pell Warrick.",
		want: []string{"cast|Osko|Harbor Lights||", "cast|Tovi Renkaar|Harbor Lights||", "cast|Ana Selo|Harbor Lights||", "cast|Pell Warrick|Harbor Lights||"},
	},
}
