package extract

// crewCreditConstructions are TestConstructions' cases for crew credits in
// trade copy: staff lists, producers named by a company or a verb, and
// directors named through their earlier films.
var crewCreditConstructions = []construction{
	{
		name: "Under the production of X, “T” offers ...: X produces T",
		text: "Blue Lake news\n\nUnder the production of Ada Pike, “Blue Lake” offers another series following the success of its previous shows.",
		want: []string{"crew|Ada Pike|Blue Lake||producer"},
	},
	{
		name: "Under the production of a company, “T” offers ...: no producer",
		text: "Blue Lake news\n\nUnder the production of Acme Studios, “Blue Lake” offers another series following the success of its previous shows.",
		want: nil,
	},
	{
		name: "A and B will be the showrunner and executive producer of the series, respectively: one job each, in order",
		text: "Blue Lake news\n\nThe drama Blue Lake starts filming. Ada Pike and Ron Vale will be the showrunner and executive producer of the series, respectively.",
		want: []string{"crew|Ada Pike|Blue Lake||showrunner", "crew|Ron Vale|Blue Lake||producer"},
	},
	{
		name: "X is on board to helm from Y's 2015 Black List script: Y writes the sentence's show",
		text: "Blue Lake news\n\nThe drama Blue Lake starts filming. Jonas Arn is on board to helm from Matt Toms’s 2015 Black List script.",
		want: []string{"crew|Jonas Arn|Blue Lake||director", "crew|Matt Toms|Blue Lake||writer"},
	},
	{
		name: "X is set to showcase her debut behind the lens, “T”: X directs T",
		text: "Festival line-up announced\n\nActress Ada Pike is set to showcase her debut behind the lens, \"Iron Gate\", which will compete.",
		want: []string{"crew|Ada Pike|Iron Gate||director"},
	},
	{
		name: "X's debut behind the camera, T, opens: X directs T",
		text: "Festival line-up announced\n\nAda Pike's debut behind the camera, Iron Gate, opens the festival.",
		want: []string{"crew|Ada Pike|Iron Gate||director"},
	},
	{
		name: "than his previous work, T, which ...: the owner (the sentence's possessive name) made T, the kind settled by the person's other credits",
		text: "Blue Lake review\n\nDirector Ron Vale returns with Blue Lake. Much to Vale's distaste, this film is far more mainstream than his previous work, Iron Gate, which makes it more accommodating.",
		want: []string{"crew|Ron Vale|Blue Lake||director", "crew|Ron Vale|Iron Gate||"},
	},
	{
		name: "X's last film, T, was ...: X made T",
		text: "Blue Lake review\n\nDirector Ron Vale returns with Blue Lake. Vale's last film, Iron Gate, was a hit.",
		want: []string{"crew|Ron Vale|Blue Lake||director", "crew|Ron Vale|Iron Gate||"},
	},
	{
		name: "X, the new master of horror whose previous credits include T1 and T2: the appositive's person, crew after a plural job noun",
		text: "Festival line-up announced\n\nThe festival opens in May. Other directors chosen for the competition include veteran filmmaker Ron Vale, and Ada Pike, the new master of American horror whose previous credits include the chilling \"Iron Gate\" and \"Blue Lake\".",
		want: []string{"crew|Ada Pike|Iron Gate||", "crew|Ada Pike|Blue Lake||"},
	},
	{
		name: "a three-word name whose last word is a stop word (Maria Stone Read), after a given name and a middle name, in prose",
		text: "Blue Lake starts filming\n\nThe thriller Blue Lake starts filming in May. The series will be penned by writer and producer, Maria Stone Read, who was the writer of the sitcom \"Iron Gate.\"",
		want: []string{"crew|Maria Stone Read|Blue Lake||writer", "crew|Maria Stone Read|Iron Gate||writer"},
	},
	{
		name: "X is Executive Producer and showrunner; A, B and C are Executive Producers: a staff list in capitals credits the article's show",
		text: "Harbor Lights starts filming\n\nThe drama Harbor Lights starts filming in May. Ana Lee is Executive Producer and showrunner. Bo Kim, Cy Tan and Dee Ray are Executive Producers.",
		want: []string{"crew|Ana Lee|Harbor Lights||producer", "crew|Ana Lee|Harbor Lights||showrunner", "crew|Bo Kim|Harbor Lights||producer", "crew|Cy Tan|Harbor Lights||producer", "crew|Dee Ray|Harbor Lights||producer"},
	},
	{
		name: "a country's possessive before a director (Iran's X) makes no maker of the country and no title of X",
		text: "Festival line-up announced\n\nFilms by American director Wes Lane, Iran's Jafar Rahimi and the Tan brothers will compete at the festival next month.",
		want: nil,
	},
	{
		name: "director X will open the festival with her debut feature T: X directs T, not the article's show",
		text: "Festival line-up announced\n\nThe festival will open with the drama \"Red Harbor\". French director Cy Moreau, a newcomer, will close the festival with her debut feature \"Blue Lake\".",
		want: []string{"crew|Cy Moreau|Blue Lake||director"},
	},
	{
		name: "X was the writer and executive producer of the popular sitcom, “T”: both jobs, on the title after the genre noun and its comma",
		text: "Blue Lake starts filming\n\nThe thriller Blue Lake starts filming in May. Gil Ma was the writer and executive producer of the popular sitcom, \"Iron Gate.\"",
		want: []string{"crew|Gil Ma|Iron Gate||writer", "crew|Gil Ma|Iron Gate||producer"},
	},
	{
		name: "penned by Emmy-winning writer and producer, X, who ...: a prize word and a comma before the name in apposition",
		text: "Blue Lake starts filming\n\nThe thriller Blue Lake starts filming in May. The series will be penned by Emmy-winning writer and producer, Dee Ho, who is also a novelist.",
		want: []string{"crew|Dee Ho|Blue Lake||writer"},
	},
	{
		name: "a channel's possessive before a show (BBC Four's German series T) makes no crew of the channel",
		text: "Nordic noir returns\n\nViewers of BBC Four's current Saturday-night German series Red Lake got a nice surprise at the end of the episode.",
		want: nil,
	},
	{
		name: "distributed outside of Australia by a company: a country before by is no title",
		text: "Dark Ward starts filming\n\nThe drama Dark Ward is produced by Rough Gem Productions for Stan in Australia and is distributed outside of Australia by Acme Global Content Distribution.",
		want: nil,
	},
	{
		name: "X, the director behind T1 and T2, returns with T3: X directs all three",
		text: "Festival line-up announced\n\nHu Jin, the director behind Night Train and Cold Star, returns with the thriller Gold Moon.",
		want: []string{"crew|Hu Jin|Night Train||director", "crew|Hu Jin|Cold Star||director", "crew|Hu Jin|Gold Moon||director"},
	},
	{
		name: "A and B serve as producers on T1 and T2, respectively: each on their own title",
		text: "Blue Lake gets series order\n\nNetflix has ordered the drama Blue Lake. Dee Ro and Eve Wu serve as producers on Red Sun and Gold Moon, respectively.",
		want: []string{"crew|Dee Ro|Red Sun||producer", "crew|Eve Wu|Gold Moon||producer"},
	},
	{
		name: "Other directors chosen for the competition include filmmaker X and Y: a festival line-up's people, no credit in the festival's opening film",
		text: "Festival line-up\n\nThe festival opens next month with \"Blue Lake\". Other directors chosen for the main competition include veteran filmmaker Ric Lane and Ari Mo.",
		want: nil,
	},
	{
		name: "a documentary by director X about British writer Y: Y is its subject, no writer",
		text: "Festival line-up\n\nAmong the documentaries is another by Haitian director Raoul Ek about British writer Tom Penn, entitled \"Iron Pen\".",
		want: []string{"crew|Raoul Ek|Iron Pen||director"},
	},
	{
		name: "Superstar X's 'T': a performer's noun in capitals before the owner makes X the star of T, not its maker, and no part of the name",
		text: "Iron Moon starts\n\nThey have in the past produced Superstar Mahesh Rao's 'Dookudu'.",
		want: []string{"cast|Mahesh Rao|Dookudu||"},
	},
	{
		name: "when I read the pilot for “T,” and heard the writer (X) was ...: X is T's writer; the show's director (Y): Y directs the sentence's show",
		text: "Iron Moon adds writer\n\nWhen I read the pilot for \"Iron Moon,\" and heard the writer (Tara Arm) was in her early 30s, I thought, wow. The show's director (Bo Lin) agreed.",
		want: []string{"crew|Tara Arm|Iron Moon||writer", "crew|Bo Lin|Iron Moon||director"},
	},
	{
		name: "The film is written by X. She also wrote 'T1' and 'T2': the pronoun is the person of the last credit, the verb's job on each title",
		text: "'Iron Moon' starts shooting\n\nThe shooting of 'Iron Moon' began today. The film is written by Eve Ma. She also wrote 'Red Sun' and 'Blue Sky'.",
		want: []string{"crew|Eve Ma|Iron Moon||writer", "crew|Eve Ma|Red Sun||writer", "crew|Eve Ma|Blue Sky||writer"},
	},
	{
		name: "C's (Actor) stepdaughter: a character's kin with the actor in brackets, no maker's titles",
		text: "Generations adds Jo Ree\n\nFormer actress Jo Ree will be joining Generations to play the role of Refi Zungu who is Walt Kaba’s (Nim Nkosi) stepdaughter.",
		want: []string{"cast|Jo Ree|Generations|Refi Zungu|"},
	},
	{
		name: "X is well-known for many of his directing work, including T: X directs T",
		text: "'Iron Moon' starts shooting\n\nThe shooting of 'Iron Moon' began today. Lijo Pell is well-known for many of his directing work, including Jallik, which was chosen as the country's entry.",
		want: []string{"crew|Lijo Pell|Iron Moon||director", "crew|Lijo Pell|Jallik||director"},
	},
	{
		name: "X takes the directorial seat for the drama; Y will take the directorial reins of T: X directs the sentence's show, Y directs T",
		text: "'Iron Moon' starts shooting\n\nThe shooting of 'Iron Moon' began today. Furu Taki takes the directorial seat for the drama.\n\nAna Lee will take the directorial reins of Gold Sun.",
		want: []string{"crew|Furu Taki|Iron Moon||director", "crew|Ana Lee|Gold Sun||director"},
	},
	{
		name: "the rise of the Tijuana Cartel in the 1980s as C (X) takes the helm: a cartel is no performer, and C (X) is the character's actor",
		text: "Border Run: Sonora launches\n\nBorder Run: Sonora will launch as a new Netflix original series on Friday. Witness the rise of the Tijuana Cartel in the 1980s as Tomas Reyes (Ken Ito) takes the helm. When agent Lalo Ruiz (Mateo Vela) moves his family to Tijuana, he learns a lot.",
		want: []string{"cast|Ken Ito|Border Run|Tomas Reyes|", "cast|Mateo Vela|Border Run|Lalo Ruiz|"},
	},
	{
		name: "X, who co-created and wrote 1990s hit T, joins: a decade and hit before the title, both jobs on T",
		text: "'Iron Moon' ordered\n\nThe BBC has ordered 'Iron Moon'.\n\nCy Ro, who co-created and wrote 1990s hit Red Sky, joins.",
		want: []string{"cast|Cy Ro|Iron Moon||", "crew|Cy Ro|Red Sky||creator", "crew|Cy Ro|Red Sky||writer"},
	},
}
