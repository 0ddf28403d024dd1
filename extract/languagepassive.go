package extract

// The future passive of Portuguese and Spanish before a participle of
// playing, making or writing: "C vai ser interpretada por X", "C va a ser
// interpretado por X" read as "C will be played by X"; Italian "C verrà
// interpretato da X" as "C is played by X" (beforeByVerbs). "Ninguém menos
// que", "nada menos que" ("none other than") before the name are dropped.
var passivePhrases = map[string][]foreignPhrase{
	"vai":     {{"vai ser", "will be", false}},
	"vão":     {{"vão ser", "will be", false}},
	"va":      {{"va a ser", "will be", false}},
	"van":     {{"van a ser", "will be", false}},
	"ninguém": {{"ninguém menos que", "", true}},
	"nada":    {{"nada menos que", "", true}},
	"nadie":   {{"nadie menos que", "", true}},
}
