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

// TestConstructions checks each construction on short made-up sentences with
// made-up names: the rules must not depend on the names in the dev articles.
func TestConstructions(t *testing.T) {
	tests := []struct {
		name string
		text string
		opt  Options
		want []string
	}{
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
			want: []string{"cast|Kaya Sol|Glass Orchard|Ines|"},
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
		{
			name: "will write and direct",
			text: "The thriller Salt Road is in development at Hulu. Luka Varga will write and direct, and Nia Ross will produce.",
			want: []string{"crew|Luka Varga|Salt Road||writer", "crew|Luka Varga|Salt Road||director", "crew|Nia Ross|Salt Road||producer"},
		},
		{
			name: "a role in another show stays in that show",
			text: "The drama Salt Road adds Mara Lind. Lind previously played Nora in Glass Meadows.",
			want: []string{"cast|Mara Lind|Salt Road||", "cast|Mara Lind|Glass Meadows|Nora|"},
		},
		{
			name: "an adjective before a cast noun is not a show",
			text: "The drama Salt Road adds two names. Veteran actress Hanne Solberg and acclaimed actor Ivo Dane join the cast.",
			want: []string{"cast|Hanne Solberg|Salt Road||", "cast|Ivo Dane|Salt Road||"},
		},
		{
			name: "a director's new film is its own show",
			text: "The drama Salt Road adds two names. Director Marcus Yee's new film Paper Lanterns stars Lena Brooks.",
			want: []string{"crew|Marcus Yee|Paper Lanterns||director", "cast|Lena Brooks|Paper Lanterns||"},
		},
		{
			name: "joining them and alongside lists",
			text: "Ana Reyes leads the cast of the drama Salt Road. Joining her are Tom Hale and Bea Lunn. Ivo Dane stars alongside Kit Marr, Sol Avery and Dee Park.",
			want: []string{
				"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Bea Lunn|Salt Road||",
				"cast|Ivo Dane|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||",
			},
		},
		{
			name: "quoted titles and the series comes from a showrunner",
			text: "Apple TV+ has renewed ‘Salt Road’ for a second season. The series comes from showrunner Celia Brandt and is based on the novel by Agnes Holloway.",
			want: []string{"crew|Celia Brandt|Salt Road||showrunner", "crew|Agnes Holloway|Salt Road||original author"},
		},
		{
			name: "executives quoted give no credit",
			text: "The drama Salt Road was renewed. “We are thrilled,” said Nina Kaur, head of drama at the network. Commissioner Paul Reed called it a triumph.",
			want: nil,
		},
		{
			name: "a dub list: character - actor, earlier roles in brackets, crew with jobs",
			text: "Dawn Relay gets an English dub\nThe anime Dawn Relay will get an English dub. The cast is as follows:\n" +
				"Kiri - Jon Vale (Tomo Ren in “Star Mill,” Aki in “Blue Gate” and Rook in “Iron Pass” among many others)\n" +
				"Mina Sol - Ada Rees\n- Tess Lowe — ADR Director\n• Omar Hunt as Captain Ryo",
			want: []string{
				"cast|Jon Vale|Dawn Relay|Kiri|", "cast|Jon Vale|Star Mill|Tomo Ren|", "cast|Jon Vale|Blue Gate|Aki|",
				"cast|Jon Vale|Iron Pass|Rook|", "cast|Ada Rees|Dawn Relay|Mina Sol|", "crew|Tess Lowe|Dawn Relay||director",
				"cast|Omar Hunt|Dawn Relay|Captain Ryo|",
			},
		},
		{
			name: "executive produces with a list; part of the ensemble cast",
			text: "The drama Salt Road is created by Ivo Dane, who executive produces with Ana Reyes, Tom Hale and Bea Lunn. Kit Marr (Blue Gate) and Sol Avery are also part of the ensemble cast.",
			want: []string{
				"crew|Ivo Dane|Salt Road||creator", "crew|Ivo Dane|Salt Road||producer", "crew|Ana Reyes|Salt Road||producer", "crew|Tom Hale|Salt Road||producer",
				"crew|Bea Lunn|Salt Road||producer", "cast|Kit Marr|Salt Road||", "cast|Kit Marr|Blue Gate||", "cast|Sol Avery|Salt Road||",
			},
		},
		{
			name: "a show in single quotes named by the headline's genre noun; it stars",
			text: "Filming starts on the crime drama 'Salt Road'\nThe new crime drama 'Salt Road' is set in Oslo. It stars Ana Reyes and Tom Hale.",
			want: []string{"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||"},
		},
		{
			name: "character (actor) in a plot sentence, and by a surname named before",
			text: "The drama Salt Road stars Ana Reyes and Tom Hale.\nIn the finale, Mira Vance (Lena Park) had pushed the abusive Perry down the stairs. The story follows Nora (Reyes), a lawyer.",
			want: []string{
				"cast|Tom Hale|Salt Road||", "cast|Lena Park|Salt Road|Mira Vance|",
				"cast|Ana Reyes|Salt Road|Nora|", // the credit without a character merges into it
			},
		},
		{
			name: "the final season of a title with a possessive; star in the series; based on the novel by",
			text: "A new regular has joined the sixth and final season of The Keeper's Lamp. Ada Voss and Tom Hale star in the series based on the novel by Ruth Calder.",
			want: []string{"cast|Ada Voss|The Keeper's Lamp||", "cast|Tom Hale|The Keeper's Lamp||", "crew|Ruth Calder|The Keeper's Lamp||original author"},
		},
		{
			name: "an appositive names the show; credits include; a place before on is no title",
			text: "Filming has begun in Oslo on The Salt Road, a Nordic spy thriller starring Ana Reyes and Tom Hale.\nReyes's credits include Blue Gate and Iron Pass.",
			want: []string{"cast|Ana Reyes|The Salt Road||", "cast|Tom Hale|The Salt Road||", "cast|Ana Reyes|Blue Gate||", "cast|Ana Reyes|Iron Pass||"},
		},
		{
			name: "adaptation of a novel keeps its title; tentatively titled",
			text: "Ana Reyes will star in the BBC's adaptation of Ruth Calder's novel Glass Hours.\nIvo Dane's next film, tentatively titled Paper Moons, stars Tom Hale.",
			want: []string{"cast|Ana Reyes|Glass Hours||", "crew|Ruth Calder|Glass Hours||original author", "cast|Tom Hale|Paper Moons||"},
		},
		{
			name: "a roundup: the quoted show after on, the cast of a maker's show",
			text: "TV casting roundup\nCasting news: Tom Hale will guest on “The Lantern” as the hero's brother.\nAna Reyes has joined the cast of Ivo Dane's Glass Hours.",
			want: []string{"cast|Tom Hale|The Lantern||", "cast|Ana Reyes|Glass Hours||", "crew|Ivo Dane|Glass Hours||"},
		},
		{
			name: "filmographies: roles on shows like, directed adaptations such as",
			text: "The drama Salt Road adds Ana Reyes. In addition to Blue Gate, Reyes is known for her roles on shows like Iron Pass, Glass Hours and Dust 13.\n" +
				"It is directed by Ivo Dane, who has directed book adaptations such as “Paper Moons,” “Atonia” and “Red Fields.”",
			want: []string{
				"cast|Ana Reyes|Salt Road||", "cast|Ana Reyes|Iron Pass||", "cast|Ana Reyes|Glass Hours||", "cast|Ana Reyes|Dust 13||",
				"crew|Ivo Dane|Salt Road||director", "crew|Ivo Dane|Paper Moons||director", "crew|Ivo Dane|Atonia||director", "crew|Ivo Dane|Red Fields||director",
			},
		},
		{
			name: "a bulleted roundup: each item's show is its subject",
			text: "Casting roundup\n* The prequel series Salt Road has added Ana Reyes (Blue Gate) as Mira.\n* Iron Pass has added Tom Hale as a recurring guest star in Season 5.",
			want: []string{"cast|Ana Reyes|Salt Road|Mira|", "cast|Ana Reyes|Blue Gate||", "cast|Tom Hale|Iron Pass||"},
		},
		{
			name: "a show's possessive before a name; a singular performer noun credits one name",
			text: "The Salt Road is a five-part drama starring Ana Reyes and The Lantern's Tom Hale. Known for Iron Pass, Reyes leads the cast.\n" +
				"It will co-star Blue Gate star Ivo Dane, Kit Marr and Sol Avery.",
			want: []string{
				"cast|Ana Reyes|The Salt Road||", "cast|Tom Hale|The Salt Road||", "cast|Tom Hale|The Lantern||",
				"cast|Ivo Dane|The Salt Road||", "cast|Ivo Dane|Blue Gate||", "cast|Kit Marr|The Salt Road||", "cast|Sol Avery|The Salt Road||",
			},
		},
		{
			name: "will star a list; recurred on; played by actors; starring in a network's quoted drama; bankrolling",
			text: "The drama Salt Road is set in Oslo. The prequel will star Ana Reyes, Tom Hale and Bea Lunn. Reyes has recurred on Iron Pass, Blue Gate and Dust.\n" +
				"The remaining princes will be played by actors Kit Marr (Red Fields), Sol Avery and Dee Park.\n" +
				"Ivo Dane will be starring in KBS's upcoming crime comedy drama “Glass Hours.” Nia Ross and Ola Berg are bankrolling the film.",
			want: []string{
				"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Bea Lunn|Salt Road||",
				"cast|Ana Reyes|Iron Pass||", "cast|Ana Reyes|Blue Gate||", "cast|Ana Reyes|Dust||",
				"cast|Kit Marr|Salt Road||", "cast|Kit Marr|Red Fields||", "cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||",
				"cast|Ivo Dane|Glass Hours||", "crew|Nia Ross|Glass Hours||producer", "crew|Ola Berg|Glass Hours||producer",
			},
		},
		{
			name: "a title with is; credits lines with a bracket before the verb; a role in another network's drama",
			text: "The English dub cast of The Last Knight is Dead! has been announced.\nThe cast includes:\n" +
				"- Ana Reyes (Mira in Iron Pass) is voicing Touka\n• Tom Hale as Rook (a fan favourite)\n" +
				"Joining them are Kit Marr, recently seen as Rob in ITV drama Glass Hours, and Sol Avery. He joins recently announced new series regular Dee Park",
			want: []string{
				"cast|Ana Reyes|The Last Knight is Dead!|Touka|", "cast|Ana Reyes|Iron Pass|Mira|", "cast|Tom Hale|The Last Knight is Dead!|Rook|",
				"cast|Kit Marr|The Last Knight is Dead!||", "cast|Kit Marr|Glass Hours|Rob|", "cast|Sol Avery|The Last Knight is Dead!||",
				"cast|Dee Park|The Last Knight is Dead!||",
			},
		},
		{
			name: "a roundup of premieres: T, starring X; a Korean surname alone; tentatively titled with a comma",
			text: "Premiere week rolled on, with KBS debuting Salt Road, starring Kim Ha-eun; Fox opening Iron Pass, starring Tom Hale and Ana Ruiz.\n" +
				"Kim also leads the film, tentatively titled Red Fields, Blue Hills.",
			want: []string{
				"cast|Kim Ha-eun|Salt Road||", "cast|Tom Hale|Iron Pass||", "cast|Ana Ruiz|Iron Pass||", "cast|Kim Ha-eun|Red Fields, Blue Hills||",
			},
		},
		{
			name: "works that include titles are no cast; the anime adaptation of T; T will feature X",
			text: "The live-action adaptation of Glass Hours: Love is War casts Ana Ruiz, whose recent works include Iron Pass and Red Fields.\nGlass Hours will feature Tom Hale and Gintama live-action actress Kit Marr.",
			want: []string{
				"cast|Ana Ruiz|Glass Hours: Love is War||", "cast|Tom Hale|Glass Hours: Love is War||", "cast|Kit Marr|Glass Hours: Love is War||",
				"cast|Kit Marr|Gintama||", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Red Fields||",
			},
		},
		{
			name: "crew: a title's helmer after by, novels by a writer, the X novel, a possessive with a comma, directing is, directed the films of",
			text: "Ana Ruiz has joined Salt Road, the upcoming crime series co-directed by Iron Pass helmer Tom Hale.\n" +
				"The show is based on the novels by German writer Kit Marr. It was also adapted by Ivo Dane, who also directed the live-action films of Red Fields and Blue Gate.\n" +
				"Directing is Sol Avery (Dust), alongside Dee Park and Nia Ross. Ola Berg is going to compose music for the show.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "crew|Tom Hale|Salt Road||director",
				"crew|Kit Marr|Salt Road||original author", "crew|Ivo Dane|Salt Road||writer", "crew|Ivo Dane|Red Fields||director",
				"crew|Ivo Dane|Blue Gate||director", "crew|Sol Avery|Salt Road||director", "crew|Sol Avery|Dust||",
				"crew|Dee Park|Salt Road||director", "crew|Nia Ross|Salt Road||director", "crew|Ola Berg|Salt Road||",
				"crew|Tom Hale|Iron Pass||director", // "Iron Pass helmer": a director's credit there too
			},
		},
		{
			name: "crew: the X novel of the same name; a possessive before a comma and the title; T is directed by",
			text: "Based on the Ruth Calder novel of the same name, The Lantern follows a town.\nRed Fields is directed by Ana Ruiz. ITV released a first look at Ivo Dane's latest period drama, Blue Gate.",
			want: []string{
				"crew|Ruth Calder|The Lantern||original author", "crew|Ana Ruiz|Red Fields||director", "crew|Ivo Dane|Blue Gate||",
			},
		},
		{
			name: "headlined by; award-winning names; compound nationalities; produced by a described duo; Billy (Actor)",
			text: "The drama Salt Road is set in Sydney. The cast is headlined by Ana Ruiz (“Iron Pass,” “Red Fields”) as well as Filipina-Australian actresses Kit Marr and Sol Avery.\n" +
				"It is directed by Emmy Award-winning Dee Park. It is produced by award-winning filmmaking duo Nia Ross and Ola Berg. Ruiz will play Frankie, who lives with Billy (Tom Hale).",
			want: []string{
				"cast|Ana Ruiz|Salt Road|Frankie|", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Red Fields||", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
				"crew|Dee Park|Salt Road||director", "crew|Nia Ross|Salt Road||producer", "crew|Ola Berg|Salt Road||producer", "cast|Tom Hale|Salt Road|Billy|",
			},
		},
		{
			name: "a surname of a full name mentioned without a credit; will feature actresses; a company's possessive before a name; wrote the adaptation of A's T",
			text: "The film adaptation of Ruth Calder's novel “Salt Road” will feature actresses Ana Ruiz and Kit Marr.\n" +
				"Dee Park has penned the script. Park is also producing with Tom Hale. Marr, known for her work on the MTV show “Dust,” plays Nora.\n" +
				"It is written by Ivo Dane, who also wrote the recent film adaptation of Ola Berg's “Iron Pass.”",
			want: []string{
				"crew|Ruth Calder|Salt Road||original author", "cast|Ana Ruiz|Salt Road||", "cast|Kit Marr|Salt Road|Nora|", "cast|Kit Marr|Dust||",
				"crew|Dee Park|Salt Road||writer", "crew|Dee Park|Salt Road||producer", "crew|Tom Hale|Salt Road||producer", "crew|Ivo Dane|Salt Road||writer",
				"crew|Ivo Dane|Iron Pass||writer", "crew|Ola Berg|Iron Pass||original author",
			},
		},
		{
			name: "known for voicing roles in other shows; a manga written by and illustrated by its authors",
			text: "The upcoming Salt Road anime adds Ana Ruiz. Ruiz is known for voicing Mira in Iron Pass, Nora in Red Fields and Kiri in Blue Gate.\n" +
				"The anime is based on a manga series written by Tom Hale with illustrations by Kit Marr.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass|Mira|", "cast|Ana Ruiz|Red Fields|Nora|", "cast|Ana Ruiz|Blue Gate|Kiri|",
				"crew|Tom Hale|Salt Road||original author", "crew|Kit Marr|Salt Road||original author",
			},
		},
		{
			name: "a bracket after two names credits both; an award before a name is no part of it",
			text: "The drama Salt Road is set in Perth. It is produced by Ana Ruiz and Tom Hale (“Iron Pass,” “Dust”). It is directed by Emmy Award-winning Kit Marr (“Red Fields”).",
			want: []string{
				"crew|Ana Ruiz|Salt Road||producer", "crew|Tom Hale|Salt Road||producer", "crew|Ana Ruiz|Iron Pass||", "crew|Tom Hale|Iron Pass||",
				"crew|Ana Ruiz|Dust||", "crew|Tom Hale|Dust||", "crew|Kit Marr|Salt Road||director", "crew|Kit Marr|Red Fields||",
			},
		},
		{
			name: "name particles; initials that start a name; an abbreviation in brackets; a title's possessive has no owner",
			text: "The drama Salt Road adds Ana de Silva and CCH Pounder. Pounder is known for her roles on shows like Iron Pass.\n" +
				"The Keeper's Lamp tells the story of an Intelligence Bureau (IB) officer. Tom Hale wrote the film adaptation of John le Carre's “Dust.”",
			want: []string{
				"cast|Ana de Silva|Salt Road||", "cast|CCH Pounder|Salt Road||", "cast|CCH Pounder|Iron Pass||",
				"crew|Tom Hale|Dust||writer", "crew|John le Carre|Dust||original author",
			},
		},
		{
			name: "the article's show: T's second season, the T cast, the second series of T, a thriller named T",
			text: "Earlier today, Funimation unveiled the English dub cast for Salt Road‘s second season.\n• Mira: Ana Ruiz\n• Rook: Tom Hale",
			want: []string{"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|"},
		},
		{
			name: "the quoted T cast has added",
			text: "The \"Iron Pass\" cast has added another name for season 2. Kit Marr, who is known for his work on \"Dust,\" will portray Neil.",
			want: []string{"cast|Kit Marr|Iron Pass|Neil|", "cast|Kit Marr|Dust||"},
		},
		{
			name: "the second series of T; a new thriller, named T",
			text: "The second series of Red Fields, ITV's drama, is back tonight. Ana Ruiz returns as Alec.\nTom Hale is set to direct a mysterious new thriller, named Glass Hours.",
			want: []string{"cast|Ana Ruiz|Red Fields|Alec|", "crew|Tom Hale|Glass Hours||director"},
		},
		{
			name: "a first name alone; joined by; another project titled T; with X and Y as the leads; a PD",
			text: "Director Ivo Dane made his debut with Red Fields. Now, Ivo is teaming up again with Ana Ruiz for another project titled Salt Road.\n" +
				"Ana will be joined by Tom Hale and Kit Marr. Netflix is planning a new drama called Glass Hours, with Sol Avery (Dust) and Dee Park as the leads. " +
				"It will be headed by PD Nia Ross.",
			want: []string{
				"crew|Ivo Dane|Red Fields||", "crew|Ivo Dane|Salt Road||director", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||",
				"cast|Sol Avery|Glass Hours||", "cast|Sol Avery|Dust||", "cast|Dee Park|Glass Hours||", "crew|Nia Ross|Glass Hours||director",
			},
		},
		{
			name: "a cast heading names its show; names alone in a bulleted list; a person before as is no show",
			text: "It's about Mira (Ana Ruiz) and Rook.\nSalt Road series 2 full cast\n• Ana Ruiz as Mira\n• Tom Hale as Rook\n• Kit Marr\n• Sol Avery",
			want: []string{"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||"},
		},
		{
			name: "a roundup item: a series adaptation of A's novel “T”; a quoted title with a possessive in brackets",
			text: "TV News Roundup\nStarz has ordered a TV series adaptation of Ana Ruiz's novel “Salt Road” straight to series. It stars Tom Hale (“Iron's Gate”).",
			want: []string{"crew|Ana Ruiz|Salt Road||original author", "cast|Tom Hale|Salt Road||", "cast|Tom Hale|Iron's Gate||"},
		},
		{
			name: "a film roundup: T, a romantic drama written by X; the adaptation of A's T; a heading with its network",
			text: "Film news\n— Ana Ruiz and Tom Hale will play the leads in Salt Road, a romantic drama written by Kit Marr, who will also direct.\n" +
				"— Director Sol Avery signed on to the adaptation of Dee Park's The Glass Hours.\nIron Pass (ATV)\nDirected by Nia Ross, starring Ola Berg.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "crew|Kit Marr|Salt Road||writer", "crew|Kit Marr|Salt Road||director",
				"crew|Sol Avery|The Glass Hours||director", "crew|Dee Park|The Glass Hours||original author",
				"crew|Nia Ross|Iron Pass||director", "cast|Ola Berg|Iron Pass||",
			},
		},
		{
			name: "joining the cast of T are; in the main roles are; along with",
			text: "The upcoming series Salt Road stars Ana Ruiz and Tom Hale as Mira and Rook respectively, along with Kit Marr and Sol Avery.\n" +
				"Joining the cast of Salt Road are Dee Park and Nia Ross. In the main roles are Ola Berg and Ivo Dane.",
			want: []string{
				"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
				"cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Ola Berg|Salt Road||", "cast|Ivo Dane|Salt Road||",
			},
		},
		{
			name: "a list of makers' titles; serve as an engineer; scoring the soundtrack",
			text: "The anime Salt Road returns in April. Ana Ruiz will serve as ADR Engineer. Tom Hale is scoring the show's soundtrack.\n" +
				"Kit Marr, on the other hand, has Sol Avery's Iron Pass, Dee Park's Dust and Nia Ross's Red Fields.",
			want: []string{
				"crew|Ana Ruiz|Salt Road||", "crew|Tom Hale|Salt Road||", "crew|Sol Avery|Iron Pass||", "crew|Dee Park|Dust||", "crew|Nia Ross|Red Fields||",
			},
		},
		{
			name: "a role after and in a relative clause; after and in the sentence's verb pair; a title with The",
			text: "The drama Salt Road adds Ana Ruiz and Tom Hale.\nRuiz, who rose to fame in Dust and recently starred as Mira in The Glass Hours, said she was thrilled.\n" +
				"Hale recently guest-starred on Iron Pass and appeared as Rook Jr. in Red Fields 2.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|The Glass Hours|Mira|",
				"cast|Tom Hale|Iron Pass||", "cast|Tom Hale|Red Fields 2|Rook Jr|",
			},
		},
		{
			name: "a heading Cast names no show; a jury's jobs are no credits; one title of single words joined by and; a place ends a title",
			text: "The anime Salt Road gets an English dub. Its English cast includes:\nCast\n- Ana Ruiz (Mira in Wind and Cloud and Rain) as Yuna\n" +
				"The jury consists of screenwriter and director Tom Hale. Producer Kit Marr has been busy selling the series Iron Pass in Los Angeles.",
			want: []string{"cast|Ana Ruiz|Salt Road|Yuna|", "cast|Ana Ruiz|Wind and Cloud and Rain|Mira|", "crew|Kit Marr|Iron Pass||producer"},
		},
		{
			name: "T is bringing back X; with the Korean title “T”; a quoted sentence is no title",
			text: "Iron Pass is bringing back Ana Ruiz for more fun!\n\"Ana is returning for next season because she had a tremendous time,\" a producer said.\n" +
				"Ruiz will reprise her role as Mira.\nA new series, with the Korean title “Glass Hours,” stars Tom Hale as Rook.",
			want: []string{"cast|Ana Ruiz|Iron Pass|Mira|", "cast|Tom Hale|Glass Hours|Rook|"},
		},
		{
			name: "a roundup sentence split at its semicolons; an episode is no show",
			text: "BBC One autumn dramas\nThere's the four-part drama Salt Road, starring Ana Ruiz as a policeman whose compass spins; the ghost story Iron Pass, starring Tom Hale and Kit Marr as a couple who move north; and the thriller Dust, starring Sol Avery as a spy on the run.\n" +
				"Dee Park appears in Episode 5 as Greff.",
			want: []string{"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Iron Pass||", "cast|Kit Marr|Iron Pass||", "cast|Sol Avery|Dust||", "cast|Dee Park|Dust|Greff|"},
		},
		{
			name: "a staff list; a quoted title before a job noun; star in a director's thriller “T”; the previously-cast X",
			text: "Salt Road anime staff\nThe anime Salt Road premieres in April. The Director is Ana Ruiz. Character designs by Tom Hale.\n" +
				"Kit Marr is set to re-team with his “Iron Pass” director Sol Avery. “Dust” star Dee Park joins the previously-cast Nia Ross.\n" +
				"Ola Berg will star in director Ivo Dane's psychological thriller “Glass Hours.”",
			want: []string{
				"crew|Ana Ruiz|Salt Road||director", "crew|Tom Hale|Salt Road||", "crew|Sol Avery|Iron Pass||director",
				"cast|Dee Park|Dust||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
				"cast|Ola Berg|Glass Hours||", "crew|Ivo Dane|Glass Hours||director",
			},
		},
		{
			name: "a bulleted staff list; a clause with an adaptation of A's ghost story T",
			text: "The anime Salt Road premieres in April.\n• The Director is Ana Ruiz\n• Story written by Tom Hale\n" +
				"There's the four-part drama Dust, starring Kit Marr as a policeman who loses a friend; Sol Avery headlining Dee Park's adaptation of Nia Ross's ghost story The Lantern, alongside Ola Berg.",
			want: []string{
				"crew|Ana Ruiz|Salt Road||director", "crew|Tom Hale|Salt Road||writer", "cast|Kit Marr|Dust||",
				"cast|Sol Avery|The Lantern||", "cast|Ola Berg|The Lantern||", "crew|Dee Park|The Lantern||", "crew|Nia Ross|The Lantern||original author",
			},
		},
		{
			name: "a title in brackets is not the article's show; an award before a title",
			text: "Director Ivo Dane's prior collaborator Ana Ruiz (in the short film Dust) will star in Salt Road, a drama.\n" +
				"Oscar-winning Moonlight actor Sol Avery joins the cast.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Dust||", "crew|Ivo Dane|Salt Road||director", "cast|Sol Avery|Moonlight||", "cast|Sol Avery|Salt Road||",
			},
		},
		{
			name: "last seen in T; are part of T1 and T2",
			text: "The film Salt Road adds Ana Ruiz and Tom Hale. Ruiz, who was last seen in Iron Pass, plays a nurse. Both Ana Ruiz and Tom Hale are part of Dust and Red Fields.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass||",
				"cast|Ana Ruiz|Dust||", "cast|Tom Hale|Dust||", "cast|Ana Ruiz|Red Fields||", "cast|Tom Hale|Red Fields||",
			},
		},
		{
			name: "a sentence of character (actor) pairs reads them all that way",
			text: "The drama Salt Road returns.\nIn the finale, Mira Vance (Lena Park) had pushed Perry while he was attacking Nora Quist (Ute Brandtwein) and Ivo Dane (Kaspar Ollenfield).",
			want: []string{"cast|Lena Park|Salt Road|Mira Vance|", "cast|Ute Brandtwein|Salt Road|Nora Quist|", "cast|Kaspar Ollenfield|Salt Road|Ivo Dane|"},
		},
		{
			name: "a winner's bracket is a show; a semicolon list of actors and their characters; welcomed; an adverb is no show",
			text: "The drama Salt Road returns. Unfortunately, filming stopped. Unfortunately, it rained. Unfortunately, it snowed.\n" +
				"Emmy winner Ana Ruiz (Iron Pass) has signed on to star in the series. The stars leaving are Tom Hale (Nadia); Kit Marr (Carla); and Sol Avery (Omar).\n" +
				"The official account welcomed Dee Park and Nia Ross to the cast.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Tom Hale|Salt Road|Nadia|", "cast|Kit Marr|Salt Road|Carla|",
				"cast|Sol Avery|Salt Road|Omar|", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
			},
		},
		{
			name: "known as T's character; Titled T at a sentence's start",
			text: "Titled Salt Road, the first look poster shows Ana Ruiz. The film stars Ana Ruiz and Tom Hale.\nRuiz is likely best known as Iron Pass's Princess Mira and as Red Fields' Nora Vale.",
			want: []string{"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass|Princess Mira|", "cast|Ana Ruiz|Red Fields|Nora Vale|"},
		},
		{
			name: "T stars a list with a show's possessive inside; a company is no show",
			text: "The network confirmed a third season of Harbour Pictures’ Glass Orchard.\n" +
				"Crime drama Salt Road stars Iron Pass’ Ana Ruiz, The Deep End’s Tom Hale, Kit Marr and Sol Avery.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Tom Hale|Salt Road||", "cast|Tom Hale|The Deep End||",
				"cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
			},
		},
		{
			name: "appear in T alongside a list; a list that is all on board",
			text: "The drama Salt Road begins filming. Actor Tom Hale will also appear in Glass Orchard alongside Iron Pass actress Ana Ruiz, Kit Marr and Sol Avery.\n" +
				"Dee Park, Nia Ross (sister of Omar Said), and Lu Chen are all on board.",
			want: []string{
				"cast|Tom Hale|Glass Orchard||", "cast|Ana Ruiz|Glass Orchard||", "cast|Ana Ruiz|Iron Pass||", "cast|Kit Marr|Glass Orchard||",
				"cast|Sol Avery|Glass Orchard||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Lu Chen|Salt Road||",
			},
		},
		{
			name: "T, which will star a list; an adverb opening a sentence is no person; a network after for is no part of a title",
			text: "The drama Salt Road returns. Meanwhile, the studio is making Glass Orchard, which will star Ana Ruiz and Tom Hale.\n" +
				"Interestingly, Kit Marr is not playing the lead. Mara Quint wrote Iron Pass for Netflix.",
			want: []string{"cast|Ana Ruiz|Glass Orchard||", "cast|Tom Hale|Glass Orchard||", "cast|Kit Marr|Salt Road||", "crew|Mara Quint|Iron Pass||writer"},
		},
		{
			name: "officers played by a list; roped in; essay the roles; a show's baddie",
			text: "The drama Salt Road returns. The story involves three officers played by Ana Ruiz, Tom Hale and Kit Marr.\n" +
				"Mara Quint has been roped in. Along with them, Dee Park and Nia Ross essay pivotal roles. Joining the cast is Iron Pass baddie Sol Avery.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Mara Quint|Salt Road||",
				"cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Sol Avery|Salt Road||", "cast|Sol Avery|Iron Pass||",
			},
		},
		{
			name: "the character that is Character (Actor); a word with a digit is no person",
			text: "The drama Salt Road returns. One character that will not be returning this season is Mira Vale (Ana Ruiz).\n" +
				"Rennett is an MI-6 special agent who works with Hana Wells (Tom Hale).",
			want: []string{"cast|Ana Ruiz|Salt Road|Mira Vale|", "cast|Tom Hale|Salt Road|Hana Wells|"},
		},
		{
			name: "X's credits include T1, while Y's include T2, T3 and T4 in straight quotes",
			text: "The drama Salt Road returns with Ana Ruiz and Tom Hale.\n" +
				"Ruiz's credits include \"Iron Pass\" and \"Glass Orchard,\" while Hale's include \"Red Fields,\" \"The Deep End\" and \"Night Ferry.\"",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Glass Orchard||",
				"cast|Tom Hale|Red Fields||", "cast|Tom Hale|The Deep End||", "cast|Tom Hale|Night Ferry||",
			},
		},
		{
			name: "will also star a list with a stand-up and an actor from T; also in the cast",
			text: "The drama Salt Road begins filming. Set in a job centre, the show will also star Ana Ruiz, stand-up Tom Hale, Kit Marr from Iron Pass and Sol Avery.\n" +
				"Dee Park and Nia Ross are also in the cast.",
			want: []string{
				"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Kit Marr|Iron Pass||",
				"cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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
		})
	}
}
