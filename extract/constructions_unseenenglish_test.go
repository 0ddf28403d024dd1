package extract

// unseenEnglishConstructions are TestConstructions' cases for casting
// directors named with a show and a character's bracket that names its
// actor with a performer noun, and the hosts of a show named with their
// co-hosts, a source's author after a year and "by", and a list's last
// performer with the titles after ", of", the hits "under his belt", and
// a directorial debut "with his film T".
var unseenEnglishConstructions = []construction{
	{
		name: "casting directors A and B are attached; casting is by C: crew with no job in the sentence's show",
		text: "Harbor begins shooting\n\nThe BBC has ordered the drama Harbor. Shooting begins in 2021 and casting directors Ana Selo and Bo Rinn are attached. Filming begins in May and casting is by Cy Tessel.",
		want: []string{"crew|Ana Selo|Harbor||", "crew|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||"},
	},
	{
		name: "The daughter of legendary casting director A, B spoke: a trade, no credit",
		text: "Harbor director speaks\n\nThe drama Harbor premieres soon. The daughter of legendary casting director Ana Selo, Bo Rinn spoke about Harbor.",
		want: []string{},
	},
	{
		name: "follows convict C (British actor A of T1 and T2) and D (actress B): A plays C, B plays D; A is cast in T1 and T2",
		text: "Harbor begins filming\n\nThe drama Harbor begins filming. The series follows convict Dana Vell (British actor Ana Selo of Low Tide and Bellwether) and his wife, Mara Quell (actress Bo Rinn).",
		want: []string{"cast|Ana Selo|Harbor|Dana Vell|", "cast|Ana Selo|Low Tide||", "cast|Ana Selo|Bellwether||", "cast|Bo Rinn|Harbor|Mara Quell|"},
	},
	{
		name: "X is one of the mainstay hosts of the morning talk show “T,” alongside A and B: all three are cast in T, not in the article's show",
		text: "Ana Selo joins Harbor\n\nAna Selo joins the cast of the upcoming series “Harbor.” Selo is currently one of the mainstay hosts of the morning talk show “Bright Day,” alongside Ida Venn and Jessa Lark.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Bright Day||", "cast|Ida Venn|Bright Day||", "cast|Jessa Lark|Bright Day||"},
	},
	{
		name: "based on the cartoon of the same name, published in 1997 by cartoonist X: X is the original author of the sentence's show",
		text: "Bo Rinn to star in Harbor\n\nThe new series “Harbor” stars Bo Rinn. The show is based on the cartoon of the same name, published in 1997 by cartoonist Cy Tessel.",
		want: []string{"cast|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||original author"},
	},
	{
		name: "Rounding out the ensemble are A (T1), and B, of T2 and T3.: B is cast in the sentence's show and in T2 and T3",
		text: "Filming begins on Harbor\n\nFilming begins on the drama Harbor, starring Ana Selo. Rounding out the ensemble alongside Selo are Bo Rinn (Low Tide), and Ida Venn, of Long Road and Near Field.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Bo Rinn|Low Tide||", "cast|Ida Venn|Harbor||", "cast|Ida Venn|Long Road||", "cast|Ida Venn|Near Field||"},
	},
	{
		name: "X is a star, with a number of box office hits under her belt, including “T1” (2003), “T2” (2013) and “T3”: X is cast in each",
		text: "Ana Selo joins Harbor\n\nAna Selo will star in the drama “Harbor.” Selo is one of the most iconic movie stars, with a number of box office hits under her belt, including “Low Tide” (2003), “Bellwether” (2013) and “Far Shore” (2019).",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Low Tide||", "cast|Ana Selo|Bellwether||", "cast|Ana Selo|Far Shore||"},
	},
	{
		name: "X, who made his directorial debut at the festival with his film “T,” will return: X directs T, no cast",
		text: "Ana Selo joins Harbor\n\nAna Selo will star in the drama “Harbor.” Bo Rinn, who made his directorial debut at the 47th Toronto Film Festival with his film “Low Tide,” will also return to the drama scene.",
		want: []string{"cast|Ana Selo|Harbor||", "crew|Bo Rinn|Low Tide||director"},
	},
}
