package extract

import "testing"

// TestDropNationality: a nationality before a full name is no part of it,
// a family name that is also a describing word ("Hong") is.
func TestDropNationality(t *testing.T) {
	for in, want := range map[string]string{
		"Mexican Michel Franco": "Michel Franco", "French Ana Lee": "Ana Lee",
		"Hong Sang-soo": "Hong Sang-soo", "Young Min Kim": "Young Min Kim", "Michel Franco": "Michel Franco",
	} {
		if got := dropOccupation(in); got != want {
			t.Errorf("dropOccupation(%q) = %q, want %q", in, got, want)
		}
	}
}

// lineupConstructions are TestConstructions' cases for constructions of
// cast announcements and line-ups that the rules before them missed.
var lineupConstructions = []construction{
	{
		name: "T stars already confirmed male leads A and B, who will be joined by just announced female leads C and D (describing words before the leads)",
		text: "Cast set for drama Harbor\n\nA full cast has been assembled for the drama Harbor. Harbor stars already confirmed male leads Cal Dee and Dan Ek who will be joined by just announced female leads Ana Lee and Bo Kim.",
		want: []string{"cast|Cal Dee|Harbor||", "cast|Dan Ek|Harbor||", "cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||"},
	},
	{
		name: "a quoted nickname inside a character's name (Mercedes ‘Cedes’ Cruz) is no title: the series stays the article's show",
		text: "‘Silver Harbor’ to showcase three actresses\n\nThe remake of Silver Harbor will air in February. Tess Moreno returns as Mercedes ‘Cedes’ Ignacio in the series. Mia Lee plays Margarita ‘Maggie’ Cruz.",
		want: []string{"cast|Tess Moreno|Silver Harbor|Mercedes ‘Cedes’ Ignacio|", "cast|Mia Lee|Silver Harbor|Margarita ‘Maggie’ Cruz|"},
	},
	{
		name: "X is C in a cast line-up (present tense, one performer a sentence, after a casting word): X is the describing words C; not X is President of Y, X is Filipino, nor far from any casting word",
		text: "‘Silver Harbor’ lines up its cast\n\nThe series takes pride in its star-studded cast. Cal Dee is Anselmo, the conceited son of Martina. He has his ways around women. He pursued Nolie for his gains. Dan Ek is the eligible bachelor Arthur, a promising entrepreneur. Ana Lee is Margaux, the classy wife of Anselmo.\n\nThe drama airs in May. Its producer spoke to the press. Viewers will see it on GMA. The network said ratings were high. Bo Kim is President of the network. Eve Park is Filipino. Tim Ro is Carlo, a fan of the show.",
		want: []string{"cast|Cal Dee|Silver Harbor|Anselmo|", "cast|Dan Ek|Silver Harbor|Arthur|", "cast|Ana Lee|Silver Harbor|Margaux|"},
	},
	{
		name: "A and B reunite in the drama series “T” (each subject, past describing words before a name); After their pairing in “T1,” credits them in T1 too; not reunite in a place",
		text: "Network line-up for 2021\n\nAfter their well-received pairing in “Love on the Balcony,” Asia’s Multimedia Star Ana Lee and award-winning actress Bo Kim reunite in the drama series “The World Between Us”. Cal Dee and Dan Ek reunite for the thriller Nightfall. Eve Park and Tim Ro reunite in Paris.",
		want: []string{"cast|Ana Lee|The World Between Us||", "cast|Bo Kim|The World Between Us||", "cast|Ana Lee|Love on the Balcony||", "cast|Bo Kim|Love on the Balcony||", "cast|Cal Dee|Nightfall||", "cast|Dan Ek|Nightfall||"},
	},
	{
		name: "three wives portrayed by talented actresses A, B, and C (describing words between by and the list)",
		text: "‘Legal Wives’ line-up\n\nSoon on TV is the drama series “Legal Wives.” This original series is headlined by Dan Ek as Ishmael, a royal who has three wives portrayed by talented actresses Ana Lee, Bo Kim, and Cy Tan.",
		want: []string{"cast|Dan Ek|Legal Wives|Ishmael|", "cast|Ana Lee|Legal Wives||", "cast|Bo Kim|Legal Wives||", "cast|Cy Tan|Legal Wives||"},
	},
	{
		name: "an abbreviation inside a quoted title (“Mr. Plankton”, ‘Dr. Stone’, “Mr. & Mrs. Smith”) neither ends the sentence nor the title",
		text: "Spin-off set\n\nNetflix has ordered “Mr. Plankton”, a comedy starring Ana Lee. Bo Kim will voice the lead in ‘Dr. Stone’. Lee also stars in “Mr. & Mrs. Smith”.",
		want: []string{"cast|Ana Lee|Mr. Plankton||", "cast|Bo Kim|Dr. Stone||", "cast|Ana Lee|Mr. & Mrs. Smith||"},
	},
	{
		name: "X's (as-yet-untitled, directorial) follow-up to T: X made T (crew, no job or director); the follow-up itself is unnamed; not a network's",
		text: "Ana Lee's next\n\nAna Lee will be seen next in Dan Ek’s as-yet-untitled follow-up to Jallikattu. Bo Kim’s directorial follow-up to Moonlight is a drama. Netflix’s follow-up to Squid Game is out.",
		want: []string{"crew|Dan Ek|Jallikattu||", "crew|Bo Kim|Moonlight||director"},
	},
	{
		name: "T, in which she plays C; “T,” in which he stars as C (the subject of the sentence, or of the one before, plays C in T)",
		text: "Ana Lee joins Harbor\n\nAna Lee has joined Harbor, in which she plays Mia, a nurse. Bo Kim stars in Tidewater, in which he plays Carl. Cy Tan is in “Night Ward,” in which she stars as Rita.",
		want: []string{"cast|Ana Lee|Harbor|Mia|", "cast|Bo Kim|Tidewater|Carl|", "cast|Cy Tan|Night Ward|Rita|"},
	},
	{
		name: "a review's Character (Actor) with full names on both sides: after a describing casting noun (talk show host C (A)), and where a later sentence names the character like a person",
		text: "Movie Review: Clownfall (2019)\n\nClownfall, directed by Ned Hall, is a disturbing origins story.\n\nIn a dilapidating city, Arthur Vale (Tom Brandt) suffers from mental issues. Arthur admires late night talk show host Murray Dane (Rob Kline). A fragile man like Arthur Vale stars in his own tragedy.",
		want: []string{"crew|Ned Hall|Clownfall||director", "cast|Tom Brandt|Clownfall|Arthur Vale|", "cast|Rob Kline|Clownfall|Murray Dane|"},
	},
	{
		name: "C1 is played by A, C2 by B and C3 by D (the verb said once for each pair); C1 is voiced by A, and C2 by B",
		text: "‘Harbor’ dub cast\n\nFUNimation announced the dub cast of Harbor. In upcoming Harbor, Denmark is played by Cal Dee, Norway by Dan Ek and Sweden by Eve Park. Frank is voiced by Tim Ro, and Mia by Ann Lee.",
		want: []string{"cast|Cal Dee|Harbor|Denmark|", "cast|Dan Ek|Harbor|Norway|", "cast|Eve Park|Harbor|Sweden|", "cast|Tim Ro|Harbor|Frank|", "cast|Ann Lee|Harbor|Mia|"},
	},
	{
		name: "a soap's news names the character first: Pat Vale (Ann Lee) is the character and its actor, and a quoted nickname after a describing word (the roguish “Dirty” Den Watts) is no title",
		text: "‘Harbor Street’ legend dies aged 80\n\nTom Brandt, best known as the roguish “Dirty” Den Watts in the BBC soap Harbor Street, has died aged 71. Co-stars including Pat Vale (Ann Lee) and Angie Watts (Bo Kim) paid tribute.",
		want: []string{"cast|Ann Lee|Harbor Street|Pat Vale|", "cast|Bo Kim|Harbor Street|Angie Watts|"},
	},
	{
		name: "a title-case anime headline, T (TV) Anime Reveals/Adds ...: T is the article's show (also after a network's possessive)",
		text: "Moon Garden Days Anime Reveals Additional Cast\n\nThe official website announced that Ana Lee will voice Shin and Bo Kim will voice Lu. The anime premieres in January.",
		want: []string{"cast|Ana Lee|Moon Garden Days|Shin|", "cast|Bo Kim|Moon Garden Days|Lu|"},
	},
	{
		name: "a title-case anime headline with a season, T Anime Season 2 Reveals ...: the season and the medium word are no part of the title",
		text: "Moon Garden Days Anime Season 2 Reveals English Dub's Cast, May 3 Premiere\n\nThe streamer will stream the English dub for the second season of the Moon Garden Days anime. The English cast includes:\n\nAna Lee as Shin\nBo Kim as Lu\n\nCy Tan is directing the English dub.",
		want: []string{"cast|Ana Lee|Moon Garden Days|Shin|", "cast|Bo Kim|Moon Garden Days|Lu|", "crew|Cy Tan|Moon Garden Days||director"},
	},
	{
		name: "a one-word network the article writes before Network (Seven Network; Seven's new TV series; the hit Seven show) is no show",
		text: "Dana Crole and Mia Fenwick set to star in Seven's new TV series\n\nSeven Network has announced three new series for 2016.\n\nDana Crole showed off her acting skill in The Lanterns and is set to shine again in drama series The Hidden Niece.\n\nMeanwhile actress Mia Fenwick, from the hit Seven show Packed Harbor, will return to the network.",
		want: []string{"cast|Mia Fenwick|Packed Harbor||"},
	},
	{
		name: "an anime's article that names the manga it adapts (del manga T, de X) with no headline: T, particle and all (Kurogane to Suzuri), is the article's show, not a character's name that the text repeats",
		text: "La página web oficial de la adaptación animada para televisión del manga Kurogane to Suzuri, de Teru Habane, ha anunciado los artistas del anime. Por otro lado, Mira Tamsen y Dev Olan, las voces de Suzuri y Kurogane en el anime, interpretarán el ending.\n\nEl anime se estrenará en enero.\n\nEl reparto de voces anunciado es el siguiente:\n\nMira Tamsen como Suzuri\nDev Olan como Kurogane\nLia Brenn como Sen",
		want: []string{"cast|Mira Tamsen|Kurogane to Suzuri|Suzuri|", "cast|Dev Olan|Kurogane to Suzuri|Kurogane|", "cast|Lia Brenn|Kurogane to Suzuri|Sen|", "crew|Teru Habane|Kurogane to Suzuri||original author"},
	},
	{
		name: "a title-case anime headline after a network's possessive: Netflix's T TV Anime Adds X",
		text: "Netflix’s Dan Da Dan TV Anime Adds Ana Lee\n\nThe official website announced that Ana Lee joins the cast as Seiko. The anime premieres in October.",
		want: []string{"cast|Ana Lee|Dan Da Dan|Seiko|"},
	},
	{
		name: "a title with and inside a list of titles (a list joins only its last item with and): starred in Parks and Recreation and Brooklyn Nine-Nine; Law and Order, Fargo and Lost; but Fargo and Lost and won an Emmy is two titles",
		text: "Ana Lee joins Harbor\n\nAna Lee has joined the cast of Harbor. Lee starred in Parks and Recreation and Brooklyn Nine-Nine. Bo Kim starred in Law and Order, Fargo and Lost. Cy Tan starred in Fargo and Lost and won an Emmy.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Ana Lee|Parks and Recreation||", "cast|Ana Lee|Brooklyn Nine-Nine||", "cast|Bo Kim|Law and Order||", "cast|Bo Kim|Fargo||", "cast|Bo Kim|Lost||", "cast|Cy Tan|Fargo||", "cast|Cy Tan|Lost||"},
	},
	{
		name: "X (also in T1, T2, T3): the person's earlier titles (two or more, not a place); the Aussies X (T1, T2): a plural nationality is no part of the name; C (X) in a plot sentence whose appears to is no casting",
		text: "Harbor starts filming\n\nCrews are rolling the cameras for Harbor, a new comedy series for the ABC. Cal Dee is joined by comic performers Ben Mills (also in Johnny English, Death in Paradise) and Dan Ek (also in London). Other actors include the Aussies Gia Caro (My Big Fat Greek Wedding, Big Little Lies). Harbor covers the story of children’s author Julian Hart (Ben Mills), who appears to end his career.",
		want: []string{"cast|Ben Mills|Harbor|Julian Hart|", "cast|Ben Mills|Johnny English||", "cast|Ben Mills|Death in Paradise||", "cast|Dan Ek|Harbor||", "cast|Gia Caro|Harbor||", "cast|Gia Caro|My Big Fat Greek Wedding||", "cast|Gia Caro|Big Little Lies||"},
	},
	{
		name: "T will see a come-back of actors such as A, B and C (a return word, a plural performer noun before such as)",
		text: "‘Harbor’ season 2\n\nThe second season of Harbor will stream soon. It will also see a come-back of actors such as Ana Lee, Bo Kim and Cy Tan from the first season.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||", "cast|Cy Tan|Harbor||"},
	},
	{
		name: "new cast members X (“T”): a quoted bracket is the person's title, never the actor of a character X",
		text: "‘Harbor’ renewed\n\nHarbor has been renewed. The series will feature new cast members Cal Dee (“Unbreakable Kimmy Schmidt”) and Ana Lee (“Lost”).",
		want: []string{"cast|Cal Dee|Harbor||", "cast|Ana Lee|Harbor||", "cast|Cal Dee|Unbreakable Kimmy Schmidt||", "cast|Ana Lee|Lost||"},
	},
	{
		name: "X reprises his role of protagonist C (the role of, past describing words)",
		text: "‘Harbor’ season 2\n\nThe second season of Harbor will stream soon. Cal Dee reprises his role of protagonist SP Prithvi Singh who is caught in a storm. Ana Lee reprises her role of Mia.",
		want: []string{"cast|Cal Dee|Harbor|SP Prithvi Singh|", "cast|Ana Lee|Harbor|Mia|"},
	},
	{
		name: "made a small appearance on T; he had short-lived stints on T1 and T2 (the person the paragraph speaks of); credits include eHostela (a title whose capital comes second)",
		text: "‘Harbor’ cast revealed\n\nThe trio will headline the new drama series Harbor. Before his fall from grace, Cal Dee was famous as a heart-throb. He recently had short-lived stints on Durban Gen and Imbewu: The Seed. Ana Lee made a small appearance on House of Zwide earlier this year. Bo Kim’s other acting credits include eHostela and Zone 14.",
		want: []string{"cast|Cal Dee|Durban Gen||", "cast|Cal Dee|Imbewu: The Seed||", "cast|Ana Lee|House of Zwide||", "cast|Bo Kim|eHostela||", "cast|Bo Kim|Zone 14||"},
	},
	{
		name: "T1 by A, T2 by B and C and T3 by D: each title’s makers (crew); not Directed by X, a photo's credit, nor a source work (adapted from T by X)",
		text: "ITV orders four dramas\n\nTrauma by Cal Dee, Girlfriends by Ana Lee, White Dragon by Bo Kim and Cy Tan and Next of Kin by Dan Ek will each begin filming in 2017. Photo by Eve Park. Harbor, adapted from The Long War by Tim Ro, is set in the 1400s.",
		want: []string{"crew|Cal Dee|Trauma||", "crew|Ana Lee|Girlfriends||", "crew|Bo Kim|White Dragon||", "crew|Cy Tan|White Dragon||", "crew|Dan Ek|Next of Kin||", "crew|Tim Ro|Harbor||original author"},
	},
	{
		name: "X’s (T1, T2, T3) new project: a bracket of titles after a maker's possessive gives the maker each title (crew)",
		text: "ITV orders Harbor\n\nITV has ordered the drama Harbor. Cal Dee’s (Doctor Foster, The Town, Charles III) new project is set in a hospital. As previously announced, Ana Lee's (Tangled) next feature will be Zootropolis.",
		want: []string{"crew|Cal Dee|Doctor Foster||", "crew|Cal Dee|The Town||", "crew|Cal Dee|Charles III||", "crew|Ana Lee|Tangled||"},
	},
	{
		name: "an obituary's lead T star X has died names the article's show, which the US soap then means (US is no title)",
		text: "Soap star dies\n\nHarbor Street star Tom Vale has died aged 84. Harbor Street's executive producer Ana Lee said: ‘Tom Vale played beloved patriarch Alan Quartermaine for 30 years.’ The actor was best known on the US soap.",
		want: []string{"cast|Tom Vale|Harbor Street|Alan Quartermaine|", "crew|Ana Lee|Harbor Street||producer"},
	},
	{
		name: "a heading that gives a title, a dash and the title in its own script (T – 漢字 [Live Action Coverage]) names the show of its section, and as the headline the article's",
		text: "Harbor Lights – 港の光 [Live Action Coverage]\n\nThe film stars Ana Lee as Mia.\n\nTokyo Nights – 東京の夜 [Live Action Coverage]\n\nIt stars Bo Kim who will play the main protagonist Ken.",
		want: []string{"cast|Ana Lee|Harbor Lights|Mia|", "cast|Bo Kim|Tokyo Nights|Ken|"},
	},
	{
		name: "a quoted name before member is a group, no title: “Gekidan EXILE” member X",
		text: "‘Harbor’ casts its leads\n\nAna Lee headlines Harbor, with “Gekidan EXILE” member Bo Kim playing her rival.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||"},
	},
	{
		name: "a particle inside a character's name (Andrés de Fonollosa, Bonchien Nicoli la Tasty Peach), and aka ends it: T will follow X as the jewel thief C aka Berlin",
		text: "‘Harbor’ spinoff cast\n\nNetflix has revealed the cast of Harbor. The Harbor spinoff will follow Ana Lee as the terminally-ill jewel thief Andrés de Fonollosa aka Berlin from the original series. Bo Kim will play the role of Bonchien Nicoli la Tasty Peach.",
		want: []string{"cast|Ana Lee|Harbor|Andrés de Fonollosa|", "cast|Bo Kim|Harbor|Bonchien Nicoli la Tasty Peach|"},
	},
	{
		name: "C — played by X, ... — (a dash before played by); a lead whose title only an appositive with a genre noun names (T — the latest original drama coming to Netflix) is the article's show",
		text: "I consider myself a connoisseur of Spanish television.\n\nWhich brings me to Harbor — the latest original drama coming to Netflix. Could it be Samuel — played by Ana Lee, who you might recognize from other shows — who was called a waiter? Fellow scholarship kid Nadia (Bo Kim) is forced to leave.",
		want: []string{"cast|Ana Lee|Harbor|Samuel|", "cast|Bo Kim|Harbor|Nadia|"},
	},
	{
		name: "a roundup's heading T (Network) whose title has a comma (I, Addict (Disney+)) names its section's show in full",
		text: "Upcoming Spanish series\n\nHarbor (Movistar Plus+)\n\nSix-part comedy thriller Harbor is based on a story. The cast also includes Ana Lee.\n\nI, Addict (Disney+)\n\nCal Dee and director Elena Trapé have collaborated on six-part series I, Addict. Oriol Pla stars in the series alongside Nora Navas.",
		want: []string{"cast|Ana Lee|Harbor||", "crew|Elena Trapé|I, Addict||director", "cast|Oriol Pla|I, Addict||", "cast|Nora Navas|I, Addict||"},
	},
	{
		name: "created by T’s co-writer X: X is the show's creator and a writer of T (a title's possessive before the job noun)",
		text: "‘Harbor’ set\n\nHarbor is a comedy thriller. The series has been created by Spanish Affair’s co-writer Diego San Jose and is directed by Elena Trapé.",
		want: []string{"crew|Diego San Jose|Harbor||creator", "crew|Diego San Jose|Spanish Affair||writer", "crew|Elena Trapé|Harbor||director"},
	},
	{
		name: "X (T-fame): the title X is known for, without its fame",
		text: "‘Harbor’ begins filming\n\nThe cast of Harbor includes Ana Lee (Thamaasha-fame) and Bo Kim.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Ana Lee|Thamaasha||", "cast|Bo Kim|Harbor||"},
	},
	{
		name: "a role described, then named after a comma: X will feature as that neighbour, C; X plays the man after the serial killer, C; not as a gesture for his son, Y, nor the lead, Z said",
		text: "‘Superior Day’ cast\n\nOCN is adapting the webcomic Superior Day into a series with a cast including Cal Dee and Dan Ek. Cal Dee will feature as that neighbour, Kwon Shi-woo, a kind-looking man. Dan Ek plays the man after the serial killer, Bae Tae-jin. Ana Lee did the film as a gesture for his son, Aarav who is a fan. Bo Kim plays the lead, Tom Hale said.",
		want: []string{"cast|Cal Dee|Superior Day|Kwon Shi-woo|", "cast|Dan Ek|Superior Day|Bae Tae-jin|", "cast|Bo Kim|Superior Day||"},
	},
	{
		name: "a list of makers' titles goes on with a one-word maker: will be seen in Vineeth Sreenivasan's T1 and Priyadarshan's T2",
		text: "‘Harbor’ casts Rain\n\nRain has joined the cast of Harbor. Kalyani, on the other hand, will be seen in Vineeth Sreenivasan's Hridayam and Priyadarshan's Marakkar next.",
		want: []string{"cast|Rain|Harbor||", "crew|Vineeth Sreenivasan|Hridayam||", "crew|Priyadarshan|Marakkar||", "cast|Kalyani|Hridayam||", "cast|Kalyani|Marakkar||"},
	},
	{
		name: "A, B and C are teaming up. The trio will headline T (They will star in T): each of the group the sentence before opened with; not when the noun's count differs",
		text: "Harbor cast\n\nAna Lee, Bo Kim and Cy Tan are teaming up. The trio will headline the new drama series Harbor.\n\nDan Ek and Eve Park are teaming up too. The trio will star in the drama Nightfall.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||", "cast|Cy Tan|Harbor||"},
	},
	{
		name: "a cast sentence goes on after as well as: The cast includes A and B, as well as C; are part of the cast, as well as the ex-wife D and the daughter, E; not as well as with T actresses F",
		text: "‘Harbor’ cast\n\nHarbor is a new series. The cast includes Ana Lee and Bo Kim, as well as Cy Tan. Dan Ek and Eve Park are part of the cast, as well as the ex-wife Tim Ro and the daughter, Mia Kay.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||", "cast|Cy Tan|Harbor||", "cast|Dan Ek|Harbor||", "cast|Eve Park|Harbor||", "cast|Tim Ro|Harbor||", "cast|Mia Kay|Harbor||"},
	},
	{
		name: "a maker's possessive before a genre noun with no title after it: Joining X's gritty cop drama are A and B; “T,” X's new NBC comedy pilot; not an actor's comeback drama, nor X's mystery category",
		text: "‘Harbor’ adds two\n\nThe second season of HBO’s Harbor has added two names. Joining Nic Pizzolatto's gritty cop drama are Ana Lee and Bo Kim. Tom Hale has joined the cast of “Lady Friends,” Kari Lizer's new NBC comedy pilot. This will be Cy Tan’s comeback drama in two years. The novel won Dan Ek's mystery category.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||", "crew|Nic Pizzolatto|Harbor||", "cast|Tom Hale|Lady Friends||", "crew|Kari Lizer|Lady Friends||"},
	},
	{
		name: "X (C from T): the character in that title; not one title with from inside (Letters from Iwo Jima, Escape from New York)",
		text: "‘Harbor’ season 2 cast\n\nHarbor season 2 adds cast. Takehito Koyasu (Dio from Jojo’s Bizarre Adventure) will play the role of Bonchien. Ana Lee (Letters from Iwo Jima) joins as Tom. Bo Kim (Escape from New York) joins as Sam. Cy Tan (Frieren from “Frieren: Beyond Journey’s End”) joins as Mia.",
		want: []string{"cast|Takehito Koyasu|Harbor|Bonchien|", "cast|Takehito Koyasu|Jojo’s Bizarre Adventure|Dio|", "cast|Ana Lee|Harbor|Tom|", "cast|Ana Lee|Letters from Iwo Jima||", "cast|Bo Kim|Harbor|Sam|", "cast|Bo Kim|Escape from New York||", "cast|Cy Tan|Harbor|Mia|", "cast|Cy Tan|Frieren: Beyond Journey’s End|Frieren|"},
	},
	{
		name: "X, currently voicing C1 in T1, will play the role of C2: past the participle's aside to its person",
		text: "‘Harbor’ season 2 cast\n\nHarbor season 2 adds cast. Ana Lee, currently voicing Belaf in Made in Abyss Season 2, will play the role of Kahaku.",
		want: []string{"cast|Ana Lee|Made in Abyss|Belaf|", "cast|Ana Lee|Harbor|Kahaku|"},
	},
	{
		name: "a Korean name whose last syllable is a function word ends before a bracket: the love story of King Yi In (Jo Jung Suk)",
		text: "tvN 2024 lineup\n\n“Harbor” will tell the cruel love story of King Yi In (Jo Jung Suk), a miserable monarch who feels empty inside.",
		want: []string{"cast|Jo Jung Suk|Harbor|King Yi In|"},
	},
	{
		name: "X, whose film credits include T1 and T2, stars in the series alongside A: the titles are no cast, and X is the subject of stars past the clause",
		text: "Upcoming Spanish series\n\nI, Addict (Disney+)\n\nCal Dee has made the six-part series I, Addict. Oriol Pla, whose film credits include Creatura and Wild Flowers, stars in the series alongside Nora Navas.",
		want: []string{"cast|Oriol Pla|I, Addict||", "cast|Nora Navas|I, Addict||", "cast|Oriol Pla|Creatura||", "cast|Oriol Pla|Wild Flowers||"},
	},
	{
		name: "Portraying an equally important role is internationally-acclaimed actress X; Playing the villain is veteran actor Y: the performer the sentence ends with; not Playing the field is fun",
		text: "‘Legal Wives’ line-up\n\nLegal Wives is a new drama series. Portraying an equally important role is internationally-acclaimed actress Cherie Gil. Playing the villain is veteran actor Tom Hale. Playing the field is fun.",
		want: []string{"cast|Cherie Gil|Legal Wives||", "cast|Tom Hale|Legal Wives||"},
	},
	{
		name: "a Filipino family name with an abbreviation (Jodi Sta. Maria) does not end the sentence: the list goes on",
		text: "Harbor returns\n\nThe drama Harbor is back on air. Also starring Jodi Sta. Maria, Joel Torre and Dominic Ochoa.",
		want: []string{"cast|Jodi Sta. Maria|Harbor||", "cast|Joel Torre|Harbor||", "cast|Dominic Ochoa|Harbor||"},
	},
	{
		name: "a roundup of actors, a numbered heading each (1. Ana Lee): the T actress, the T star, The T actor of the section are its person, credited in T; she of the section too",
		text: "New stars for K-dramas\n\nThese actors take on new roles this year.\n\n1. Ana Lee\n\nIn May, the Harbor Lights actress returns to television in the TVN series Night Ward. She stars as a nurse.\n\n2. Bo Kim Tan\n\nTVN confirmed that the Secret Road star would end his hiatus with a starring role in Night Ward. The Queen For Ten Days actor plays a widower.",
		want: []string{"cast|Ana Lee|Harbor Lights||", "cast|Ana Lee|Night Ward||", "cast|Bo Kim Tan|Secret Road||", "cast|Bo Kim Tan|Night Ward||", "cast|Bo Kim Tan|The Queen For Ten Days||"},
	},
	{
		name: "opposite the T star. at a sentence's end: the article's lead person, credited in T",
		text: "Cal Dee starts filming Harbor\n\nActor Cal Dee has started shooting for a new film. The film was to feature Gold actress Ana Lee opposite the Sacred Tales star.",
		want: []string{"cast|Cal Dee|Sacred Tales||", "cast|Ana Lee|Gold||"},
	},
	{
		name: "a numbered roundup entry N. T (original title), YEAR is the show of its section and of its staff lines; Actor (C1/C2) is a double role where the plot names C1; Support actor X is no title",
		text: "Five films from manga\n\nWe look at five films so far.\n\n1. Harbor Lights (港の光), 2019\n\nThe story follows Shin, a war orphan. He joins forces with Ei Sei, a boy. Ana Lee reprises the role of Shin. Support actor Bo Kim (Ei Sei/Hyou) is back.\n\nCast: Ana Lee, Bo Kim, Cy Tan\nDirector: Dan Ek\n\n2. Night Ward (夜の病棟), 2006\n\nCast: Eve Park, Tim Ro",
		want: []string{"cast|Ana Lee|Harbor Lights|Shin|", "cast|Bo Kim|Harbor Lights|Ei Sei|", "cast|Bo Kim|Harbor Lights|Hyou|", "cast|Cy Tan|Harbor Lights||", "crew|Dan Ek|Harbor Lights||director", "cast|Eve Park|Night Ward||", "cast|Tim Ro|Night Ward||"},
	},
	{
		name: "a news agency's dateline (Place [Country], Month Day (ANI):) before Actor X: X is the lead's person; has started shooting for a new film titled 'T'; the 'T' actor is X",
		text: "Ana Lee begins shooting for Harbor\n\nNew Delhi [India], March 12 (ANI): Actor Ana Lee has started shooting for a new film titled 'Harbor' on Saturday.\n\nTaking to his Instagram handle, the 'Family Man' actor shared a picture of the clapperboard.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Ana Lee|Family Man||"},
	},
	{
		name: "'T,' which features A, B and C (the comma inside the quotes): the list is T's cast, not the article's show's",
		text: "Harbor begins shooting\n\nThe shooting of the film Harbor began on Tuesday. The film, starring Ana Lee, is being helmed by Cy Tan.\nMeanwhile, Tan is busy with 'Student Days 2,' which features Dan Ek, Eve Park and Tim Ro and will hit the screens on May 10. Lee is busy with “Night Ward,” which stars Lou Ray.",
		want: []string{"cast|Ana Lee|Harbor||", "crew|Cy Tan|Harbor||director", "cast|Dan Ek|Student Days 2||", "cast|Eve Park|Student Days 2||", "cast|Tim Ro|Student Days 2||", "cast|Lou Ray|Night Ward||"},
	},
	{
		name: "'T,' which marked the Bollywood debut of A, B, and C: T's cast; The film marks the acting debut of X: the sentence's show",
		text: "Harbor begins shooting\n\nThe shooting of the film Harbor began on Tuesday. 'Student Days 2' is the sequel to the 2012 hit 'Student Days,' which marked the Bollywood debut of Ann Lee, Val Dee, and Rob Kane.\n\nThe film Harbor marks the acting debut of Lou Ray.",
		want: []string{"cast|Ann Lee|Student Days||", "cast|Val Dee|Student Days||", "cast|Rob Kane|Student Days||", "cast|Lou Ray|Harbor||"},
	},
	{
		name: "X will be seen in her upcoming flick 'T' (also his next film T): X is T's cast; Apart from 'T', ... names no person; not seen in his home town",
		text: "Harbor begins shooting\n\nThe shooting of the film Harbor began on Tuesday. The film stars Ana Lee.\nApart from 'Harbor', Bo Kim will be seen in her upcoming flick 'Good News' starring Kay Kim. Cy Tan will be seen in his next film Night Ward. Dan Ek will be seen in his home town Delhi.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Good News||", "cast|Kay Kim|Good News||", "cast|Cy Tan|Night Ward||"},
	},
	{
		name: "X, best known as C in the soap (in the BBC One soap): the soap is the sentence's show; not best known as a villain",
		text: "Harbor Street actor dies\n\nHarbor Street actor Tom Brandt, best known as Den Watts in the BBC One soap, has died aged 71. Night Ward actor Cal Dee, best known as a villain in the soap, was 80.",
		want: []string{"cast|Tom Brandt|Harbor Street|Den Watts|", "cast|Cal Dee|Night Ward||"},
	},
	{
		name: "Actors A and B, alongside C (T1), D (T2) and E (T3) are part of T's cast: the people before alongside are cast too",
		text: "Harbor cast\n\nThe series Harbor is shooting.\n\nActors Ana Lee and Bo Kim, alongside Cy Tan (The Flash), Dan Ek (Ozark) and Eve Park (Molly) are part of Harbor's cast.",
		want: []string{"cast|Ana Lee|Harbor||", "cast|Bo Kim|Harbor||", "cast|Cy Tan|Harbor||", "cast|Dan Ek|Harbor||", "cast|Eve Park|Harbor||", "cast|Cy Tan|The Flash||", "cast|Dan Ek|Ozark||", "cast|Eve Park|Molly||"},
	},
	{
		name: "X is the describing-noun C who ... in a roundup entry whose paragraph goes on to Also starring A and B (a casting word after the sentence); not X is the CEO of a firm",
		text: "Iconic shows return\n\nHere are some of the shows that have returned:\n\n“Harbor Days” (ABS-CBN, 2011)\n\nWeekdays, 5:45 p.m.\n\nAna Lee is the selfish businesswoman Anna Vale who, after a car explosion, is given 100 days. Bo Kim is the CEO of a firm. Also starring Cy Tan and Dan Ek.",
		want: []string{"cast|Ana Lee|Harbor Days|Anna Vale|", "cast|Cy Tan|Harbor Days||", "cast|Dan Ek|Harbor Days||"},
	},
	{
		name: "C arrived in a place last night, played by actor X: X plays the character the sentence opens with; an heiress to a fortune, played by actress Y, names none",
		text: "Harbor Street newcomer\n\nThe soap Harbor Street has a newcomer.\n\nDave Fairchild arrived in Weatherfield last night, played by actor Luke Dane but the soap star was once a Dales resident. The story centers on an heiress to a vast fortune, played by actress Kim Min-hee.",
		want: []string{"cast|Luke Dane|Harbor Street|Dave Fairchild|", "cast|Kim Min-hee|Harbor Street||"},
	},
	{
		name: "a lead sentence that ends with a network's soap in apposition (a visit to rival ITV soap, Harbor Street.) names the article's show",
		text: "Soap star joins cast\n\nViewers may have spotted a familiar face during last night's visit to rival ITV soap, Harbor Street. Dave Fairchild arrived in Weatherfield last night, played by actor Luke Dane.",
		want: []string{"cast|Luke Dane|Harbor Street|Dave Fairchild|"},
	},
	{
		name: "X has appeared in BBC historical drama T, alongside Y: Y's credit is in T (past the comma and describing words), not the article's show",
		text: "Harbor Street newcomer\n\nThe soap Harbor Street has a newcomer. Luke Dane has also appeared in BBC historical drama Peaky Lanes, alongside Cal Murphy.",
		want: []string{"cast|Luke Dane|Peaky Lanes||", "cast|Cal Murphy|Peaky Lanes||"},
	},
	{
		name: "X is well acquainted with soap land as he also starred in T last year: he after as is the person the sentence opens with (a given name resolved to the full one)",
		text: "Harbor Street newcomer\n\nThe soap Harbor Street has a newcomer, Luke Dane.\n\nLuke is certainly well acquainted with soap land as he also starred in Hollyoaks last year, having played the soap villain.",
		want: []string{"cast|Luke Dane|Harbor Street||", "cast|Luke Dane|Hollyoaks||"},
	},
	{
		name: "X has been the network's top actress, with her appearances in “T1” and “T2”: X is cast in both",
		text: "Harbor news\n\nThe soap Harbor is back. Until now, Ana Lee has been the actress that has given Telemundo the most number one rating, with her appearances in “Lords of the Sky” and “Night Ward”.",
		want: []string{"cast|Ana Lee|Lords of the Sky||", "cast|Ana Lee|Night Ward||"},
	},
}
