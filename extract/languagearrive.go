package extract

// Arrivals in a season or a cast: Italian "B arriva nel cast di T2" read
// as "B joins the cast of T2"; French "A et B rejoignent la saison 2" as
// "A and B join season 2".
var arrivalPhrases = map[string][]foreignPhrase{
	"arriva":     {{"arriva nel cast", "joins the cast", false}},
	"arrivano":   {{"arrivano nel cast", "join the cast", false}},
	"rejoignent": {{"rejoignent la saison", "join season", false}},
	"rejoint":    {{"rejoint la saison", "joins season", false}},
}
