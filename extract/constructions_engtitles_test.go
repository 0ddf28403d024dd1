package extract

// engTitleConstructions are TestConstructions' cases for a title before a
// person's name that credits the person: a show's winner.
var engTitleConstructions = []construction{
	{
		name: "two-time T winner, X, was joining T2: a contest of two words is a show X took part in",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. In April it was announced that two-time Star Kitchen winner, Ana Selo, was joining Harbor.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Star Kitchen||"},
	},
	{
		name: "T Season 5 winner X: the season qualifier is no part of the title",
		text: "Harbor adds cast\n\nThe reality show Harbor launched on Friday. It follows Star Kitchen Season 5 winner, Ivo Rask.",
		want: []string{"cast|Ivo Rask|Star Kitchen||"},
	},
	{
		name: "Academy Award winner X, Golden Lion winner Y, SAFTA winner Z, World Cup winner W: prizes and games, no show",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Three-time Academy Award winner Mira Dasan stars. Golden Lion winner Lena Vik directs. SAFTA winner Tomas Berg and World Cup winner Ivo Rask have cameos.",
		want: []string{"cast|Mira Dasan|Harbor||", "crew|Lena Vik|Harbor||director"},
	},
	{
		name: "stars A and T winner B: the show and its winner's noun before a list item are passed, B is cast in both",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. The film stars Ana Selo and Bake Off winner Lena Vik.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Lena Vik|Harbor||", "cast|Lena Vik|Bake Off||"},
	},
	{
		name: "stars A and Golden Lion winner B: a prize of more words than its first is passed too, no show",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. The film stars Ana Selo and Golden Lion winner Lena Vik.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Lena Vik|Harbor||"},
	},
	{
		name: "T's own X: a show the article credits, or quotes, before own and a full name casts X in it; a country's own names no show",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Blue Rain star Ivo Rask is one. Blue Rain's own Tomas Berg also joins. France's own Lena Vik attended the launch.",
		want: []string{"cast|Ivo Rask|Blue Rain||", "cast|Tomas Berg|Harbor||", "cast|Tomas Berg|Blue Rain||"},
	},
}
