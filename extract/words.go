package extract

import "strings"

// The word lists below are general English and trade vocabulary: verbs of
// casting, job words, genre nouns, the generic category of networks and
// streaming services. They hold no names of people or titles.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stopWords never belong to a person's name, even when capitalized at the
// start of a sentence or in a headline.
var stopWords = set(`the a an and or but nor of in on at to for with by from as into onto about
	is are was were be been being has have had would shall should could might must does did
	also while though although when whenever after before then than lastly finally meanwhile however
	earlier previously recently formerly perhaps maybe currently eventually reportedly apparently sadly unfortunately fortunately elsewhere separately additionally similarly likewise furthermore moreover nevertheless nonetheless otherwise consequently ultimately notably interestingly incidentally
	this that these those it its he she they his her their them him we i you our your my who whom whose which what where why how
	not no yes all both each every some any more most other another such only just even still yet so too very
	according based directed written created produced starring stars star featuring plus
	season seasons series episode episodes part chapter volume
	mr mrs ms dr sir dame lord lady
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
	watch discover read see click thanks tba tbd tbc focusing behind like unlike besides despite during since per via
	alongside among amongst amid amidst outside inside without within beyond toward towards across throughout beside upon against
	new original former latest upcoming first second third fourth fifth last next
	here there now soon later again once twice
	breaking exclusive update updated related trailer teaser poster photo photos video videos image images
	known reportedly recently previously currently further indeed additionally notably
	newcomer newcomers addition additions cast crew it`)

// networks are broadcasters, streaming services, studios and trade papers: a
// generic category, never a person and never a show in a credit.
var networks = set(`netflix hbo showtime hulu amazon prime video apple disney disney+ peacock paramount paramount+ tv+ max+ hotstar+
	bbc itv channel cbs nbc abc fox fx amc starz max sky tving wavve crunchyroll funimation viki
	bbc1 bbc2 bbc3 bbc4 itv1 itv2 itv3 itv4 itvx c4 e4 rte s4c kbs1 kbs2 1tv 2tv film4
	sundance tv hotstar jiocinema zee5 sonyliv mubi britbox acorn shudder cw syfy tnt tbs usa
	kbs mbc sbs jtbc tvn ocn ena coupang nhk asahi rai zdf ard svt nrk tf1 canal+ globo televisa telemundo univision
	caracol rcn stan foxtel voot cinemax epix bravo freeform pbs hallmark mtv vh1 tlc atv trt kanal tv8 abs-cbn gma plus
	variety deadline indiewire thr tvline ew reuters afp pti ians anp dpa efe ansa yonhap xinhua
	hollywood reporter bollywood warner bros universal sony lionsgate a24 mgm studios pictures entertainment media
	youtube tiktok instagram twitter facebook x
	lifetime naver kakao iqiyi youku tencent viu altbalaji mxplayer studiocanal hidive crave bet oxygen cbc ctv
	fuji wowow abema nippon ytv ktv globoplay showmax viaplay vix wetv sabc sabc1 sabc2 sabc3 etv m-net mnet`)

// companyWords end the name of a company, never of a person: "Starline
// Studios".
var companyWords = set(`studios studio pictures productions entertainment media films group network networks
	company inc llc ltd corp corporation agency records publishing press books producciones produzioni filme
	cinema screen television animation movies creations international republic banner label labels arts
	cartel cartels mafia syndicate`)

// crewCues mark a sentence about work off screen.
var crewCues = set(`composition screenplay script scripts directing directed directs director directors
	producing producer producers writing writer writers music score cinematography editing editor
	animation designing designer showrunner showrunning helming penning directorial`)

// genreNouns name a kind of show; a title may follow: "the drama The Split".
var genreNouns = set(`series show drama thriller comedy sitcom film movie anime docuseries miniseries
	mini-series documentary docudrama procedural soap telenovela k-drama kdrama spin-off spinoff prequel sequel
	adaptation musical romcom rom-com horror western project story co-production mystery murder-mystery
	melodrama dramedy biopic mockumentary flick teleserye novela soapie serial
	saga telefilm telemovie docu-series anthology`)

func init() {
	genreNouns["soap opera"], genreNouns["soap operas"] = true, true // "13 Soap Opera Exits": no title
}

// sourceNouns name the source work of an adaptation.
var sourceNouns = set(`novel novels book books manga webtoon webtoons webcomic comic comics cartoon cartoons manhwa manhua
	memoir memoirs novella light-novel graphic story stories illustrations biography autobiography`)

// formatWords follow a title to say what kind of work it is: "Erased film".
var formatWords = set(`film movie series show special drama anime tv television miniseries documentary short films movies shows dramas`)

// stageWords mark a stage production, which is not a screen credit.
var stageWords = set(`stage musical play theatre theater broadway west-end opera concert tour`)

// castVerbs, after a list of people, make them the cast of the show the
// sentence is about.
var castVerbs = set(`join joins joined joining star stars starred starring reprise reprises reprising
	return returns returning lead leads led play plays playing played portray portrays portraying
	voice voices voicing appear appears appearing appeared added cast signed co-star co-stars headline headlines
	front fronts topline toplines toplined toplining boarded boards round guest guests recur recurs exit exits exiting
	headlining roped essay essays essaying topbill topbills topbilled topbilling
	upped promoted`)

// auxWords may stand between a list of people and its verb.
var auxWords = set(`will would shall have has had are is were was be been being all also both each
	set to reportedly officially now previously already recently currently soon too still then later
	who that expected confirmed said slated going due attached`)

// listTriggers, before a list of people, make them the cast.
var listTriggers = set(`starring stars featuring features includes include alongside opposite join joins joined joining comprises comprising
	adds add added welcomes welcomed enlists enlisted taps tapped co-star co-stars co-starring casts secured secures topbills top-bills`)

// articleWords are the articles of Spanish, Italian, Portuguese and French
// copy: "El" before "productor ejecutivo X" is no title.
var articleWords = set(`el la los las il lo gli le o os as un una les`)

// crewBy maps a participle before "by" to a job: "directed by".
var crewBy = map[string]string{
	"directed": "director", "helmed": "director", "co-directed": "director",
	"written": "writer", "penned": "writer", "scripted": "writer", "co-written": "writer",
	"created": "creator", "co-created": "creator", "developed": "creator", "adapted": "writer",
	"produced": "producer", "co-produced": "producer", "executive-produced": "producer", "bankrolled": "producer",
	"showrun": "showrunner", "illustrated": "original author", "composition": "writer", "masterminded": "creator",
	// off-screen work the facts contract names no job for
	"designs": "", "design": "", "music": "", "score": "", "cinematography": "", "edited": "", "choreographed": "",
	"composed": "", "scored": "", "lensed": "",
	"dialogues": "writer", "dialogue": "writer", "lyrics": "", // "Dialogues by X", "Lyrics are by X"
	"casting": "", // "casting is by X": the casting director
}

// jobNouns map a job word before or after a name to a job: "writer X".
var jobNouns = map[string]string{
	"director": "director", "directors": "director", "co-director": "director", "co-directors": "director",
	"filmmaker": "director", "filmmakers": "director", "film-maker": "director", "film-makers": "director", "helmer": "director", "helmers": "director",
	"auteur": "director", "auteurs": "director",
	"writer": "writer", "writers": "writer", "screenwriter": "writer", "screenwriters": "writer",
	"co-writer": "writer", "co-writers": "writer", "scribe": "writer", "playwright": "writer",
	"scriptwriter": "writer", "scriptwriters": "writer", "script-writer": "writer", "scenarist": "writer", "scenarists": "writer",
	"creator": "creator", "creators": "creator", "co-creator": "creator", "co-creators": "creator",
	"producer": "producer", "producers": "producer", "co-producer": "producer", "executive": "producer", "co-executive": "producer",
	"showrunner": "showrunner", "showrunners": "showrunner", "co-showrunner": "showrunner", "show-runner": "showrunner", "show-runners": "showrunner",
	"pd":         "director", // a Korean drama's producer-director
	"consultant": "", "consultants": "", "brainstormer": "", "brainstormers": "",
	"mastermind": "", "masterminds": "", // "Yellowstone mastermind X": the show's maker, no job named
	"novelist": "original author", "author": "original author", "mangaka": "original author",
	"cartoonist": "original author",
	// off-screen work the facts contract names no job for
	"cinematographer": "", "cinematographers": "", "composer": "", "composers": "", "dop": "", "dp": "",
	"lyricist": "", "lyricists": "", "choreographer": "",
	"designer": "", "designers": "", "co-producers": "producer",
	"writer-director": "director", "writer-directors": "director", "writer-producer": "writer", "director-producer": "director",
	"writer-creator": "creator", "creator-writer": "creator",
	"creator-showrunner": "creator", "showrunner-creator": "showrunner", "writer-showrunner": "writer", "director-writer": "director",
	"producer-director": "producer", "producer-writer": "producer",
	// the same jobs in Spanish, Italian and Portuguese copy ("El productor
	// ejecutivo X", "la guionista X", "il regista X"); not "productora",
	// also a production company
	"productor": "producer", "productores": "producer", "guionista": "writer", "guionistas": "writer",
	"directora": "director", "realizador": "director", "realizadora": "director", "creador": "creator", "creadora": "creator",
	"escritor": "writer", "escritora": "writer", "regista": "director", "sceneggiatore": "writer", "sceneggiatrice": "writer",
	"produttore": "producer", "diretor": "director", "diretora": "director", "roteirista": "writer",
}

// castNouns before a name mark a performer: "Andor star X", "actress X".
var castNouns = set(`actor actors actress actresses star stars alum alumna alumnus alums fame veteran
	regular lead comedian comedians singer singers rapper rappers musician musicians idol model performer host co-star co-stars castmate castmates newcomer
	baddie villain heartthrob breakout favourite favorite actriz`)

// joinNouns before a name make them new or returning cast of the sentence's
// show: "another Season 2 newcomer, X".
var joinNouns = set(`newcomer newcomers addition additions castmember castmembers`)

// returnWords mark a passage about returning cast.
var returnWords = set(`return returns returning reprise reprises reprising back original favourites favorites comeback come-back`)

// jobVerbs after a name give a job: "X is directing".
var jobVerbs = map[string]string{
	"directing": "director", "directs": "director", "directed": "director", "helming": "director", "helms": "director",
	"producing": "producer", "produces": "producer", "executive-producing": "producer", "bankrolling": "producer", "backing": "producer", "bankrolls": "producer",
	"direct": "director", "helm": "director", "produce": "producer", "write": "writer", "co-write": "writer",
	"compose": "", "composing": "", "composes": "", "scoring": "", "lensing": "", "designing": "", "editing": "", "edit": "", "edits": "",
	"showrunning": "showrunner", "created": "creator", "co-created": "creator", "developed": "creator",
	"adapting": "writer", "adapts": "writer", "score": "", "scores": "", // "X is adapting Y's novel
	"co-directing": "director", "co-directs": "director", "co-direct": "director", "adapted": "writer", "adapt": "writer",
	"conceived": "creator", "devised": "creator", "designed": "", "scripting": "writer", "co-scripting": "writer", "ep": "producer", // "X will EP": read by epVerb (in capitals)
	"helmed": "director", "showrun": "showrunner", "showruns": "showrunner", "co-showrun": "showrunner", "co-showrunning": "showrunner",
	"co-producing": "producer", "co-produces": "producer", "co-produce": "producer", "co-directed": "director", "co-helmed": "director",
	"executive-produces": "producer", "executive-produce": "producer", "produced": "producer", "scripted": "writer",
}

// scriptWords, after "writing/penning/wrote", make the subject a writer.
var scriptWords = set(`script scripts screenplay screenplays teleplay pilot`)

// describeWords describe a performer, never name a show: "Veteran actress
// X", "British actor X", "Oscar-winning director X".
var describeWords = set(`top rookie veteran senior acclaimed celebrated legendary famed famous rising young beloved popular prolific
	seasoned renowned talented fellow former iconic versatile established emerging breakout beloved late original
	american british english scottish welsh irish canadian australian korean south north japanese chinese
	indian french german spanish italian mexican brazilian argentine argentinian colombian chilean peruvian
	swedish danish norwegian finnish icelandic dutch belgian polish russian ukrainian turkish thai filipino
	nigerian kenyan israeli iranian egyptian pakistani bangladeshi indonesian malaysian vietnamese taiwanese
	kong bollywood tollywood kollywood nollywood mollywood sandalwood hollywood k-drama k-pop kpop tamil telugu malayalam
	kannada bengali marathi punjabi hindi latino latina latinx hispanic european asian african nordic scandinavian
	arab persian filipina filipino mainland puerto rican cuban venezuelan additional longtime long-time noted yesteryear esteemed child teenage teen
	czech slovak austrian swiss greek portuguese romanian hungarian croatian serbian bulgarian slovenian estonian latvian
	lithuanian georgian armenian ghanaian ethiopian moroccan algerian tunisian lebanese saudi emirati jordanian afrikaans zulu xhosa sesotho setswana tshivenda xitsonga yoruba igbo hausa swahili
	singaporean cambodian mongolian nepali nepalese kiwi jamaican uruguayan paraguayan bolivian ecuadorian
	guatemalan dominican haitian aussie brit support supporting adr kapuso kapamilya creative primera primer daytime
	afghan iraqi syrian palestinian senegalese congolese ugandan tanzanian zimbabwean cameroonian lankan kazakh uzbek qatari kurdish
	tibetan burmese bosnian albanian macedonian belarusian azerbaijani maltese cypriot aboriginal indigenous māori maori pasifika inuit métis metis native`)

// describePlurals are the bits of describeWords' words with an "s" after
// them: a token whose word bit is none of them is no such plural
// ("Colombians"), and notPerson looks up only the others.
var describePlurals = func() (m wordBits) {
	for w := range describeWords {
		b := wordBit(w + "s")
		m[b>>6] |= 1 << (b & 63)
	}
	return m
}()

// describes reports whether every word of s is a describeWord or ends in
// "-winning" or "-nominated": not a title.
func describes(s string) bool {
	if s == "US" || s == "UK" || s == "U.S." || s == "U.K." {
		return true // "the US soap": a country's initials
	}
	if s == "First Nations" || s == "Torres Strait Islander" || s == "Hong Kong" {
		return true // "First Nations actor X": a people, "Hong Kong director Y": a place, no title
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && i < len(s)-1 && placeMade(s[i+1:]) && strings.Count(s, " ") <= 2 {
		return true // "New York-based", "Hong Kong-set": a place of two or three words made a describing word
	}
	var buf [32]byte
	if _, c, ok := plainFirstWord(buf[:0], s); ok && c&cDescribeWord == 0 {
		return false // the first word describes nothing (describesWord is describeWords for it)
	}
	for w := range strings.FieldsSeq(s) {
		if !describesWord(string(lowerInto(buf[:0], w))) {
			return false
		}
	}
	return true
}

// networkOriginal reports whether s is a network's "original" and describing
// words, no title: "Italian Prime Original", "Netflix Original".
func networkOriginal(s string) bool {
	orig := false
	var buf [32]byte
	if w, c, ok := plainFirstWord(buf[:0], s); ok && c&(cNetworks|cDescribeWord) == 0 && string(w) != "original" && string(w) != "originals" {
		return false // the first word is no network, describing word nor "original"
	}
	for f := range strings.FieldsSeq(s) {
		switch w := string(lowerInto(buf[:0], f)); {
		case w == "original" || w == "originals":
			orig = true
		case networks[w] || describesWord(w):
		default:
			return false
		}
	}
	return orig
}

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun`)

// describesWord is describes for one lower-case word, without allocating.
func describesWord(w string) bool {
	if wordClasses.get(w)&cDescribeWord != 0 { // describeWords[w]
		return true
	}
	if strings.IndexByte(w, '-') < 0 {
		return false // what follows reads hyphenated words only
	}
	if strings.HasSuffix(w, "-winning") || strings.HasSuffix(w, "-nominated") || strings.HasSuffix(w, "-time") || strings.HasSuffix(w, "-language") {
		return true // "First-time actor X", "two-time Oscar winner X", "the Tamil-language T"
	}
	if strings.HasSuffix(w, "-awarded") || strings.HasSuffix(w, "-belönade") || strings.HasSuffix(w, "-nominerade") || strings.HasSuffix(w, "-vinnande") {
		return true // "the Oscar-awarded film T", Swedish "den Oscars-belönade filmen ”T”"
	}
	// "Birmingham-based", "London-set", "Seoul-born": a place made a
	// describing word
	if placeMade(w) {
		return true
	}
	// "filipina-australian", "korean-american"
	if day, day2, _ := cutByte(w, '-'); wordClasses.get(day)&cWeekday != 0 && wordClasses.get(day2)&cWeekday != 0 { // weekdays[day], weekdays[day2]
		return true // "tvN's new Monday-Tuesday drama"
	}
	for w != "" {
		part, rest, _ := cutByte(w, '-')
		if wordClasses.get(part)&cDescribeWord == 0 { // !describeWords[part]
			return false
		}
		w = rest
	}
	return true
}

// placeWords are countries, regions and cities that news copy names as
// often as its shows: a one-word title that is a place is not guessed to be
// the article's show.
var placeWords = set(`india china japan korea america usa us uk britain england scotland wales ireland
	canada australia germany france spain italy mexico brazil argentina colombia chile sweden denmark norway
	finland iceland netherlands belgium poland russia ukraine turkey thailand philippines nigeria naija israel
	europe asia africa hollywood bollywood london paris berlin seoul tokyo mumbai delhi beijing
	shanghai toronto sydney madrid rome stockholm copenhagen oslo dublin los angeles york vegas francisco diego
	manchester liverpool glasgow edinburgh belfast cardiff atlanta chicago boston miami vancouver montreal melbourne
	chennai hyderabad kolkata bengaluru bangalore kochi thiruvananthapuram pune lagos nairobi manila jakarta singapore
	iran iraq pakistan bangladesh egypt lebanon morocco tunisia algeria senegal ghana syria cuba venezuela peru portugal
	greece austria switzerland hungary romania`)

// dateWords name days, months and times of year: a title does not run on
// into "on Tuesday" or "in March".
var dateWords = set(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	spring summer autumn fall winter christmas today tomorrow yesterday weekend`)

// ordinals for "the second season".
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// ordinalBits are the bits of ordinals (mayHold).
var ordinalBits = setMask(ordinals)

// ordinal is ordinalsIDs.get(t.id), looked up only where t's word bit may be one
// of its words.
func ordinal(t *token) int {
	if !ordinalBits.mayHold(t) {
		return 0
	}
	return ordinalsIDs.get(t.id)
}

// titleGlue are lower-case words that may stand inside a title between
// capitalized words: "House of the Dragon", "King the Land".
var titleGlue = set(`of the a an in on at to for with from vs vs. de la le du des von van der di da del y no los las el en al por sin con dos das do et o ni wa ga wo ka yo ng sa ang mga ya za na`)

// ourWords are the possessives of the first and second person, which a
// title's glue word may come before: "The Fault in our Stars".
var ourWords = set(`our my your`)

// notAfterAs are words before "as" that do not introduce a role.
var notAfterAs = set(`known such well same so described regarded seen referred billed dubbed titled named serve serves served serving act acts acted acting
	used intended released marketed presented reissued credited screened shown retitled renamed rebranded
	honoured honored elected inducted crowned recognised recognized knighted`)

// Word classes: each token carries the classes of its lower-case form,
// looked up once when the sentence is tokenized.
const (
	cStopWords uint64 = 1 << iota
	cNetworks
	cGenreNouns
	cSourceNouns
	cFormatWords
	cStageWords
	cCastVerbs
	cAuxWords
	cListTriggers
	cCastNouns
	cJoinNouns
	cReturnWords
	cScriptWords
	cTitleGlue
	cNotAfterAs
	cPrefixNouns
	cCharTitles
	cPlayVerbs
	cClauseVerbs
	cServeWords
	cSourceCues
	cCompanyWords
	cCrewCues
	cWorkCues
	cJobNoun
	cJobVerb
	cWriteVerb
	cDateWords
	cDescribe // describesWord: "veteran", "british", "filipina-australian"
	cOrder    // orderVerbs and the filming verbs before "a pilot of T"
	// the sets below, so that a token's membership is read without a
	// lookup
	cNameStart    // nameStarts
	cParticle     // nameParticles
	cMonth        // monthNames
	cItemModifier // itemModifiers
	cDescribeWord // describeWords itself (cDescribe holds more)
	cNumberWord   // numberWords
	cSays         // saysVerbs
	cAward        // awardWords
	cWeekday      // weekdays
	cMonthAbbrev  // monthAbbrevs
	cSchedule     // scheduleWords
	cHeadingNoun  // headingNouns
	cHeadingWord  // headingWords
	cCrewWorkCue  // crewWorkCues
	cShowCue      // showCues
	// the words a rule starts at, so that a sentence without any is
	// passed over (sentHas)
	cGuestCue   // guestRule's and starOfRule's: guestCues
	cLeadsCue   // leadsWorkRule's verbs: leadsCues
	cAkaCue     // akaRule's and creditsRule's: akaCues
	cVehicleCue // vehicleRule's besides the genre nouns: "vehicle", "starrer"; directorialRule's "directorial"
	cPronounCue // pronounWorkRule's: "his", "her", "which"
	cLeadWord   // leadWords, which leadAt reads
	cByCue      // crewByRule's: "by", "direction", "production"
	cFame       // "fame", which parseItem looks for after a title
	cCastCue    // casting words that are in no class above: "cast", "role", "replacing"
	cJury       // "jury", "juror", "jurors"
	cRomance    // romanceArticles
	cCrewVerb   // crewVerbTitle's verbs: isCrewVerb
	cShowWord   // showWords
	cRoleCue    // roleCues
	cReunion    // reunionWords
	cFameVerb   // fameVerbs
	cAwardCue   // awardRule's verbs: awardCues
	cPastCue    // sinceRule's, awaitRule's and filmographyRule's words: pastCues
	cAwardLine  // awardLineRule's prize words: awardLineCues (the 64th class: no more fit)
)

var wordClass = func() map[string]uint64 {
	m := map[string]uint64{}
	for c, s := range map[uint64]map[string]bool{
		cStopWords:    stopWords,
		cNetworks:     networks,
		cGenreNouns:   genreNouns,
		cSourceNouns:  sourceNouns,
		cFormatWords:  formatWords,
		cStageWords:   stageWords,
		cCastVerbs:    castVerbs,
		cAuxWords:     auxWords,
		cListTriggers: listTriggers,
		cCastNouns:    castNouns,
		cJoinNouns:    joinNouns,
		cReturnWords:  returnWords,
		cScriptWords:  scriptWords,
		cTitleGlue:    titleGlue,
		cNotAfterAs:   notAfterAs,
		cPrefixNouns:  prefixNouns,
		cCharTitles:   charTitles,
		cPlayVerbs:    playVerbs,
		cClauseVerbs:  clauseVerbs,
		cServeWords:   serveWords,
		cSourceCues:   sourceCues,
		cCompanyWords: companyWords,
		cCrewCues:     crewCues,
		cDateWords:    dateWords,
		cDescribe:     describeWords,
		cOrder:        orderWords,
		cNameStart:    nameStarts,
		cParticle:     nameParticles,
		cMonth:        monthNames,
		cItemModifier: itemModifiers,
		cDescribeWord: describeWords,
		cNumberWord:   numberWords,
		cSays:         saysVerbs,
		cAward:        awardWords,
		cWeekday:      weekdays,
		cMonthAbbrev:  monthAbbrevs,
		cSchedule:     scheduleWords,
		cHeadingNoun:  headingNouns,
		cHeadingWord:  headingWords,
	} {
		for word := range s {
			m[word] |= c
		}
	}
	for _, word := range strings.Fields(workCues) {
		m[word] |= cWorkCues
	}
	for word := range jobNouns {
		m[word] |= cJobNoun
	}
	for word := range jobVerbs {
		m[word] |= cJobVerb
	}
	for _, word := range strings.Fields(writeVerbs) {
		m[word] |= cWriteVerb
	}
	for word := range leadWords {
		m[word] |= cLeadWord
	}
	for word := range romanceArticles {
		m[word] |= cRomance
	}
	for word := range crewVerbTitle {
		m[word] |= cCrewVerb
	}
	for _, word := range strings.Fields(showWords) {
		m[word] |= cShowWord
	}
	for _, word := range strings.Fields(roleCues) {
		m[word] |= cRoleCue
	}
	for word := range reunionWords {
		m[word] |= cReunion
	}
	for word := range fameVerbs {
		m[word] |= cFameVerb
	}
	for _, word := range strings.Fields(crewWorkCues) {
		m[word] |= cCrewWorkCue
	}
	for _, word := range strings.Fields(showCues) {
		m[word] |= cShowCue
	}
	for c, words := range map[uint64]string{cGuestCue: guestCues, cLeadsCue: leadsCues, cAkaCue: akaCues, cVehicleCue: "vehicle starrer directorial", cPronounCue: "his her which",
		cByCue: "by direction production", cFame: "fame", cCastCue: "cast role roles replacing replaces", cJury: "jury juror jurors",
		cAwardCue: awardCues, cPastCue: pastCues, cAwardLine: awardLineCues} {
		for _, word := range strings.Fields(words) {
			m[word] |= c
		}
	}
	return m
}()

// workCues start the constructions of workedRule.
const workCues = `acted acting casted leads protagonists stint stints worked work working collaborated reunites reunited reunite reuniting wrapped starred appeared co-starred featured feature performance performances turn opposite role roles part parts addition appearance appearances cameo cameos camera from
	star stars appear appears appearing starring guest guests guested guest-starred guest-starring guest-stars recur recurs recurred debut headlined toplined
	seen part charge credits known been cast helmed directed created co-created wrote penned co-wrote produced scripted
	lensed edited scored co-produced showran written like as return returns returning has have roles writing filming shooting co-creating creating directing direct helm behind pairing voices voice
	started starts start began begins begin commenced commences resumed resumes kicked kicks
	excellent great terrific brilliant superb memorable outstanding fantastic wonderful phenomenal since renowned acclaimed famous famed celebrated`

// crewWorkCues are the words that crewWorkRule's readers of a token start
// at ("on board", "aboard", dutyRule, authorOf, latestFrom, asRankedJob,
// epVerb, replacesAs; isTheJobOf starts at a job noun): a word of none of
// them is read by none.
const crewWorkCues = `charge care handle handles handling handled crank cranking cranks composed compose composes wield wields wielding wielded provide provides providing provided
	board aboard chair in on share shares sharing shared assume assumes assumed
	author novelist brainchild mind minds latest newest as ep eps
	replaces replaced replacing succeeds succeeded succeeding replace succeed`

// showCues are the words that roleInTitle and gaveOrder start at.
const showCues = `role roles gave gives given handed`

// showWords, with the genre nouns, the order words and showCues, are the
// words that sentenceShow's reading of the sentence's tokens starts at: a
// reading added there adds its word here.
const showWords = `named called title original titled season series adaptation cast of`

// roleCues, with the play verbs, are the words roleRule reads at: a case
// added to its switch adds its word here.
const roleCues = `as played portrayed voiced acted voice life is be role character`

// guestCues are the words guestRule reads at, and "star" of starOfRule.
const guestCues = `won wins win guest cameo pre-production post-production development star appear debut voices voice`

// leadsCues are the verbs of leadsWorkAt.
const leadsCues = `lead leads led leading spearheads spearheaded spearheading heads headed heading`

// akaCues are the words akaRule ("aka") and creditsRule ("credits", and
// creditNouns: "Her films included") read at.
const akaCues = `aka a.k.a. a.k.a credits films movies roles shows series dramas works work appearances parts performances efforts filmography projects features`

// awardCues are the words awardRule reads at: a case added to its switch
// adds its word here.
const awardCues = `won wins win winning scooped bagged clinched took takes earned earns nabbed received receives picked went goes go nominated shortlisted`

// awardLineCues name a prize before a prize list line's colon
// ("Best director:", "Palme d’Or:", "Grand Prix:", "Golden Lion:"):
// awardLineRule reads no line without one.
const awardLineCues = `best award awards prize prix palme lion bear jury globe oscar emmy bafta trophy`

// pastCues are the words sinceRule ("since"), awaitRule ("awaiting",
// "waiting", "awaits") and filmographyRule ("like", "include", "such", and
// "roles", "role", "work", "parts", "part" before "in" or "on") read at.
const pastCues = `since awaiting waiting awaits like include includes including such roles role work parts part`

// writeVerbs, before "the script", make the subject a writer.
const writeVerbs = `penning writing wrote writes pens penned co-wrote co-writing pen written`

// boolInt is 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// placeMade reports whether w, in lower case, is a word made of a place and
// a suffix that describes: "birmingham-based", "london-set", "seoul-born".
func placeMade(w string) bool {
	// each suffix is a hyphen and ASCII letters: it can end w only at
	// w's last hyphen, and only where the bytes after it fold to it
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || len(w)-i > len("-centric") {
		return false
	}
	var buf [8]byte
	switch string(lowerInto(buf[:0], w[i+1:])) {
	case "based", "set", "born", "bred", "raised", "focused", "centric":
		return true
	}
	return false
}
