package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// brief prints a fact as "kind|person|show|character|job".
func brief(f graph.Fact) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s", f.Kind, f.Person, f.Show, f.Character, f.Job)
}

// construction is a case of TestConstructions: a made-up text and the
// facts it must give, as brief prints them.
type construction struct {
	name string
	text string
	opt  Options
	want []string
}

// TestConstructions checks each construction on short made-up sentences with
// made-up names: the rules must not depend on the names in the dev articles.
// The cases are in constructions, moreConstructions, newsConstructions,
// blindSetConstructions, probeConstructions and the constructions_*_test.go
// files.
func TestConstructions(t *testing.T) {
	tests := append(append(append(append(append(append(append(append(append(append(slices.Clone(constructions), moreConstructions...), newsConstructions...), blindSetConstructions...), probeConstructions...), corpusConstructions...), castingNewsConstructions...), lineupConstructions...), crewConstructions...), crewMissConstructions...), languageConstructions...)
	tests = append(tests, listingConstructions...)
	tests = append(tests, carriedShowConstructions...)
	tests = append(tests, articleArrivalConstructions...)
	tests = append(tests, sentenceCaseHeadlineConstructions...)
	tests = append(tests, languageShapeConstructions...)
	tests = append(tests, nameTitleConstructions...)
	tests = append(tests, languageTitleConstructions...)
	tests = append(tests, languageOrderConstructions...)
	tests = append(tests, languageCastConstructions...)
	tests = append(tests, languageIdiomConstructions...)
	tests = append(tests, languageLeadConstructions...)
	tests = append(tests, languageStaffConstructions...)
	tests = append(tests, languageAndConstructions...)
	tests = append(tests, languagePassiveConstructions...)
	tests = append(tests, languageJobConstructions...)
	tests = append(tests, headlineKindConstructions...)
	tests = append(tests, bracketLeadConstructions...)
	tests = append(tests, ownedWorkConstructions...)
	tests = append(tests, titleConstructions...)
	tests = append(tests, titleSpanConstructions...)
	tests = append(tests, personConstructions...)
	tests = append(tests, castRoleConstructions...)
	tests = append(tests, crewNewsConstructions...)
	tests = append(tests, profileConstructions...)
	tests = append(tests, crewShowConstructions...)
	tests = append(tests, leadConstructions...)
	tests = append(tests, castObjectConstructions...)
	tests = append(tests, festivalConstructions...)
	tests = append(tests, reunionConstructions...)
	tests = append(tests, hostConstructions...)
	tests = append(tests, careerConstructions...)
	tests = append(tests, roundupConstructions...)
	tests = append(tests, styleConstructions...)
	tests = append(tests, crewCreditConstructions...)
	tests = append(tests, castCreditConstructions...)
	tests = append(tests, slateConstructions...)
	tests = append(tests, subjectShowConstructions...)
	tests = append(tests, newsStyleConstructions...)
	tests = append(tests, careerProseConstructions...)
	tests = append(tests, earlierWorkConstructions...)
	tests = append(tests, careerWorks2Constructions...)
	tests = append(tests, unquotedConstructions...)
	tests = append(tests, workLists3Constructions...)
	tests = append(tests, againCastingConstructions...)
	tests = append(tests, crossLinkConstructions...)
	tests = append(tests, fallbackTieConstructions...)
	tests = append(tests, unseenEnglishConstructions...)
	tests = append(tests, showSupportConstructions...)
	tests = append(tests, engShapeConstructions...)
	tests = append(tests, roleListConstructions...)
	tests = append(tests, castShapeConstructions...)
	tests = append(tests, voiceWorkConstructions...)
	tests = append(tests, replacedCastConstructions...)
	tests = append(tests, nameSuffixConstructions...)
	tests = append(tests, jobClauseConstructions...)
	tests = append(tests, castsLabelConstructions...)
	tests = append(tests, castNewsConstructions...)
	tests = append(tests, castPredicateConstructions...)
	tests = append(tests, titleWithConstructions...)
	tests = append(tests, titleNounConstructions...)
	tests = append(tests, comebackConstructions...)
	tests = append(tests, castAppositiveConstructions...)
	tests = append(tests, digitTitleConstructions...)
	tests = append(tests, castCueConstructions...)
	tests = append(tests, relativeTitleConstructions...)
	tests = append(tests, crewFactConstructions...)
	tests = append(tests, careerLineConstructions...)
	tests = append(tests, crewStaffConstructions...)
	tests = append(tests, castTitleConstructions...)
	tests = append(tests, careerClauseConstructions...)
	tests = append(tests, probeStyleConstructions...)
	tests = append(tests, probeFilmConstructions...)
	tests = append(tests, probeFilmMore...)
	tests = append(tests, probeFilmThird...)
	tests = append(tests, probeFilmFourth...)
	tests = append(tests, probeFilmFifth...)
	tests = append(tests, probeFilmSixth...)
	tests = append(tests, probeFilmSeventh...)
	tests = append(tests, probeFilmEighth...)
	tests = append(tests, obituaryConstructions...)
	tests = append(tests, nonshowConstructions...)
	tests = append(tests, articleShowConstructions...)
	tests = append(tests, castFormConstructions...)
	tests = append(tests, crewListConstructions...)
	tests = append(tests, articleEvidenceConstructions...)
	tests = append(tests, summaryLabelConstructions...)
	tests = append(tests, probeShowConstructions...)
	tests = append(tests, joinForcesConstructions...)
	tests = append(tests, referentConstructions...)
	tests = append(tests, bareHeadingConstructions...)
	tests = append(tests, headingBlockConstructions...)
	tests = append(tests, crewFormConstructions...)
	tests = append(tests, filmographyFormConstructions...)
	tests = append(tests, castPairConstructions...)
	tests = append(tests, precisionConstructions...)
	tests = append(tests, careerWithConstructions...)
	tests = append(tests, obitLeadConstructions...)
	tests = append(tests, yearMakerConstructions...)
	tests = append(tests, pairedJobConstructions...)
	tests = append(tests, showPrecisionConstructions...)
	tests = append(tests, nameMentionConstructions...)
	tests = append(tests, articleShowWholeConstructions...)
	tests = append(tests, articleShowOwnerConstructions...)
	tests = append(tests, articleShowWordConstructions...)
	tests = append(tests, showContextConstructions...)
	tests = append(tests, showContext3Constructions...)
	tests = append(tests, showContext4Constructions...)
	tests = append(tests, probeR1Constructions...)
	tests = append(tests, titleMentionConstructions...)
	tests = append(tests, castListEndConstructions...)
	tests = append(tests, languageProbeConstructions...)
	tests = append(tests, languageSubjectConstructions...)
	tests = append(tests, languageCrewChargeConstructions...)
	tests = append(tests, sharedBugConstructions...)
	tests = append(tests, sharedBugs2Constructions...)
	tests = append(tests, sharedBugs3Constructions...)
	tests = append(tests, crewRecallConstructions...)
	tests = append(tests, loneWordConstructions...)
	tests = append(tests, reusedShowConstructions...)
	tests = append(tests, recallCauseConstructions...)
	tests = append(tests, mentions3Constructions...)
	tests = append(tests, precision3Constructions...)
	tests = append(tests, precision4Constructions...)
	tests = append(tests, bracketCreditConstructions...)
	tests = append(tests, nounBracketConstructions...)
	tests = append(tests, engListConstructions...)
	tests = append(tests, engCrewConstructions...)
	tests = append(tests, engDutyConstructions...)
	tests = append(tests, languageStaffAsConstructions...)
	tests = append(tests, languageFilmingConstructions...)
	tests = append(tests, languageRolesConstructions...)
	tests = append(tests, engTitleConstructions...)
	tests = append(tests, languageSeenInConstructions...)
	tests = append(tests, languageQuestionConstructions...)
	tests = append(tests, engDebutConstructions...)
	tests = append(tests, languageKnownForConstructions...)
	tests = append(tests, engReturnAsConstructions...)
	tests = append(tests, languageNamedConstructions...)
	tests = append(tests, languageLeadsConstructions...)
	tests = append(tests, titleReadConstructions...)
	tests = append(tests, showPickConstructions...)
	tests = append(tests, pseudoShowConstructions...)
	tests = append(tests, personRoundupConstructions...)
	tests = append(tests, titleGlueConstructions...)
	tests = append(tests, wrongLinkConstructions...)
	tests = append(tests, adaptPrefixConstructions...)
	tests = append(tests, fameWorkConstructions...)
	tests = append(tests, channelNumberConstructions...)
	tests = append(tests, leadTakenConstructions...)
	tests = append(tests, dutchLeadsConstructions...)
	tests = append(tests, castOfForeignConstructions...)
	tests = append(tests, revivalConstructions...)
	tests = append(tests, alsoTakePartConstructions...)
	tests = append(tests, roundupSectionConstructions...)
	tests = append(tests, languageFormConstructions...)
	tests = append(tests, titleStageConstructions...)
	tests = append(tests, labelledActorConstructions...)
	tests = append(tests, kindNounConstructions...)
	tests = append(tests, sectionShowConstructions...)
	tests = append(tests, scandinavianAsConstructions...)
	tests = append(tests, twiceNamedConstructions...)
	tests = append(tests, settledTitleConstructions...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}

// checkConstruction extracts a construction's text and compares its facts
// with the ones it wants, and the second reading's with the first's.
func checkConstruction(t *testing.T, tt construction) {
	t.Helper()
	a, err := Parse("test", strings.NewReader(tt.text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Extract(a, tt.opt) {
		if err := f.Validate(); err != nil {
			t.Errorf("invalid fact %s: %v", brief(f), err)
		}
		if f.Evidence == "" || f.Article != "test" {
			t.Errorf("fact %s lacks evidence or article", brief(f))
		}
		got = append(got, brief(f))
	}
	slices.Sort(got)
	want := slices.Clone(tt.want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("text: %s\n got: %q\nwant: %q", tt.text, got, want)
	}
	if diff := rereadsDiffer(a, tt.opt); diff != "" {
		t.Errorf("text: %s\n%s", tt.text, diff)
	}
}

// constructions are the first half of TestConstructions' cases.
var constructions = []construction{
	{
		name: "bracket show and join",
		text: "Production has begun on Season 3 of Silver Harbor. Mara Quint (Glass Orchard), Dev Olan (Night Ferry Season 2), and Pia Roe join the cast.",
		want: []string{
			"cast|Mara Quint|Silver Harbor||", "cast|Mara Quint|Glass Orchard||",
			"cast|Dev Olan|Silver Harbor||", "cast|Dev Olan|Night Ferry||",
			"cast|Pia Roe|Silver Harbor||",
		},
	},
	{
		name: "bracket with seasons and subtitle",
		text: "The thriller Blue Static adds two names. Tova Link (Red Meridian Seasons 1 and 2) and Mo Dray (Crown Alley: Class 3) have joined the cast.",
		want: []string{
			"cast|Tova Link|Blue Static||", "cast|Tova Link|Red Meridian||",
			"cast|Mo Dray|Blue Static||", "cast|Mo Dray|Crown Alley: Class 3||",
		},
	},
	{
		name: "character then actor in brackets",
		text: "The drama Cold Lantern returns next year. The story follows Ilsa Varn (Noor Patel), a former pilot.",
		want: []string{"cast|Noor Patel|Cold Lantern|Ilsa Varn|"},
	},
	{
		name: "actor then character for returning cast",
		text: "The drama Cold Lantern returns next year. Old favourites will return, including Ben Cole (Rook), Ada Finch (Wren) and Lio Grant (Hawk).",
		want: []string{
			"cast|Ben Cole|Cold Lantern|Rook|", "cast|Ada Finch|Cold Lantern|Wren|", "cast|Lio Grant|Cold Lantern|Hawk|",
		},
	},
	{
		name: "returning are",
		text: "The drama Cold Lantern returns next year. Returning are Sam Oake and Dee Lark.",
		want: []string{"cast|Sam Oake|Cold Lantern||", "cast|Dee Lark|Cold Lantern||"},
	},
	{
		name: "known show in brackets",
		text: "The drama Cold Lantern returns next year. Its hero is played by Jem Hart (Rook), who joins the cast.",
		opt:  Options{KnownShow: func(title string) bool { return title == "Rook" }},
		want: []string{"cast|Jem Hart|Cold Lantern||", "cast|Jem Hart|Rook||"},
	},
	{
		name: "as character",
		text: "The film Quiet Harbor casts Lena Park as Officer Dahl.",
		want: []string{"cast|Lena Park|Quiet Harbor|Officer Dahl|"},
	},
	{
		name: "plays",
		text: "In the comedy Paper Moons, Rafe Dunn plays Gus Merrow.",
		want: []string{"cast|Rafe Dunn|Paper Moons|Gus Merrow|"},
	},
	{
		name: "played by",
		text: "The drama Iron Bay is back. Nell Harrow, played by Quinn Alder, returns in the second season.",
		want: []string{"cast|Quinn Alder|Iron Bay|Nell Harrow|"},
	},
	{
		name: "voices and stars as",
		text: "The animated series Sky Pirates sets sail. Omar Reyes voices Captain Fig, and Mila Stone stars as Ruth Vane.",
		want: []string{"cast|Omar Reyes|Sky Pirates|Captain Fig|", "cast|Mila Stone|Sky Pirates|Ruth Vane|"},
	},
	{
		name: "respectively",
		text: "The film Low Tide is shooting. Ivo Brandt and Kaya Sol will play Marek and Ines, respectively.",
		want: []string{"cast|Ivo Brandt|Low Tide|Marek|", "cast|Kaya Sol|Low Tide|Ines|"},
	},
	{
		name: "starring with Oxford comma",
		text: "The series Harbor Lights, starring Ana Ruiz, Tom Vale, and Cy Ng, premieres in May.",
		want: []string{"cast|Ana Ruiz|Harbor Lights||", "cast|Tom Vale|Harbor Lights||", "cast|Cy Ng|Harbor Lights||"},
	},
	{
		name: "title stars list without Oxford comma",
		text: "Night Owls stars Kai Benn, Lu Ortiz and Remy Sole.",
		want: []string{"cast|Kai Benn|Night Owls||", "cast|Lu Ortiz|Night Owls||", "cast|Remy Sole|Night Owls||"},
	},
	{
		name: "the cast includes",
		text: "The thriller Cold Open was announced today. The cast includes Ivy Moss and Jon Pell.",
		want: []string{"cast|Ivy Moss|Cold Open||", "cast|Jon Pell|Cold Open||"},
	},
	{
		name: "joins the cast of",
		text: "Rita Vance joins the cast of Dark Meadow.",
		want: []string{"cast|Rita Vance|Dark Meadow||"},
	},
	{
		name: "will return",
		text: "The drama Crow Hill was renewed. Gil Marsh and Ona Tate will return for the second season.",
		want: []string{"cast|Gil Marsh|Crow Hill||", "cast|Ona Tate|Crow Hill||"},
	},
	{
		name: "show title then performer noun",
		text: "The drama Crow Hill was renewed. Blue Static alum Theo Marr and Low Tide star Pam Ruiz have joined the cast.",
		want: []string{"cast|Theo Marr|Crow Hill||", "cast|Theo Marr|Blue Static||", "cast|Pam Ruiz|Crow Hill||", "cast|Pam Ruiz|Low Tide||"},
	},
	{
		name: "starring in brackets after a title",
		text: "Other hits include Winter Garden (starring Lu Chen and Bo Kim).",
		want: []string{"cast|Lu Chen|Winter Garden||", "cast|Bo Kim|Winter Garden||"},
	},
	{
		name: "directed by and written by",
		text: "The film Grey Coast is directed by Hana Lutz and written by Ravi Mehr.",
		want: []string{"crew|Hana Lutz|Grey Coast||director", "crew|Ravi Mehr|Grey Coast||writer"},
	},
	{
		name: "co-directors and writer",
		text: "The drama Crow Hill was renewed. Co-directors Ari Bell (Frost Line) and Jo Kemp are back, alongside writer Nia Holt (Long Road).",
		want: []string{
			"crew|Ari Bell|Crow Hill||director", "crew|Ari Bell|Frost Line||", "crew|Jo Kemp|Crow Hill||director",
			"crew|Nia Holt|Crow Hill||writer", "crew|Nia Holt|Long Road||",
		},
	},
	{
		name: "created by and showrunner",
		text: "Created by Lane Oduya, the series Moss Creek follows two sisters. Showrunner Cass Piper will also direct.",
		want: []string{"crew|Lane Oduya|Moss Creek||creator", "crew|Cass Piper|Moss Creek||showrunner", "crew|Cass Piper|Moss Creek||director"},
	},
	{
		name: "executive producer",
		text: "The drama Crow Hill was renewed. Lia Fenn is an executive producer, and Dov Ames serves as executive producer.",
		want: []string{"crew|Lia Fenn|Crow Hill||producer", "crew|Dov Ames|Crow Hill||producer"},
	},
	{
		name: "title director",
		text: "The drama Crow Hill was renewed. Frost Line director Ema Sato is directing.",
		want: []string{"crew|Ema Sato|Frost Line||director", "crew|Ema Sato|Crow Hill||director"},
	},
	{
		name: "based on a novel",
		text: "The drama Crow Hill was renewed. Based on Rowan Pike's bestselling novel, the series follows a family.",
		want: []string{"crew|Rowan Pike|Crow Hill||original author"},
	},
	{
		name: "manga by",
		text: "The film Paper Crane adapts the popular manga by Hiro Tanabe.",
		want: []string{"crew|Hiro Tanabe|Paper Crane||original author"},
	},
	{
		name: "possessive genre title",
		text: "Kara Wynn's drama Salt Flats begins filming in June.",
		want: []string{"crew|Kara Wynn|Salt Flats||"},
	},
	{
		name: "worked with on",
		text: "The drama Crow Hill comes from creator Abe Lund, who previously worked with Ria Moss on Night Train.",
		want: []string{"crew|Abe Lund|Crow Hill||creator", "crew|Abe Lund|Night Train||", "cast|Ria Moss|Night Train||"},
	},
	{
		name: "article show from headline",
		text: "Glass Orchard Season 2 Adds Two\n\nThe new season brings back Ivo Brandt. Kaya Sol joins the cast as Ines.",
		want: []string{"cast|Ivo Brandt|Glass Orchard||", "cast|Kaya Sol|Glass Orchard|Ines|"},
	},
	{
		name: "surname alone is the full name",
		text: "The drama Crow Hill was renewed. Mina Lowe has joined the cast. Lowe will play Dr. Ash.",
		want: []string{"cast|Mina Lowe|Crow Hill|Dr. Ash|"},
	},
	{
		name: "mentions only",
		text: "Critic Jane Doe called Silver Harbor a triumph. Netflix also renewed Moon Hollow, and Hulu picked up Glass Orchard.",
		want: nil,
	},
	{
		name: "curly quotes and dashes",
		text: "The drama Crow Hill was renewed. Ser “Red” Tolan will be played by Abe Quist – a newcomer – this year.",
		want: []string{"cast|Abe Quist|Crow Hill|Ser “Red” Tolan|"},
	},
	{
		name: "several as clauses after a pronoun subject",
		text: "The series Dark Pines follows a ranger. It stars Lin Oakes as Mara, Pat Hale as Jon and Sue Bell as Ivy.",
		want: []string{"cast|Lin Oakes|Dark Pines|Mara|", "cast|Pat Hale|Dark Pines|Jon|", "cast|Sue Bell|Dark Pines|Ivy|"},
	},
	{
		name: "cast as",
		text: "The drama Dark Pines was renewed. Lin Oakes has been cast as Mara Quill.",
		want: []string{"cast|Lin Oakes|Dark Pines|Mara Quill|"},
	},
	{
		name: "will direct and will produce",
		text: "The film Dark Pines is shooting now. Kofi Ames will direct the film, and Rae Lund will produce.",
		want: []string{"crew|Kofi Ames|Dark Pines||director", "crew|Rae Lund|Dark Pines||producer"},
	},
	{
		name: "written and directed by",
		text: "The film Dark Pines is shooting now. It is written and directed by Kofi Ames.",
		want: []string{"crew|Kofi Ames|Dark Pines||director", "crew|Kofi Ames|Dark Pines||writer"},
	},
	{
		name: "the creator of and serve as",
		text: "The film Dark Pines is shooting now. Vera Sol, the creator of Night Train, will serve as showrunner.",
		want: []string{"crew|Vera Sol|Dark Pines||showrunner", "crew|Vera Sol|Night Train||creator"},
	},
	{
		name: "who starred in",
		text: "The drama Dark Pines was renewed. Ivo Park, who starred in Glass Hour and Red Line, joins the cast.",
		want: []string{"cast|Ivo Park|Dark Pines||", "cast|Ivo Park|Glass Hour||", "cast|Ivo Park|Red Line||"},
	},
	{
		name: "newcomers and several shows in one bracket",
		text: "The drama Dark Pines was renewed. Newcomers Ola Fenn (Glass Hour, Red Line) and Bo Stark (pictured) round out the cast.",
		want: []string{"cast|Ola Fenn|Dark Pines||", "cast|Ola Fenn|Glass Hour||", "cast|Ola Fenn|Red Line||", "cast|Bo Stark|Dark Pines||"},
	},
	{
		name: "a network is not a person or a show",
		text: "The drama Dark Pines was renewed. HBO and Netflix have joined forces, and Variety reports that Max will stream it.",
		want: nil,
	},
	{
		name: "debut",
		text: "The film Dark Pines was renewed. Ada Fox makes her directorial debut with Cold Water. Max Irons joins the cast.",
		want: []string{"crew|Ada Fox|Cold Water||director", "cast|Max Irons|Dark Pines||"},
	},
	{
		name: "debut beside a starring list",
		text: "Rui Sato makes her streaming debut with the comedy show Late Bloom, starring Ana Ruiz and Tom Vale.",
		want: []string{"crew|Rui Sato|Late Bloom||", "cast|Ana Ruiz|Late Bloom||", "cast|Tom Vale|Late Bloom||"},
	},
	{
		name: "a trade-paper casting story",
		text: "EXCLUSIVE: Maya Lind (The Gilded Hour) has been cast opposite Owen Creel in Hulu's upcoming drama series Bitter Springs, Deadline has learned.\n" +
			"Written by Tessa Vale, who also serves as showrunner, Bitter Springs follows a family of winemakers. Lind will play Delia Marsh, the eldest daughter, while Creel plays her estranged husband, Frank.\n" +
			"The series also stars Ruth Ogawa and Kim Rhee. Jack Dorn (Low Country) directs the first two episodes and executive produces alongside Vale and Sam Ortiz.\n" +
			"Bitter Springs is based on the 2019 novel by Carla Mendes. The show is produced by Starline Studios.",
		want: []string{
			"cast|Maya Lind|Bitter Springs|Delia Marsh|", "cast|Maya Lind|The Gilded Hour||", "cast|Owen Creel|Bitter Springs|Frank|",
			"crew|Tessa Vale|Bitter Springs||writer", "crew|Tessa Vale|Bitter Springs||showrunner", "crew|Tessa Vale|Bitter Springs||producer",
			"cast|Ruth Ogawa|Bitter Springs||", "cast|Kim Rhee|Bitter Springs||",
			"crew|Jack Dorn|Bitter Springs||director", "crew|Jack Dorn|Low Country||", "crew|Sam Ortiz|Bitter Springs||producer",
			"crew|Carla Mendes|Bitter Springs||original author",
		},
	},
	{
		name: "a review: critics, places and services give no facts",
		text: "Review: Harbor Nights Is the Best Show of the Year\n" +
			"Critics agree that Harbor Nights is a triumph. Writing for The Guardian, Lucy Mann called it \"a masterpiece\", and Tom Reyes of IndieWire praised its pacing.\n" +
			"The show premiered on Apple TV+ in March, and Netflix has already picked up Quiet Stars and Blue Hour for next season.\n" +
			"Fans compared it with Station Eleven and The Leftovers. Audiences in London and Paris lined up for the premiere, where Mayor Ana Price spoke.\n" +
			"Harbor Nights stars Dev Mohan as Inspector Kaul and Rita Sen as his partner.",
		want: []string{"cast|Dev Mohan|Harbor Nights|Inspector Kaul|", "cast|Rita Sen|Harbor Nights||"},
	},
	{
		name: "a film named in a relative clause does not change the subject",
		text: "The drama Bitter Springs was renewed. Lind, who recently wrapped the indie film Paper Lanterns, is busy. The cast includes Ivy Moss.",
		want: []string{"cast|Ivy Moss|Bitter Springs||"},
	},
	{
		name: "set to star in",
		text: "Oren Walsh is set to star in the thriller Night Shift, and Lia Dunne will appear in Cold Harbor.",
		want: []string{"cast|Oren Walsh|Night Shift||", "cast|Lia Dunne|Cold Harbor||"},
	},
	{
		name: "an anime announcement: crew brackets, source author, cast with roles",
		text: "Toho announced on Monday that the television anime of Rei Kanda's Moonlit Garden manga will premiere in October. The anime stars Aoi Hara as Shiori and Ken Mori as Daichi.\n" +
			"Taro Ueno (Blue Lock, Spy Classroom) is directing the anime at Studio Pivot, and Mika Sano (Frieren) is in charge of series composition.\n" +
			"Previously announced cast members include Rin Sato as Mei (pictured left) and Jun Oda as Professor Kuroda.",
		want: []string{
			"crew|Rei Kanda|Moonlit Garden||original author", "cast|Aoi Hara|Moonlit Garden|Shiori|", "cast|Ken Mori|Moonlit Garden|Daichi|",
			"crew|Taro Ueno|Moonlit Garden||director", "crew|Taro Ueno|Blue Lock||", "crew|Taro Ueno|Spy Classroom||",
			"crew|Mika Sano|Moonlit Garden||writer", "crew|Mika Sano|Frieren||",
			"cast|Rin Sato|Moonlit Garden|Mei|", "cast|Jun Oda|Moonlit Garden|Professor Kuroda|",
		},
	},
	{
		name: "quoted titles",
		text: "tvN’s upcoming drama “Spring Letter” has confirmed its lineup!\n" +
			"Starring Kim Ji-won, Lee Do-hyun, and Han So-jin, the drama tells the story of a postal worker. Kim Ji-won will play Yoon Ha-rin, a mail carrier.\n" +
			"Director Park Joon-hwa, who helmed “Hotel Lumiere,” will direct the series, with writer Jung Ah-ra penning the script. Han So-jin (“Blue Gate”) is happy.",
		want: []string{
			"cast|Kim Ji-won|Spring Letter|Yoon Ha-rin|", "cast|Lee Do-hyun|Spring Letter||", "cast|Han So-jin|Spring Letter||",
			"cast|Han So-jin|Blue Gate||",
			"crew|Park Joon-hwa|Spring Letter||director", "crew|Park Joon-hwa|Hotel Lumiere||director", "crew|Jung Ah-ra|Spring Letter||writer",
		},
	},
	{
		name: "a renewal story: showrunners, returning cast, writer credits",
		text: "Netflix has ordered a third season of Crown Heights, the streamer announced Tuesday.\n" +
			"Showrunners Amy Cole and Ben Tate return, with Ana Diaz joining as co-showrunner. Returning cast members include Rob Lee and Tia Moss.\n" +
			"The show, which is produced by Red Kite Productions, also features guest star Omar Said as Detective Burke.\n" +
			"Cole previously wrote for The Wire and Treme. Season 2 drew praise from critics including Dana Stevens.",
		want: []string{
			"crew|Amy Cole|Crown Heights||showrunner", "crew|Ben Tate|Crown Heights||showrunner", "crew|Ana Diaz|Crown Heights||showrunner",
			"cast|Rob Lee|Crown Heights||", "cast|Tia Moss|Crown Heights||", "cast|Omar Said|Crown Heights|Detective Burke|",
			"crew|Amy Cole|The Wire||writer", "crew|Amy Cole|Treme||writer",
		},
	},
	{
		name: "boarded, topline, round out, creator and executive producer, role as C in T",
		text: "Lena Ortiz has boarded Amazon's thriller series The Deep End, where she will co-star opposite Mark Duval.\n" +
			"Ortiz and Duval topline the eight-episode series from creator and executive producer Sam Kline. Jo Park and Mae Ford round out the cast.\n" +
			"Ortiz is best known for her role as Nina in Night Falls.",
		want: []string{
			"cast|Lena Ortiz|The Deep End||", "cast|Mark Duval|The Deep End||",
			"crew|Sam Kline|The Deep End||creator", "crew|Sam Kline|The Deep End||producer",
			"cast|Jo Park|The Deep End||", "cast|Mae Ford|The Deep End||", "cast|Lena Ortiz|Night Falls|Nina|",
		},
	},
	{
		name: "credits block",
		text: "The film Grey Coast opens Friday.\nDirector: Hana Lutz. Writers: Ravi Mehr and Ola Berg. Cast: Ivy Moss, Jon Pell, Sam Oake.",
		want: []string{
			"crew|Hana Lutz|Grey Coast||director", "crew|Ravi Mehr|Grey Coast||writer", "crew|Ola Berg|Grey Coast||writer",
			"cast|Ivy Moss|Grey Coast||", "cast|Jon Pell|Grey Coast||", "cast|Sam Oake|Grey Coast||",
		},
	},
	{
		name: "an encyclopedia lead: T is a film, sequels and places are not the subject",
		text: "Long Shadow is a 2019 American thriller film directed by Ada Fox and starring Ivo Park and Lia Dunne.\n" +
			"It is the sequel to the 2015 film Short Light, and stars Omar Said as a detective. It was released in the United Kingdom as Dark Hour.\n" +
			"Vera is portrayed primarily by Kim Rhee. Fox previously used the prayer as a mantra.",
		want: []string{
			"crew|Ada Fox|Long Shadow||director", "cast|Ivo Park|Long Shadow||", "cast|Lia Dunne|Long Shadow||",
			"cast|Omar Said|Long Shadow||", "cast|Kim Rhee|Long Shadow|Vera|",
		},
	},
	{
		name: "a person who stars as someone is not a show; a year is not a title",
		text: "Long Shadow is a 2019 American thriller film. Margot Lane stars as Vera, Sam Hale as Tom, and Ann Ruiz as Mia.\n" +
			"It is a sequel to 2015's Short Light. The supporting cast includes Ben Cole and Lia Dunne.",
		want: []string{
			"cast|Margot Lane|Long Shadow|Vera|", "cast|Sam Hale|Long Shadow|Tom|", "cast|Ann Ruiz|Long Shadow|Mia|",
			"cast|Ben Cole|Long Shadow||", "cast|Lia Dunne|Long Shadow||",
		},
	},
	{
		name: "a story about a character's plan is not a source work",
		text: "The film Grey Coast opens Friday. The plot revolves around Sarah Vine's attempt to escape. The story is based on Rowan Pike's 1998 Cold Rooms.",
		want: []string{"crew|Rowan Pike|Grey Coast||original author"},
	},
	{
		name: "section heading names the show",
		text: "New shows\n\nMoon Hollow\n\nMoon Hollow follows a night nurse. Ola Berg and Tim Rask will star.",
		want: []string{"cast|Ola Berg|Moon Hollow||", "cast|Tim Rask|Moon Hollow||"},
	},
	{
		name: "one credit a line under a heading",
		text: "Netflix reveals the English dub cast for Moonlit Circuit\nNetflix announced the English dub cast for the anime series Moonlit Circuit on Tuesday. The cast includes:\n" +
			"Kara Voss as Rin Amaya\nDmitri Hale as Sato\nLena Brooks as Principal Oda\nThe dub is directed by Marcus Yee.",
		want: []string{
			"cast|Kara Voss|Moonlit Circuit|Rin Amaya|", "cast|Dmitri Hale|Moonlit Circuit|Sato|",
			"cast|Lena Brooks|Moonlit Circuit|Principal Oda|", "crew|Marcus Yee|Moonlit Circuit||director",
		},
	},
	{
		name: "a job noun before include makes crew",
		text: "The drama Salt Road begins filming in May. Executive producers include Ruth Calder and Ben Aske.",
		want: []string{"crew|Ruth Calder|Salt Road||producer", "crew|Ben Aske|Salt Road||producer"},
	},
}
