package extract

import (
	"strings"
	"testing"
)

// subjectShowConstructions are TestConstructions' cases for the show an
// article is about where no pattern of its opening names it: what its
// quoted names say and what they do not.
var subjectShowConstructions = []construction{
	{
		name: "a character's quoted name (X's character, 'C'), repeated more than the work's title, is not the article's show",
		text: "On March 3, director Oren Vale spoke about his most recent work, 'The Glass Orchard'.\nThe crime film follows a courier named 'Tavi' (actor Ruben Oster), and the people who chase him.\nAmong them is Lena Moor's character, 'Foxglove', a quiet fixer.\n\"To me, 'Foxglove' was always Lena Moor. 'Foxglove' had to be her,\" he said.",
		want: []string{"crew|Oren Vale|The Glass Orchard||director", "cast|Ruben Oster|The Glass Orchard|Tavi|", "cast|Lena Moor|The Glass Orchard||"},
	},
	{
		name: "a business in the story ('the courier service ‘T’') is not the show of an untitled series",
		text: "New Danish comedy series in the works\n\nThe creators of the hit series Tarn are working on a new series.\n\nWriter Ola Fenn is working with actors Mette Lind and Nils Brekke on a series about the courier service ‘The Red Satchel’, a front for smuggling. Over the years, The Red Satchel riders have built a loyal customer base. The Red Satchel is in trouble.\n\nThe series will also star Karin Holt.",
		want: nil,
	},
	{
		name: "works inside the story (its two in-story anime films, \"A\" and \"B\") are not the article's show, however often named",
		text: "The live-action film of author Ama Rho's novel about the music business, Glow Street!, has announced the voice cast for its two in-story anime films, \"Paper Moth\" and \"Iron Lark.\"\n\"Paper Moth\" voice cast:\nKei Mura as Sora\n\"Iron Lark\" voice cast:\nRin Oda as Hana\nThe film will be narrated by Yuma Sato. \"Paper Moth\" is the heroine's debut film in the story, while \"Iron Lark\" is her rival's new film.",
		want: nil,
	},
	{
		name: "a section label in capitals before the headline (SCANDI CRIME T: ...) is no part of the show's title",
		text: "SCANDI CRIME Glasberg: SVT confirms second series\n\nSwedish channel SVT has confirmed the date of the return. The crime drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a headline on a promotion names the article's show before its noun: N releases T teaser",
		text: "SVT releases Glasberg teaser\n\nSwedish channel SVT has shown the first images of the series. The crime drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a promotion's noun and for name the article's show in the opening: has released a first trailer for T",
		text: "Channel 5 has released a trailer\n\nChannel 5 has released a first trailer for Harrow Lane, its new drama. The drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Harrow Lane||", "cast|Oskar Berg|Harrow Lane||"},
	},
	{
		name: "a headline in sentence case, X joins T, names the show and credits X; the first name alone is no title",
		text: "Maja Lind joins Glasberg\n\nMaja Lind is the latest name to join the cast. The crime drama also stars Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a roundup's heading T season 2: ... governs its section, and the second series under it is T's; a label in capitals before a headline is dropped",
		text: "NORDIC NOIR SVT releases Glasberg trailer\n\nSwedish channel SVT has released a trailer for Glasberg. The crime drama stars Maja Lind.\n\nTarnvik season 2: BBC Four confirms transmission date\n\nAs we said at the weekend, season two of Nordic Noir, Tarnvik, is on its way back.\n\nThe second series sees detective Ola Tarn (Sven Holm) taking on two cases.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Sven Holm|Tarnvik|Ola Tarn|"},
	},
	{
		name: "a character's name in brackets after the headline's person, X (C), or after played, is no guess for the show of an untitled series",
		text: "Ivo Marek Sandal (Kestrel) \u2013 New TV Series\n\nIvo Marek Sandal, who played Kestrel for years, is back. The series will also star Dana Kos. Many still call him Kestrel.",
		want: nil,
	},
	{
		name: "the drama adaptation of 2015 film “T1”: the year and the kind name another work, and the drama's own title follows",
		text: "Park Min-jae has confirmed to join Kim Soo-ah for the drama adaptation of 2015 film “Moon Gate: The Night Watch.”\n\nOn May 2, his agency reported, “Park Min-jae has been cast to appear in KBS’s new weekend drama ‘The Night Watch.'”",
		want: []string{"cast|Park Min-jae|The Night Watch||", "cast|Kim Soo-ah|The Night Watch||"},
	},
	{
		name: "a headline's place after the title (drama T in Millbrook Hall), written once where T alone is written often, is no part of the title",
		text: "Filming gets underway for BBC One drama Ashcombe in Millbrook Hall\n\nThe 50-year-old actor - who starred in ‘Red Lines’ - leads the ensemble in a six-part series.\n\nActor Dan Frost will appear in Ashcombe alongside Lea Marsh. The series is written by Jo Kerr.\n\nAshcombe is a six-part series. Ashcombe airs next year.",
		want: []string{"cast|Lea Marsh|Ashcombe||", "cast|Dan Frost|Ashcombe||", "crew|Jo Kerr|Ashcombe||writer"},
	},
	{
		name: "a hashtag title before a colon (#T: X begins shooting) names the article's show; the title ends at the colon, not in the person after it",
		text: "#KaalBhairav: Vikram Sen begins shooting in Hyderabad\n\nActor Vikram Sen has begun shooting for his next, #KaalBhairav, in Hyderabad. The film is directed by Suresh Naidu and also stars Priya Menon.",
		want: []string{"cast|Priya Menon|KaalBhairav||", "crew|Suresh Naidu|KaalBhairav||director"},
	},
	{
		name: "a review with no headline: an opening phrase, then T follows a widow (X), names the article's show",
		text: "Director Lena Varga's quiet, patient film is a study of grief. Told over one winter, The Birch House follows a widow (Maja Holm) who returns to her late husband's farm.\n\nHolm is extraordinary. Oskar Berg, as her brother-in-law, is less convincing.",
		want: []string{"crew|Lena Varga|The Birch House||director", "cast|Maja Holm|The Birch House||"},
	},
	{
		name: "a handle (@A_B's #T) is no person and owns no title",
		text: "Arun Dev joins Kiran Rajvansh's Toofan\n\nArun Dev will make his Tamil debut with actor Ravi Teja's upcoming film Toofan, directed by Kiran Rajvansh.\n\nProduction banner Red Kite Films also tweeted, \"Thrilled to have Bollywood star @ArunDev on board as the antagonist in @Ravi_Tejaa's #TOOFAN!...\"",
		want: []string{"cast|Arun Dev|Toofan||", "crew|Kiran Rajvansh|Toofan||director", "cast|Ravi Teja|Toofan||"},
	},
	{
		name: "a listicle's headline (10 New Korean Drama Series To Watch) names no show, and its words are no guess for one",
		text: "10 New Korean Drama Series To Watch This Spring\n\nSpring brings a crop of new Korean drama series. Here are the ones we are most excited about, from Moon Harbor to Glass Tower.\n\nThe cast is led by Kim Ha-eun, who plays a chef. Moon Harbor is a romance. Moon Harbor airs on Mondays. Moon Harbor was written by Lee Jun.",
		want: []string{"crew|Lee Jun|Moon Harbor||writer"},
	},
	{
		name: "a label before a bar (WATCH | T trailer: ...) is no part of the headline, whose promotion names the show",
		text: "WATCH | Salt Creek trailer: Dana Kos is a lawyer with secrets\n\nThe legal drama premieres in May. Ben Ruddy plays her husband, Sam Marr.",
		want: []string{"cast|Ben Ruddy|Salt Creek|Sam Marr|"},
	},
	{
		name: "a label before a colon (EXCLUSIVE: X to lead N's T) is dropped, and X to lead T names the show",
		text: "EXCLUSIVE: Dana Kos to lead Peacock's Salt Creek\n\nDana Kos will play Joan Marr in the legal drama. Ben Ruddy co-stars.",
		want: []string{"cast|Dana Kos|Salt Creek|Joan Marr|", "cast|Ben Ruddy|Salt Creek||"},
	},
	{
		name: "a review's headline with the season between title and noun (T, Season 2 review: ...) names T",
		text: "Salt Creek, Season 2 review: Dana Kos carries a thinner story\n\nThe legal drama returns with Kos as Joan Marr. Ben Ruddy is wasted as Sam.",
		want: []string{"cast|Dana Kos|Salt Creek|Joan Marr|", "cast|Ben Ruddy|Salt Creek|Sam|"},
	},
}

// TestArticleShowOpenings checks the article's show that openings give
// where each sentence's own reading gives the same facts either way.
func TestArticleShowOpenings(t *testing.T) {
	for _, tt := range []struct{ name, text, show string }{
		{"T, starring X, began production on Wednesday: the day is no title, the opening title is the show", "Kala Raja, starring Arun Dev, began production on Wednesday here, the makers have announced.\nThe action-comedy is directed by Farah Ali of Red Fort fame.\nThe film also stars Meera Nair and Ravi Shetty.", "Kala Raja"},
		{"a casting column's headline of surnames (Casting: Holm & Varga) names no show", "Casting: Holm & Varga, Teller\n\nGreta Holm and Anton Varga have joined the road movie, reports Deadline. Holm plays Ruth.\n\nHolm and Varga last worked together in 2009. Holm is also in talks for another film.", ""},
		{"T is adding three more cast members: a number word after the verb", "Silver Tide is adding three more cast members for the upcoming season!\n\nDeadline reports that Ana Ruiz will play Carla, a smuggler. Tomas Vidal plays Leo.", "Silver Tide"},
		{"T: U written so most times, T alone now and then: the show is T: U", "The drug war moves north\n\nCartel: Sonora will launch on Netflix in March. Shifting away from Bogotá, where Cartel spent three seasons, Cartel: Sonora goes back to the roots of the trade.\n\nCartel: Sonora stars Rafael Ortiz as a young agent. Cartel: Sonora is produced by Ana Gil.", "Cartel: Sonora"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("test", strings.NewReader(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			sc := scratches.Get().(*scratch)
			x := sc.extractor(a, Options{})
			x.first = true
			x.epoch = x.memo.newEpoch()
			x.articleShow()
			if x.show != tt.show {
				t.Errorf("article show %q, want %q", x.show, tt.show)
			}
			x.run()
			x.reset(x.knowledge(&sc.know))
			x.run()
			x.finish()
			sc.keep(x)
			scratches.Put(sc)
		})
	}
}
