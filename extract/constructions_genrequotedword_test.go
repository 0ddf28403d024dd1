package extract

// emptyArticleConstructions are TestConstructions' cases for what left
// whole articles with no fact (genrequotedword.go): a one-word title the word
// lists take for no title, set between quotes after a genre noun; a field
// line under an entry's heading ("Sjanger: Drama") read as a new column's
// heading that let the entry's show go; a staff label of another language
// ("Serieskaper: X", "Realização: X") read as a character.
var emptyArticleConstructions = []construction{
	{
		name: `a one-word title that is a genre noun, quoted after a genre noun ("the ABC comedy "Sitcom,""): the show of its credits`,
		text: "Actor Vell Orrin dies at 88\n\nVell Orrin, who found fame on the ABC comedy \"Sitcom,\" has died. Orrin played the butler Dax Morrow in \"Sitcom\" for four seasons, opposite Mira Castellane.",
		want: []string{"cast|Vell Orrin|Sitcom|Dax Morrow|"},
	},
	{
		name: `near miss: a genre noun quoted with no genre noun before it ("called his life "Drama,""), or unquoted after one ("the ABC comedy Sitcom"), is still no title`,
		text: "Actor Vell Orrin dies at 88\n\nVell Orrin, who once called his life \"Drama,\" has died. Orrin played the butler Dax Morrow opposite Mira Castellane. He found fame on the ABC comedy Sitcom.",
		want: []string{},
	},
	{
		name: `an entry's heading ("Kessel S02") over its fields, one a genre ("Sjanger: Drama"), then a long cast field: the field is no new section, the cast the entry's`,
		text: "Dette bør du se på TV i mars\n\nKessel S02\nPremieredato: 5. mars\nSjanger: Drama\nMedvirkende: Tor Helm, Ana Selo, Bram Vunk, Cor Tels, Dag Lunde, Eli Moen, Finn Aas, Gro Lind, Hans Berg, Ida Vik\nGlass Harbor S01\nSjanger: Drama\n",
		want: []string{"cast|Tor Helm|Kessel||", "cast|Ana Selo|Kessel||", "cast|Bram Vunk|Kessel||", "cast|Cor Tels|Kessel||", "cast|Dag Lunde|Kessel||",
			"cast|Eli Moen|Kessel||", "cast|Finn Aas|Kessel||", "cast|Gro Lind|Kessel||", "cast|Hans Berg|Kessel||", "cast|Ida Vik|Kessel||"},
	},
	{
		name: `near miss: the same fields under a heading that is no title ("Hva skjer i mars"): the article's show is not the cast's`,
		text: "Glass Harbor er mer enn et stalltips\n\nUngdomsserien Glass Harbor kan regnes mer som et stalltips. Mars får en pangstart.\n\nHva skjer i mars\n\nPremieredato: 5. mars\nSjanger: Drama\nMedvirkende: Tor Helm, Ana Selo, Bram Vunk, Cor Tels, Dag Lunde, Eli Moen, Finn Aas, Gro Lind, Hans Berg, Ida Vik\n\nDet blir en god måned.\n",
		want: []string{},
	},
	{
		name: `a Norwegian staff label ("Serieskaper: X") in an entry's fields: the creator, no character "Serieskaper"`,
		text: "Dette bør du se i mars\n\nKessel S02\n\nPremieredato: 5. mars\nSjanger: Drama\nSerieskaper: Ivo Brandt\nMedvirkende: Ana Selo, Bram Vunk, Cor Tels\n\nGlass Harbor S01\n\nPremieredato: 7. mars\nSjanger: Drama\nMedvirkende: Enno Falk, Gro Lind\n",
		want: []string{"crew|Ivo Brandt|Kessel||creator", "cast|Ana Selo|Kessel||", "cast|Bram Vunk|Kessel||", "cast|Cor Tels|Kessel||",
			"cast|Enno Falk|Glass Harbor||", "cast|Gro Lind|Glass Harbor||"},
	},
}

func init() {
	bareHeadingConstructions = append(bareHeadingConstructions, emptyArticleConstructions...)
}
