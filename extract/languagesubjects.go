package extract

// A list of names as the subject of a cast predicate, in Spanish,
// Portuguese, French, German, Italian, Dutch and Swedish: "A, B y C
// completan el elenco", "A, B e C fazem parte do elenco", "A, B et C
// complètent la distribution", "A, B und C gehören zur Besetzung", "A, B e
// C completano il cast", "A, B en C behoren tot de nieuwe cast", "A och B
// ingår i ensemblen" all read as "A, B and C join the cast"; "A, B e C são
// os protagonistas" as "are the leads"; "A und B sind die Produzenten" as
// "are the producers"; "A och B är tillbaka som C1 och C2" as "are back
// as". The English rules then read the list before the predicate as they
// read "A, B and C join the cast".

// subjectPhrases are read as foreignPhrases': the predicates after a list
// of names, each read as no more English words than it has.
var subjectPhrases = map[string][]foreignPhrase{
	// Spanish
	"completan": {{"completan el elenco", "join the cast", false}, {"completan el reparto", "join the cast", false}},
	"completa": {{"completa el elenco", "joins the cast", false}, {"completa el reparto", "joins the cast", false},
		{"completa o elenco", "joins the cast", false}, {"completa il cast", "joins the cast", false}, {"completa la distribution", "joins the cast", false}},
	"integran":  {{"integran el elenco", "join the cast", false}, {"integran el reparto", "join the cast", false}},
	"integra":   {{"integra el elenco", "joins the cast", false}, {"integra el reparto", "joins the cast", false}, {"integra o elenco", "joins the cast", false}},
	"integram":  {{"integram o elenco", "join the cast", false}},
	"conforman": {{"conforman el elenco", "join the cast", false}, {"conforman el reparto", "join the cast", false}},
	"son":       {{"son los protagonistas", "are the leads", false}},
	"es":        {{"es el protagonista", "is the lead", false}, {"es la protagonista", "is the lead", false}},
	// Portuguese
	"fazem":     {{"fazem parte do elenco", "join the cast", false}},
	"faz":       {{"faz parte do elenco", "joins the cast", false}},
	"fará":      {{"fará parte do elenco", "joins the cast", false}},
	"farão":     {{"farão parte do elenco", "join the cast", false}},
	"completam": {{"completam o elenco", "join the cast", false}},
	"são":       {{"são os protagonistas e", "are the leads and", false}, {"são os protagonistas", "are the leads", false}, {"são as protagonistas", "are the leads", false}},
	"é":         {{"é o protagonista", "is the lead", false}, {"é a protagonista", "is the lead", false}},
	"estão":     {{"estão no elenco", "join the cast", false}},
	// French
	"complètent": {{"complètent la distribution", "join the cast", false}, {"complètent le casting", "join the cast", false}},
	"complète":   {{"complète la distribution", "joins the cast", false}, {"complète le casting", "joins the cast", false}},
	"font": {{"font partie de la distribution", "join the cast", false}, {"font partie du casting", "join the cast", false},
		{"font partie de la série", "join the cast", false}},
	"fait":       {{"fait partie de la distribution", "joins the cast", false}, {"fait partie du casting", "joins the cast", false}},
	"fera":       {{"fera partie de la distribution", "joins the cast", false}, {"fera partie du casting", "joins the cast", false}},
	"feront":     {{"feront partie de la distribution", "join the cast", false}, {"feront partie du casting", "join the cast", false}},
	"rejoignent": {{"rejoignent le casting", "join the cast", false}, {"rejoignent la distribution", "join the cast", false}},
	"sont":       {{"sont les héros", "are the leads", false}, {"sont les héroïnes", "are the leads", false}},
	// German
	"komplettieren": {{"komplettieren die besetzung", "join the cast", false}, {"komplettieren den cast", "join the cast", false},
		{"komplettieren das ensemble", "join the cast", false}},
	"komplettiert": {{"komplettiert die besetzung", "joins the cast", false}, {"komplettiert den cast", "joins the cast", false}},
	"gehören":      {{"gehören zur besetzung", "join the cast", false}, {"gehören zum cast", "join the cast", false}, {"gehören zum ensemble", "join the cast", false}},
	"gehört":       {{"gehört zur besetzung", "joins the cast", false}, {"gehört zum cast", "joins the cast", false}, {"gehört zum ensemble", "joins the cast", false}},
	"spielen": {{"spielen in weiteren rollen mit", "also star", false}, {"spielen ebenfalls mit", "also star", false},
		{"spielen auch mit", "also star", false}, {"spielen mit", "star", false}},
	"sind": {{"sind die produzenten", "are the producers", false}, {"sind die drehbuchautoren", "are the writers", false},
		{"sind die regisseure", "are the directors", false}, {"sind die hauptdarsteller", "are the leads", false}},
	"stoßen": {{"stoßen zum cast", "join the cast", false}, {"stoßen zur besetzung", "join the cast", false}, {"stoßen zum ensemble", "join the cast", false},
		{"stoßen zur", "join the", false}, {"stoßen zum", "join the", false}},
	"stößt": {{"stößt zum cast", "joins the cast", false}, {"stößt zur besetzung", "joins the cast", false}, {"stößt zur", "joins the", false}, {"stößt zum", "joins the", false}},
	// Italian
	"completano": {{"completano il cast", "join the cast", false}},
	"fanno":      {{"fanno parte del cast", "join the cast", false}},
	"fa":         {{"fa parte del cast", "joins the cast", false}},
	"farà":       {{"farà parte del cast", "joins the cast", false}},
	"faranno":    {{"faranno parte del cast", "join the cast", false}},
	"entrano":    {{"entrano nel cast", "join the cast", false}},
	"entra":      {{"entra nel cast", "joins the cast", false}},
	"sono":       {{"sono i protagonisti e", "are the leads and", false}, {"sono i protagonisti", "are the leads", false}, {"sono le protagoniste", "are the leads", false}},
	// Dutch
	"behoren": {{"behoren tot de nieuwe cast", "join the new cast", false}, {"behoren tot de nieuwe acteurs", "join the new cast", false},
		{"behoren tot de cast", "join the cast", false}, {"behoren tot de vaste cast", "join the cast", false}},
	"behoort":     {{"behoort tot de nieuwe cast", "joins the new cast", false}, {"behoort tot de cast", "joins the cast", false}},
	"maken":       {{"maken deel uit van de cast", "join the cast", false}},
	"maakt":       {{"maakt deel uit van de cast", "joins the cast", false}},
	"completeren": {{"completeren de cast", "join the cast", false}},
	"zijn":        {{"zijn de hoofdrolspelers", "are the leads", false}},
	"spelen":      {{"spelen mee", "star", false}},
	"speelt":      {{"speelt mee", "stars", false}},
	// "adapta una novela de X": "adapts a novel by X", the novel's author
	"adapta": {{"adapta una novela de", "adapts a novel by", false}, {"adapta la novela de", "adapts the novel by", false},
		{"adapta o romance de", "adapts the novel by", false}, {"adapta um romance de", "adapts a novel by", false}},
	"adapte":    {{"adapte le roman de", "adapts the novel by", false}, {"adapte un roman de", "adapts a novel by", false}},
	"adatta":    {{"adatta il romanzo di", "adapts the novel by", false}, {"adatta un romanzo di", "adapts a novel by", false}},
	"adaptiert": {{"adaptiert den roman von", "adapts the novel by", false}, {"adaptiert einen roman von", "adapts a novel by", false}},
	// "A, la protagonista de T,": "A, the star of T," (the appositive after a name)
	"la": {{"la protagonista de", "the star of", false}, {"la protagonista di", "the star of", false}, {"la vedette de", "the star of", false}},
	"el": {{"el protagonista de", "the star of", false}},
	"il": {{"il protagonista di", "the star of", false}},
	"o":  {{"o protagonista de", "the star of", false}},
	"a":  {{"a protagonista de", "the star of", false}},
	// anime staff news: "X hará los guiones", "Y diseñará los personajes",
	// "Z se encargará del soundtrack", "W será el director del anime"
	"hará":      {{"hará los guiones", "writes the scripts", false}},
	"escribirá": {{"escribirá los guiones", "writes the scripts", false}},
	"diseñará":  {{"diseñará los personajes", "handles character design", false}},
	"diseña":    {{"diseña los personajes", "handles character design", false}},
	"será":      {{"será el director del", "will direct the", false}, {"será la directora del", "will direct the", false}},
	// Swedish
	"är":    {{"är tillbaka som", "are back as", false}},
	"ingår": {{"ingår i ensemblen", "join the cast", false}, {"ingår i rollistan", "join the cast", false}},
}
