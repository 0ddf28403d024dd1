package extract

// session27Constructions are TestConstructions' cases for constructions of
// casting, renewal, film, awards and review news that the rules before
// them missed.
var session27Constructions = []construction{
	{
		name: "from T creator X after the show (a genre noun, or the show and a comma, or the show as subject): X made the show too, and T",
		text: "‘Silver Harbor’ adds Sarah Paulson\n\nSarah Paulson is set to star in Silver Harbor, a new FX drama from Severance creator Dan Erickson. Tom Hanks has joined “Silver Harbor,” the thriller from “Lost” co-creator Damon Lindelof. The series is also from Fleabag producer Sally Gentle.",
		want: []string{"cast|Sarah Paulson|Silver Harbor||", "cast|Tom Hanks|Silver Harbor||", "crew|Dan Erickson|Severance||creator", "crew|Dan Erickson|Silver Harbor||creator", "crew|Damon Lindelof|Lost||creator", "crew|Damon Lindelof|Silver Harbor||creator", "crew|Sally Gentle|Fleabag||producer", "crew|Sally Gentle|Silver Harbor||producer"},
	},
	{
		name: "X, who created the series, will return as showrunner (a job after the relative clause: crew, no cast); X returns as writer and executive producer (each job)",
		text: "‘Silver Harbor’ renewed\n\nDan Erickson, who created the series, will return as showrunner. Mia Lee returns as writer and executive producer.",
		want: []string{"crew|Dan Erickson|Silver Harbor||creator", "crew|Dan Erickson|Silver Harbor||showrunner", "crew|Mia Lee|Silver Harbor||writer", "crew|Mia Lee|Silver Harbor||producer"},
	},
}
