package extract

// emptyArticleConstructions are TestConstructions' cases for what left
// whole articles with no fact (empty59_rule.go): a one-word title the word
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
}

func init() {
	bareHeadingConstructions = append(bareHeadingConstructions, emptyArticleConstructions...)
}
