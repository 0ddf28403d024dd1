package extract

// crewFactConstructions are TestConstructions' cases for crew credits whose
// person or show a near reading took wrongly: a performer of one word as the
// object of a maker's verb, a company read as a person.
var crewFactConstructions = []construction{
	{
		name: "X previously directed Y in a blockbuster T, Y a name of one word: X directs T and Y is cast in it, Y no title",
		text: "Surya begins his next film\n\nActor Surya has begun shooting his next film, Red Harbour, in Chennai. Ravi Malan directs the film. Malan previously directed Surya in a blockbuster Iron Gate which is also a remake.",
		want: []string{"crew|Ravi Malan|Red Harbour||director", "crew|Ravi Malan|Iron Gate||director", "cast|Surya|Iron Gate||"},
	},
	{
		name: "Produced by X – the team behind the hit telenovela 'T1' – 'T2' is the tale of...: X is a company, no producer",
		text: "Thandi Nkosi joins ‘Salt Road’\n\nThandi Nkosi joins the cast of ‘Salt Road’ as Lerato.\n\nProduced by Iron Kettle – the team behind the hit telenovela ‘Ubaba’ – ‘Salt Road’ is the tale of a family drawn into a battle.",
		want: []string{"cast|Thandi Nkosi|Salt Road|Lerato|"},
	},
	{
		name: "Swiss X's T, Greek Y's U in a festival's list: the nationality is no part of the maker's name",
		text: "Festival line-up\n\nThe debuts in the running include Swiss Mara Holt’s Les Ombres and Greek Nikos Adam’s The Salt Flats.",
		want: []string{"crew|Mara Holt|Les Ombres||", "crew|Nikos Adam|The Salt Flats||"},
	},
	{
		name: "T1 and French director X's T2: the job noun opens the list's next entry, so X directs T2, not T1",
		text: "Festival line-up\n\nOther debuts in the running are Swiss Mara Holt’s Les Ombres and French director Tomas Vey’s Perdrin (working title).",
		want: []string{"crew|Tomas Vey|Perdrin||director"},
	},
	{
		name: "Afghan filmmaker X's musical called T: a nation's adjective before a job noun is no title",
		text: "Festival line-up\n\nFilms from four female directors made the grade including Afghan filmmaker Lina Sadri’s musical called The Orphan Home, according to Moretti.",
		want: []string{"crew|Lina Sadri|The Orphan Home||director"},
	},
	{
		name: "She was recently in T2, directed by X: X directs T2, not the article's show",
		text: "Mara Holt joins Red Road\n\nRed Road stars Mara Holt. She was recently in Blue Vale, directed by Tomas Vey.",
		want: []string{"cast|Mara Holt|Red Road||", "crew|Tomas Vey|Blue Vale||director"},
	},
	{
		name: "Superstar X's 150th film ... the comeback of the Superstar: a star's epithet alone is no show, so the untitled film's crew gets none",
		text: "Superstar Ravi Kiran’s 150th film begins\n\nSuperstar Ravi Kiran’s prestigious 150th film began shooting today. The film marks the comeback of the Superstar to films. Arun Dev will be composing music for this film.",
		want: nil,
	},
	{
		name: "Though he directed shorts in the anthology T2, he didn't ...: the conceded work is no show the next sentence's 'the film' speaks of",
		text: "Red Road trailer out\n\nThe trailer of Arun Dev’s ‘Red Road’ is out.\n\nThough he directed two shorts in the anthology drama ‘Blue Tales’, he didn't direct a full-length feature film.\n\nThe film is written by Lina Ferro and Tomas Vey.",
		want: []string{"crew|Arun Dev|Red Road||", "crew|Lina Ferro|Red Road||writer", "crew|Tomas Vey|Red Road||writer"},
	},
}
