package extract

// engShapeConstructions are TestConstructions' cases for English cast and
// crew shapes: "for starring in T", a year and a possessive before a work's
// genre noun, ...
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
}
