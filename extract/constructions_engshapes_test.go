package extract

// engShapeConstructions are TestConstructions' cases for English cast and
// crew shapes: "for starring in T", a year and a possessive before a work's
// genre noun, a name-shaped title in brackets before a crew predicate, a part given
// life ("bring C to life"), "T's own X", an award
// won or a nod earned by "he" or "she", "cast members in the series
// include", "Together with X were A and B", a country's
// possessive in a cast list, "X, from the ABC's hit series, T,", "will see X, <aside>, make
// his acting debut".
var engShapeConstructions = []construction{
	{
		name: "X, who gained fame for starring in the drama T, will play: cast in T and in the article's show",
		text: "Harbor adds cast\n\nCira Dunn will lead Harbor. Actress Bram Tovik, who gained fame for starring in the drama “Red Field,” will play her sister.",
		want: []string{"cast|Bram Tovik|Harbor||", "cast|Bram Tovik|Red Field||", "cast|Cira Dunn|Harbor||"},
	},
	{
		name: "X met the director after starring in his 2007 movie T; Y grew close to Z after starring in U: the subject is cast, not the object of to or with",
		text: "Harbor adds cast\n\nDov Emmer will star in Harbor. Emmer met the director after starring in his 2007 movie \"Red Field\". Emmer grew close to Fen Lasko after starring in Pale Gate.",
		want: []string{"cast|Dov Emmer|Harbor||", "cast|Dov Emmer|Red Field||"},
	},
	{
		name: "A (T1) will provide the character designs, B (T2) will act as series script supervisor, and C (T3) will direct: crew in the article's show and in each bracket's title, though the titles are shaped like names",
		text: "Harbor sets crew\n\nVexa ordered the anime Harbor. Ana Selo (Pale Gate) will provide the character designs, Bram Tovik (Gray Tide) will act as series script supervisor, and Cira Dunn (Jack Fell) will direct.",
		want: []string{"crew|Ana Selo|Harbor||", "crew|Ana Selo|Pale Gate||", "crew|Bram Tovik|Gray Tide||", "crew|Bram Tovik|Harbor||", "crew|Cira Dunn|Harbor||director", "crew|Cira Dunn|Jack Fell||"},
	},
	{
		name: "X (T) will serve as series script supervisor: T is X's title, not X's actor",
		text: "Harbor sets crew\n\nVexa ordered the anime Harbor. Bram Tovik (Gray Tide) will serve as series script supervisor.",
		want: []string{"crew|Bram Tovik|Gray Tide||", "crew|Bram Tovik|Harbor||"},
	},
	{
		name: "X will bring to life the character of C; Y will bring C2 to life; Z breathes life into C3: each plays the character in the article's show; bringing the show or the story to life names none",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. Ana Selo will bring to life the character of Mara Venn. Bram Tovik will bring Tomas Kell to life. Cira Dunn breathes life into Lina Hart. The director will bring Harbor to life. Fen Lasko will bring the story to life.",
		want: []string{"cast|Ana Selo|Harbor|Mara Venn|", "cast|Bram Tovik|Harbor|Tomas Kell|", "cast|Cira Dunn|Harbor|Lina Hart|"},
	},
	{
		name: "T's own X in a cast list, T2's own Y joins the cast: cast in T and in the article's show, not a person T playing X; France's own Z names a place",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. The cast includes Ana Selo, France’s own Dov Emmer and Gray Tide’s own Cira Dunn. Pale Gate's own Bram Tovik joins the cast.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Tovik|Harbor||", "cast|Bram Tovik|Pale Gate||", "cast|Cira Dunn|Gray Tide||", "cast|Cira Dunn|Harbor||", "cast|Dov Emmer|Harbor||"},
	},
	{
		name: "She earned an Emmy nod for T1; She won an Emmy for T2; She was nominated for a Golden Globe for her work in T3: the paragraph's person is cast in each",
		text: "Harbor adds cast\n\nAna Selo stars in Harbor. She earned an Emmy nod for Dunmore. She won an Emmy for Red Field. She was nominated for a Golden Globe for her work in Gray Tide.",
		want: []string{"cast|Ana Selo|Dunmore||", "cast|Ana Selo|Gray Tide||", "cast|Ana Selo|Harbor||", "cast|Ana Selo|Red Field||"},
	},
	{
		name: "Other cast members in the series include A and B; The cast of the film includes C: a genre noun after the cast noun is no list of works",
		text: "Harbor cast revealed\n\nThe drama Harbor starts filming soon. Ana Selo leads the cast. Other cast members in the series include Bram Tovik and Cira Dunn. The cast of the film includes Dov Emmer.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Tovik|Harbor||", "cast|Cira Dunn|Harbor||", "cast|Dov Emmer|Harbor||"},
	},
	{
		name: "Together with X during the fans day were A, B, and C: the list after the verb is cast in the article's show, as after Joining X were",
		text: "Harbor cast revealed\n\nThe drama Harbor starts filming soon. Ana Selo leads the cast. Together with Selo during the fans day in Vexa Mall were Bram Tovik, Cira Dunn, and Dov Emmer.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Tovik|Harbor||", "cast|Cira Dunn|Harbor||", "cast|Dov Emmer|Harbor||"},
	},
	{
		name: "The cast includes A, France's B, and C: a country's possessive names no show, and the list goes on past it",
		text: "Harbor cast revealed\n\nThe drama Harbor starts filming soon. The cast includes Bram Tovik, France’s Tom Rudd, and Fen Lasko.",
		want: []string{"cast|Bram Tovik|Harbor||", "cast|Fen Lasko|Harbor||", "cast|Tom Rudd|Harbor||"},
	},
	{
		name: "X, from the ABC's international hit series, T, joins the cast: a network's possessive and describing words before the genre noun, the title set off by commas: cast in T and in the article's show",
		text: "Harbor adds Tom Rudd\n\nThe drama Harbor starts filming soon. Tom Rudd, from the ABC's international hit series, Love on the Spectrum, joins the cast.",
		want: []string{"cast|Tom Rudd|Harbor||", "cast|Tom Rudd|Love on the Spectrum||"},
	},
	{
		name: "The series will see X, from the hit series T, make his acting debut: X is cast in the article's show past the aside, and in T",
		text: "Harbor adds Tom Rudd\n\nThe drama Harbor starts filming soon. The series will see Tom Rudd, from the hit series Red Field, make his acting debut.",
		want: []string{"cast|Tom Rudd|Harbor||", "cast|Tom Rudd|Red Field||"},
	},
}
