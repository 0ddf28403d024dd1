package extract

// Fields of fame: "Reality star X", "Tennis star Y", "Pop star Z", "NBA
// star W" open a sentence with a capital only because the sentence starts
// there: the word before the performer's noun names the field X is known
// in, a sport, a kind of music or of television, no title.

// fieldWords are the fields of fame that stand before "star" and the
// other performer nouns, and the media a maker works in before a job noun:
// "Television writer X", "Broadway producer Y", "Radio presenter Z".
var fieldWords = set(`reality tennis football soccer pop country rap rock hip-hop k-pop j-pop golf cricket basketball baseball
	hockey boxing music film movie movies screen stage theatre theater sports sport athletics swimming rugby wrestling gospel
	jazz opera ballet dance olympic olympics chess racing nfl nba wnba mlb nhl ufc wwe social internet pageant
	television tv radio cinema animation broadway`)

// placeDepartmentFieldWords are placeWords, departmentWords and fieldWords
// in one set: jobNounRule looks the title before a job noun up once, where
// it looked it up in each of the three.
var placeDepartmentFieldWords = unionSet(placeWords, departmentWords, fieldWords)

// unionSet is the words of all of sets.
func unionSet(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, m := range sets {
		for w, ok := range m {
			u[w] = u[w] || ok
		}
	}
	return u
}
