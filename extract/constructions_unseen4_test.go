package extract

// unseen4Constructions are TestConstructions' cases for labelled lines
// under a roundup's entries, a shape held-out news used where the
// extractor read nothing: an entry's quoted title after its network
// ("tvN ‘T’"), a "Date:" line, then "Cast: A, B, C", "Director: X",
// "Writer: Y"; and not "Cast: TBA" or a "Director:" line that names a
// company; a job after a fame aside, "X of T fame is the screenplay
// writer", on a line with or without its full stop; "X, of T fame";
// "Hong" as a family name, "Hong Kong" a describing place; "Starring - A,
// B", a dash for the label's colon.
var unseen4Constructions = []construction{
	{
		name: "a roundup of dramas: NET ‘T1’, Date: ..., Cast: A, B, C, D; NET ‘T2’, Date: ..., Cast: E, F, G (each entry's cast in its own title)",
		text: "The best dramas coming this autumn\n\nThere are a lot of dramas that will air in the second half of this year.\n\ntvN ‘Lantern Bay Husband’\n\nDate: September 10th 9.30pm\n\nCast: Varek Moulton, Ilsa Drummore, Petra Vanhollen, Osric Tamblin\n\nThe drama is a romantic comedy set in a fishing village.\n\nJTBC ‘Stars Over Quillmarsh’\n\nDate: September 26th 9.30pm\n\nCast: Tobiah Crennan, Maelis Ordway, Fennick Dorsal\n\nThis drama is a remake of a popular drama.",
		want: []string{"cast|Varek Moulton|Lantern Bay Husband||", "cast|Ilsa Drummore|Lantern Bay Husband||", "cast|Petra Vanhollen|Lantern Bay Husband||", "cast|Osric Tamblin|Lantern Bay Husband||",
			"cast|Tobiah Crennan|Stars Over Quillmarsh||", "cast|Maelis Ordway|Stars Over Quillmarsh||", "cast|Fennick Dorsal|Stars Over Quillmarsh||"},
	},
	{
		name: "a roundup: Netflix ‘T’ with Cast:, Director: and Writer: lines; Cast: TBA and a Director: line naming a company give nothing",
		text: "The dramas to watch this winter\n\nThese are the dramas ready to air from December.\n\nJTBC ‘Lantern Bay Husband’\n\nDate: December 3rd 9pm\n\nCast: TBA\n\nDirector: Moonbeam Pictures\n\nThe drama is a romantic comedy set in a fishing village.\n\nNetflix ‘Stars Over Quillmarsh’\n\nDate: December 12th\n\nCast: Tobiah Crennan, Maelis Ordway\n\nDirector: Fennick Dorsal\n\nWriter: Brisa Hollowell\n\nThis drama is a remake of a popular drama.",
		want: []string{"cast|Tobiah Crennan|Stars Over Quillmarsh||", "cast|Maelis Ordway|Stars Over Quillmarsh||", "crew|Fennick Dorsal|Stars Over Quillmarsh||director", "crew|Brisa Hollowell|Stars Over Quillmarsh||writer"},
	},
	{
		name: "a review's Cast: TBD line gives no person",
		text: "Stars Over Quillmarsh review\n\nCast: TBD\n\nDirector: Fennick Dorsal\n\nThe drama is long.",
		want: []string{"crew|Fennick Dorsal|Stars Over Quillmarsh||director"},
	},
	{
		name: "X of T1 and T2 fame is the dialogue writer; Y of T3 fame is editor (a line with no full stop): crew on the article's show, the fame titles theirs as crew",
		text: "Glass Meadows remake begins shooting\n\nThe remake of Glass Meadows began shooting on Monday.\n\nOdo Pell of Tin Harbour and Rivers of Salt fame is the dialogue writer.\n\nKip Darrow of Dear Minister fame is editor",
		want: []string{"crew|Odo Pell|Glass Meadows||writer", "crew|Odo Pell|Tin Harbour||", "crew|Odo Pell|Rivers of Salt||", "crew|Kip Darrow|Glass Meadows||", "crew|Kip Darrow|Dear Minister||"},
	},
	{
		name: "X of T1, T2 and Once Upon a Time in P fame is the action director: no director's job; Y of T fame is the screenplay writer",
		text: "Glass Meadows remake begins shooting\n\nThe remake of Glass Meadows began shooting on Monday.\n\nOdo Pell of Tin Harbour, Rivers of Salt and Once Upon a Time in Vellmora fame is the action director\n\nKip Darrow of Dear Minister fame is the screenplay writer.",
		want: []string{"crew|Odo Pell|Glass Meadows||", "crew|Odo Pell|Tin Harbour||", "crew|Odo Pell|Rivers of Salt||", "crew|Odo Pell|Once Upon a Time in Vellmora||",
			"crew|Kip Darrow|Glass Meadows||writer", "crew|Kip Darrow|Dear Minister||"},
	},
	{
		name: "X of T fame is the director's favourite actor: no crew credit",
		text: "Glass Meadows remake begins shooting\n\nThe remake of Glass Meadows began shooting on Monday.\n\nOdo Pell of Tin Harbour fame is the director's favourite actor.",
		want: []string{"cast|Odo Pell|Tin Harbour||"},
	},
	{
		name: "the film features X, of T fame; Y, of T1 and T2 fame, will star: the name before the comma; Z, of London, gives no title",
		text: "Glass Meadows remake begins shooting\n\nThe remake of Glass Meadows began shooting on Monday.\n\nThe film also features Kip Darrow, of Tin Harbour fame. Odo Pell, of Rivers of Salt and Dear Minister fame, will star. Vell Marrow, of London, will star.",
		want: []string{"cast|Kip Darrow|Glass Meadows||", "cast|Kip Darrow|Tin Harbour||", "cast|Odo Pell|Glass Meadows||", "cast|Odo Pell|Rivers of Salt||", "cast|Odo Pell|Dear Minister||", "cast|Vell Marrow|Glass Meadows||"},
	},
	{
		name: "Cast: A, Hong B after C B: Hong is a family name, the full name no other's; Hong Kong star D, Hong Kong director E: no title Hong Kong",
		text: "Stars Over Quillmarsh begins shooting\n\nVarek Bin and Joss Ordway star in the drama.\n\nCast: Tobiah Crennan, Hong Bin, Hong Ordway\n\nHong Kong star Kara Moulton joins the cast of Stars Over Quillmarsh. The film is directed by Hong Kong director Lam Sai-wing.",
		want: []string{"cast|Varek Bin|Stars Over Quillmarsh||", "cast|Joss Ordway|Stars Over Quillmarsh||", "cast|Tobiah Crennan|Stars Over Quillmarsh||", "cast|Hong Bin|Stars Over Quillmarsh||",
			"cast|Hong Ordway|Stars Over Quillmarsh||", "cast|Kara Moulton|Stars Over Quillmarsh||", "crew|Lam Sai-wing|Stars Over Quillmarsh||director"},
	},
	{
		name: "a review's labelled lines with a dash for the colon: Starring - A, B, C; Director - X; Rating - 4/5",
		text: "Quillmarsh review: a slow burn\n\nStarring - Tobiah Crennan, Maelis Ordway, Fennick Dorsal\n\nDirector - Brisa Hollowell\n\nRating - 4/5\n\nThe film is a thriller.",
		want: []string{"cast|Tobiah Crennan|Quillmarsh||", "cast|Maelis Ordway|Quillmarsh||", "cast|Fennick Dorsal|Quillmarsh||", "crew|Brisa Hollowell|Quillmarsh||director"},
	},
	{
		name: "Cast – A, B (an en dash for the colon)",
		text: "Quillmarsh review: a slow burn\n\nCast – Tobiah Crennan, Maelis Ordway\n\nThe film is a thriller.",
		want: []string{"cast|Tobiah Crennan|Quillmarsh||", "cast|Maelis Ordway|Quillmarsh||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, unseen4Constructions...)
}
