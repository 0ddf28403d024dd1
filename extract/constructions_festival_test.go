package extract

// festivalConstructions are TestConstructions' cases for line-ups told one
// field a line, and for crew named through their earlier work or in the
// article's subject show.
var festivalConstructions = []construction{
	{
		name: "a line-up entry one field a line: title, countries, by X (director), with A, B (cast); a translated title's bracket dropped",
		text: "Competition line-up announced\n\nThe festival has announced its competition.\n\nSalt Tides\n\nPortugal / Brazil\n\nby Ana Duarte\n\nwith Rui Lemos, Clara Sá, Tomas Vieira\n\nWorld premiere\n\nOs Barcos (The Boats)\n\nRepublic of Korea\n\nby Min Ha-jun, Lee Seo-yeon\n\nwith Park Ji-ho\n\nWorld premiere",
		want: []string{"crew|Ana Duarte|Salt Tides||director", "cast|Rui Lemos|Salt Tides||", "cast|Clara Sá|Salt Tides||", "cast|Tomas Vieira|Salt Tides||",
			"crew|Min Ha-jun|Os Barcos||director", "crew|Lee Seo-yeon|Os Barcos||director", "cast|Park Ji-ho|Os Barcos||"},
	},
	{
		name: "a byline under the headline is no director",
		text: "Salt Tides sets sail\n\nby Ana Duarte\n\nThe drama was filmed in Lisbon.",
		want: nil,
	},
	{
		name: "X of T will direct the drama: X directs the article's show, and T is X's earlier work",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. Tomas Berg of Tin Roof will direct the drama.",
		want: []string{"crew|Tomas Berg|Cold Harbour||director", "crew|Tomas Berg|Tin Roof||"},
	},
	{
		name: "Director X of T2 will helm it: X, not the last word of T2, is the subject",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. Director Tomas Berg of Descendants of the Moon will helm it.",
		want: []string{"crew|Tomas Berg|Cold Harbour||director"},
	},
	{
		name: "a former assistant to writer Y of T2: Y's credit is in T2, not in the article's show",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. The series is being written by Ana Lind who is a former assistant to famed writer Mara Quist of Tin Roof.",
		want: []string{"crew|Ana Lind|Cold Harbour||writer", "crew|Mara Quist|Tin Roof||writer"},
	},
	{
		name: "created by executive producer A (T) with B and C of Company: each a creator of the article's show",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. It was created by executive producer Ana Lind (Paper Moon) with Tomas Berg and Mara Quist of Salt Pictures, who made the hit Tin Roof.",
		want: []string{"crew|Ana Lind|Paper Moon||", "crew|Ana Lind|Cold Harbour||creator", "crew|Ana Lind|Cold Harbour||producer", "crew|Tomas Berg|Cold Harbour||creator", "crew|Mara Quist|Cold Harbour||creator"},
	},
	{
		name: "written by T scribe, X who ...: X, after the comma, is the writer, and T is X's earlier work",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. The series is being written by Paper Moon scribe, Ana Lind who is a former nurse.",
		want: []string{"crew|Ana Lind|Paper Moon||", "crew|Ana Lind|Cold Harbour||writer"},
	},
	{
		name: "X (T) is co-creator: a job noun with no article ends the clause, so X is crew of the article's show and of T, no cast",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. Ana Lind (Paper Moon) is co-creator.",
		want: []string{"crew|Ana Lind|Paper Moon||", "crew|Ana Lind|Cold Harbour||creator"},
	},
	{
		name: "the Grand Prix to T by Hungarian director X, in a prize's sentence: X directs T, not the show the sentence before named",
		text: "Festival winners\n\nThe festival ended on Sunday. Rooney Stone plays in the U.S. film Tin Roof, directed by Todd Hall.\n\nThe jury attributed the Grand Prix to Son of Salt by Hungarian director Laszlo Nem.",
		want: []string{"cast|Rooney Stone|Tin Roof||", "crew|Todd Hall|Tin Roof||director", "crew|Laszlo Nem|Son of Salt||director"},
	},
	{
		name: "a prize for the lead performance in T (translated title) by French director X, in a prize's sentence: X directs T, though T reads like a name",
		text: "Festival winners\n\nThe festival ended on Sunday. The jury gave a shared prize for the lead performance in Mon Roi (My King) by French director Maiwen.",
		want: []string{"crew|Maiwen|Mon Roi||director"},
	},
	{
		name: "Company's X (T) executive producing: the possessive before a producer whose own show is in brackets is a company, no show",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour, with 4 Leaves’ Orly Obst (The Mick) executive producing.",
		want: []string{"crew|Orly Obst|The Mick||", "crew|Orly Obst|Cold Harbour||producer"},
	},
	{
		name: "X, a former assistant to writer Y (T), wrote the script: Y's credit is in T only",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. Ana Lind, a former assistant to writer Mara Quist (Tin Roof), wrote the script.",
		want: []string{"crew|Mara Quist|Tin Roof||", "crew|Ana Lind|Cold Harbour||writer"},
	},
	{
		name: "according to exec producer X: X is the show's producer, though 'to' stands before the job",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. The ending will shock fans, according to exec producer Ana Lind.",
		want: []string{"crew|Ana Lind|Cold Harbour||producer"},
	},
	{
		name: "the drama T2 from the writer of T, X: X writes both",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour from the writer of Paper Moon, Ana Lind.",
		want: []string{"crew|Ana Lind|Paper Moon||writer", "crew|Ana Lind|Cold Harbour||writer"},
	},
	{
		name: "a new series from the creators of T, A and B: each a creator of both",
		text: "Cold Harbour ordered\n\nNetflix has ordered Cold Harbour, a new series from the creators of Paper Moon, Ana Lind and Tomas Berg.",
		want: []string{"crew|Ana Lind|Paper Moon||creator", "crew|Ana Lind|Cold Harbour||creator", "crew|Tomas Berg|Paper Moon||creator", "crew|Tomas Berg|Cold Harbour||creator"},
	},
	{
		name: "a line-up entry with labelled fields (countries, year and length; Director:; Cast:), one entry after another",
		text: "Festival line-up\n\nThe festival announced its competition.\n\nSalt Tides\nPortugal, 2024, 98 min\nDirector: Ana Duarte\nCast: Rui Lemos, Clara Sá\n\nIron Bell\nFrance, 2024, 104 min\nDirector: Tomas Berg\nCast: Mara Quist",
		want: []string{"crew|Ana Duarte|Salt Tides||director", "cast|Rui Lemos|Salt Tides||", "cast|Clara Sá|Salt Tides||", "crew|Tomas Berg|Iron Bell||director", "cast|Mara Quist|Iron Bell||"},
	},
	{
		name: "a line-up entry of two fields under its title (Directed by X, Starring A, B); a label naming no one (Running time:) between",
		text: "Festival line-up\n\nThe festival announced its competition.\n\nSalt Tides\n\nDirected by Ana Duarte\n\nRunning time: 98 min\n\nStarring Rui Lemos, Clara Sá\n\nIron Bell\n\nDirected by Tomas Berg\n\nStarring Mara Quist",
		want: []string{"crew|Ana Duarte|Salt Tides||director", "cast|Rui Lemos|Salt Tides||", "cast|Clara Sá|Salt Tides||", "crew|Tomas Berg|Iron Bell||director", "cast|Mara Quist|Iron Bell||"},
	},
	{
		name: "a show's fact sheet: Producer: names a company, no person; the Cast: line casts the title above",
		text: "Fancy Lantern is coming to Netflix\n\nThe series will air on Netflix.\n\nFancy Lantern\n\nDirector: Cem Kara\n\nProducer: OGN Pictures\n\nBroadcasting Network: Netflix\n\nCast: Mert Yilmaz, Alina Doz",
		want: []string{"crew|Cem Kara|Fancy Lantern||director", "cast|Mert Yilmaz|Fancy Lantern||", "cast|Alina Doz|Fancy Lantern||"},
	},
	{
		name: "dir. X on a line-up entry's line (after its countries and year, or a comma) and in a bracket after the title: X directs the title",
		text: "Festival line-up\n\nThe festival announced its competition.\n\nSalt Tides (Portugal, 2024) – dir. Ana Duarte\n\nIron Bell, dir. Tomas Berg\n\nOld Roads (dir. Mara Quist, France)",
		want: []string{"crew|Ana Duarte|Salt Tides||director", "crew|Tomas Berg|Iron Bell||director", "crew|Mara Quist|Old Roads||director"},
	},
	{
		name: "A and B of Company, who brought us the shows: Best Drama winner T1 and Best Comedy winner T2: each a credit of A's and B's",
		text: "Cold Harbour ordered\n\nCold Harbour was created by Ana Lind with Tomas Berg and Mara Quist of Salt Pictures, who brought us the two most-awarded shows at the 2020 Globes: Best Drama winner The Iron Bell and Best Comedy winner Tin Roof, which was also up for an Emmy.",
		want: []string{"crew|Ana Lind|Cold Harbour||creator", "crew|Tomas Berg|Cold Harbour||creator", "crew|Mara Quist|Cold Harbour||creator",
			"crew|Tomas Berg|The Iron Bell||", "crew|Mara Quist|The Iron Bell||", "crew|Tomas Berg|Tin Roof||", "crew|Mara Quist|Tin Roof||"},
	},
	{
		name: "A and B, who brought us the hit T: each made T",
		text: "Cold Harbour ordered\n\nNetflix has ordered Cold Harbour. The drama is written by Ana Lind and Tomas Berg, who brought us the hit Paper Moon.",
		want: []string{"crew|Ana Lind|Cold Harbour||writer", "crew|Tomas Berg|Cold Harbour||writer", "crew|Ana Lind|Paper Moon||", "crew|Tomas Berg|Paper Moon||"},
	},
	{
		name: "T, which X will write, centres around C: past the relative clause, T is the sentence's show",
		text: "New comedies ordered\n\nThe channel has announced new comedy commissions. Tin Roof, which Tomas Berg will write, centres around Alfie, a teacher.",
		want: []string{"crew|Tomas Berg|Tin Roof||writer"},
	},
	{
		name: "X, the Director of Local Entertainment Channels at Network says: an office, no credit",
		text: "Cold Harbour: first look\n\nNetflix has released the first look at Cold Harbour. Shirley Adon, the Director of Local Entertainment Channels at M-Net says, \"Monday nights are for compelling shows.\"",
		want: nil,
	},
	{
		name: "in X, the director answered: a name after a preposition is no apposition of the job noun",
		text: "Cold Harbour: first look\n\nNetflix has released the first look at Cold Harbour. When asked where he found the face of the villain in Tomas Berg, the director answered that he saw a side of him never seen before.",
		want: nil,
	},
	{
		name: "Director of T, X adds: a sentence opening with the job and its title, then the person",
		text: "Cold Harbour: first look\n\nNetflix has released the first look at Cold Harbour. Director of Cold Harbour, Ana Lind adds that the show is personal.",
		want: []string{"crew|Ana Lind|Cold Harbour||director"},
	},
	{
		name: "Director of Original Programming, X said: an office, no title",
		text: "Cold Harbour: first look\n\nNetflix has released the first look at Cold Harbour. Director of Original Programming, Ana Lind said the network is proud.",
		want: nil,
	},
	{
		name: "the filmmaker X made her feature film debut with T: a maker's debut, crew, no cast",
		text: "Cold Harbour renewed\n\nCBS has renewed Cold Harbour. The filmmaker Ana Lind made her feature film debut with the 2007 Italian romantic comedy 'Paper Moon.'",
		want: []string{"crew|Ana Lind|Paper Moon||director"},
	},
	{
		name: "a line-up entry's Dir: field with more after a bar (country, length) and a With: field; T (Country, dir. X) in a bracket",
		text: "Festival line-up\n\nThe festival announced its competition.\n\nSalt Tides\nDir: Ana Duarte | Portugal | 98 min\nWith: Rui Lemos, Clara Sá\n\nIron Bell (France, dir. Tomas Berg)",
		want: []string{"crew|Ana Duarte|Salt Tides||director", "cast|Rui Lemos|Salt Tides||", "cast|Clara Sá|Salt Tides||", "crew|Tomas Berg|Iron Bell||director"},
	},
	{
		name: "Spanish copy: El productor ejecutivo X asegura: a producer of the article's show, and the article El no title",
		text: "Mi Amor llega a Las Estrellas\n\nLa telenovela Mi Amor llega a Las Estrellas. El productor ejecutivo Carlos Ruiz Laguna asegura que es una apuesta difícil.",
		want: []string{"crew|Carlos Ruiz Laguna|Mi Amor||producer"},
	},
	{
		name: "Company will also produce T after the article named Company Productions: a company's short name, no producer",
		text: "New comedies ordered\n\nThe channel has ordered new comedies. Salt Hill Productions will oversee Tin Roof.\n\nSalt Hill will also produce Paper Moon, a new series about two reporters.",
		want: nil,
	},
	{
		name: "a line-up entry's cast field with each character in brackets, on a line that ends in a bracket",
		text: "Festival line-up\n\nThe festival announced its competition.\n\nIron Bell\nFrance\nby Tomas Berg\nCast: Rui Lemos (Pedro), Clara Sá (Ana)",
		want: []string{"crew|Tomas Berg|Iron Bell||director", "cast|Rui Lemos|Iron Bell|Pedro|", "cast|Clara Sá|Iron Bell|Ana|"},
	},
	{
		name: "his next film, which will be directed by X: a project with no title, no credit in the article's show; T, which was directed by X, is T's",
		text: "Cold Harbour wraps\n\nThe drama Cold Harbour, which was directed by Tomas Berg, has wrapped. Its writer will start on his next film, which will be directed by Mara Quist, from October onwards.",
		want: []string{"crew|Tomas Berg|Cold Harbour||director"},
	},
	{
		name: "the series comes from T director X: X made T too, and T is no person who makes the series",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. The series comes from Tin Roof director Ana Lind.",
		want: []string{"crew|Ana Lind|Tin Roof||director", "crew|Ana Lind|Cold Harbour||director"},
	},
	{
		name: "A, the producer of T, and B will executive produce: the aside on A's earlier work does not end the list of subjects",
		text: "Cold Harbour ordered\n\nNetflix has ordered the drama Cold Harbour. Ana Lind, the producer of Paper Moon, and Tomas Berg will executive produce.",
		want: []string{"crew|Ana Lind|Paper Moon||producer", "crew|Ana Lind|Cold Harbour||producer", "crew|Tomas Berg|Cold Harbour||producer"},
	},
}
