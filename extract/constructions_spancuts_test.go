package extract

// spanCutConstructions are TestConstructions' cases for where a title's
// span ends (text.go, titles.go).
var spanCutConstructions = []construction{
	{
		name: `"the film H*A*R*B*O*R": stars between capitals are one word of the title`,
		text: "Ana Selo dies at 80\n\nAna Selo played Father Brisk in the 1970 film H*A*R*B*O*R and later wrote for the stage.",
		want: []string{"cast|Ana Selo|H*A*R*B*O*R|Father Brisk|"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, spanCutConstructions...)
}
