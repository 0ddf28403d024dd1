package extract

// obituaryConstructions are TestConstructions' cases for careers told in
// prose: obituaries, roundups of deaths and profiles that list a person's
// films and shows.
var obituaryConstructions = []construction{
	{
		name: "His credits also included the films T1 (year), T2 (year) and such TV shows as T3 and T4: an adverb before the verb, and a second kind of work after the first list",
		text: "Bob Vance Dead at 90\n\nFormer actor Bob Vance died on Monday. He was 90.\n\nHis credits also included the films Red Canyon (1964), The Long Road (1966) and The Iron Gate (1975) and such TV shows as Dusty Trail and The Wanderer.",
		want: []string{"cast|Bob Vance|Red Canyon||", "cast|Bob Vance|The Long Road||", "cast|Bob Vance|The Iron Gate||", "cast|Bob Vance|Dusty Trail||", "cast|Bob Vance|The Wanderer||"},
	},
	{
		name: "a list of more than eight titles keeps its last titles",
		text: "Bob Vance Dead at 90\n\nFormer actor Bob Vance died on Monday.\n\nHis credits included Red Canyon, The Long Road, The Iron Gate, Dusty Trail, The Wanderer, Cold Harbour, Tin Roof, Night Ferry, Glass Orchard and Silver Bay.",
		want: []string{"cast|Bob Vance|Red Canyon||", "cast|Bob Vance|The Long Road||", "cast|Bob Vance|The Iron Gate||", "cast|Bob Vance|Dusty Trail||", "cast|Bob Vance|The Wanderer||", "cast|Bob Vance|Cold Harbour||", "cast|Bob Vance|Tin Roof||", "cast|Bob Vance|Night Ferry||", "cast|Bob Vance|Glass Orchard||", "cast|Bob Vance|Silver Bay||"},
	},
	{
		name: "a writer of one show who played a named character elsewhere: the credits the text lists without a kind are acting",
		text: "Bob Vance Dead at 90\n\nFormer Night Harbor writer Bob Vance died on Monday. Vance starred as Tom Reed on the series Dusty Trail.\n\nHis credits included Red Canyon and The Iron Gate.",
		want: []string{"crew|Bob Vance|Night Harbor||writer", "cast|Bob Vance|Dusty Trail|Tom Reed|", "cast|Bob Vance|Red Canyon||", "cast|Bob Vance|The Iron Gate||"},
	},
	{
		name: "a roundup of deaths: under a heading naming a person, a subheading T1, T2 and T3 actress credits that person in each title, and her sentences after stay hers",
		text: "Notable deaths of the year\n\nRosa Dane\n\nNight Harbor, Tin Roof and Cold Harbour actress\n\nRosa Dane was loved by many. She played Nurse Ada Penn in Dusty Trail.",
		want: []string{"cast|Rosa Dane|Night Harbor||", "cast|Rosa Dane|Tin Roof||", "cast|Rosa Dane|Cold Harbour||", "cast|Rosa Dane|Dusty Trail|Nurse Ada Penn|"},
	},
	{
		name: "i.e. and e.g. end no sentence: the characters a teaser introduces, each with its actor in brackets, stay in the sentence that says they are characters",
		text: "Harbor Lights teaser\n\nThe upcoming drama serial Harbor Lights has three teasers out. Each introduces the main characters i.e. Zarmeen Sohail (Ruqaya Baig) and Anmol (Tabinda Rauf).",
		want: []string{"cast|Ruqaya Baig|Harbor Lights|Zarmeen Sohail|", "cast|Tabinda Rauf|Harbor Lights|Anmol|"},
	},
	{
		name: "T Movie Review: X speaks with his eyes. (a headline with a full stop): T without the kind of work is the article's show, and C AKA C2 (played by X) names C",
		text: "Harbor Lights Movie Review: Kamal Noor speaks with his eyes.\n\nHarbor Lights is a survival thriller. Ravikuttan AKA Ravi Kumar (played by Kamal Noor) is a brooding technician. Ravikuttan is trapped.",
		want: []string{"cast|Kamal Noor|Harbor Lights|Ravikuttan|"},
	},
	{
		name: "a title that ends in Movie keeps the word where the text never names it without: The T Movie Review",
		text: "The Brick Movie Review: a toy story\n\nThe Brick Movie follows a toy. Ravi (played by Kamal Noor) is a brick.",
		want: []string{"cast|Kamal Noor|The Brick Movie|Ravi|"},
	},
	{
		name: "the second drama that A and B are working together in, after T: both acted in T",
		text: "Harbor Lights cast\n\nHarbor Lights stars Rosa Dane and Mira Shah. This is the second drama that Dane and Shah are working together in, after Night Ferry.",
		want: []string{"cast|Rosa Dane|Harbor Lights||", "cast|Mira Shah|Harbor Lights||", "cast|Rosa Dane|Night Ferry||", "cast|Mira Shah|Night Ferry||"},
	},
	{
		name: "As the feisty C in new series, T, X relished the part: a role fronted before its actor",
		text: "date 2020-10-31\n\nAs the feisty and temperamental Detective Frank Reed in new series, Cold Harbour, Kamal Noor relished the part.",
		want: []string{"cast|Kamal Noor|Cold Harbour|Detective Frank Reed|"},
	},
	{
		name: "As C, X steals the show: the fronted role is in the show the sentence is about; As a result, As for X open no role",
		text: "Cold Harbour review\n\nCold Harbour is a thriller. As Frank Reed, Kamal Noor steals the show. As a result, Mira Shah is hardly seen.",
		want: []string{"cast|Kamal Noor|Cold Harbour|Frank Reed|"},
	},
	{
		name: "X had a role in T (1955), starring Y: the year's bracket ends the title the starring list belongs to",
		text: "Bob Vance Dead at 90\n\nFormer actor Bob Vance died on Monday.\n\nVance had a role in Cold Harbour (1955), starring Rod Curtis.",
		want: []string{"cast|Bob Vance|Cold Harbour||", "cast|Rod Curtis|Cold Harbour||"},
	},
	{
		name: "in a list with a year after each title, an and with no year before it is the title's own: T1 (1964), Take the Money and Run (1969) and T3 (1975)",
		text: "Bob Vance Dead at 90\n\nFormer actor Bob Vance died on Monday.\n\nHis credits also included the films Red Canyon (1964), Take the Money and Run (1969) and The Iron Gate (1975).",
		want: []string{"cast|Bob Vance|Red Canyon||", "cast|Bob Vance|Take the Money and Run||", "cast|Bob Vance|The Iron Gate||"},
	},
	{
		name: "X relished the chance to play a sleuth in Victorian-era Dublin: a setting named by its era is no title",
		text: "Cold Harbour returns\n\nKamal Noor stars in Cold Harbour. Noor relished the chance to play a savvy sleuth in Victorian-era Dublin.",
		want: []string{"cast|Kamal Noor|Cold Harbour||"},
	},
	{
		name: "X was a sailor aboard U.S. Navy destroyers: capitals before a lower-case noun after aboard name the noun, no title; X climbed aboard T still credits X",
		text: "Bob Vance Dead at 90\n\nFormer actor Bob Vance died on Monday.\n\nVance was a sailor aboard U.S. Navy destroyers. Mira Shah has climbed aboard Cold Harbour as a guest star.",
		want: []string{"cast|Mira Shah|Cold Harbour||"},
	},
	{
		name: "a title-case death headline (X Dead at 94) makes the text an obituary: a title quoted in passing is not the article's show",
		text: "Bob Vance Dead at 94\n\nFormer Night Harbor writer Bob Vance died on Monday. He was 94.\n\nHe sang in the choir of \"Silver Bells\" as a boy.\n\nVance starred as Tom Reed on the series Dusty Trail.",
		want: []string{"crew|Bob Vance|Night Harbor||writer", "cast|Bob Vance|Dusty Trail|Tom Reed|"},
	},
}
