package extract

// profileConstructions are TestConstructions' cases for articles about a
// person, interviews and profiles, where the person's earlier work and the
// show the article is about meet in one paragraph.
var profileConstructions = []construction{
	{
		name: "X leads the new crime drama The Quiet Hour as C: the title's words after The are no person, and the show is the one X leads",
		text: "Casting news\n\nMara Quist leads the new crime drama The Quiet Hour as Inspector Ada Penn.",
		want: []string{"cast|Mara Quist|The Quiet Hour|Inspector Ada Penn|"},
	},
	{
		name: "a headline quoting one title names the article's show, over an earlier show its first sentences name",
		text: "Interview: Mara Quist on playing a nurse in 'Cold Harbour'\n\nMara Quist became famous in the sitcom Tin Roof.\n\nShe plays Nurse Ada Penn, a night-shift nurse with a secret.",
		want: []string{"cast|Mara Quist|Cold Harbour|Nurse Ada Penn|", "cast|Mara Quist|Tin Roof||"},
	},
	{
		name: "a headline's quoted title that is someone's earlier work ('T' Star X, after 'T') is not the article's show",
		text: "'Tin Roof' Star Mara Quist Joins Hospital Drama\n\nMara Quist has joined the hospital drama Cold Harbour. She plays Nurse Ada Penn.",
		want: []string{"cast|Mara Quist|Cold Harbour|Nurse Ada Penn|"},
	},
	{
		name: "X became famous in T: the sentences after it stay on the article's show",
		text: "Cold Harbour adds Mara Quist\n\nMara Quist has joined the hospital drama Cold Harbour. Quist became famous in the sitcom Tin Roof.\n\nShe plays Nurse Ada Penn, a night-shift nurse.",
		want: []string{"cast|Mara Quist|Cold Harbour|Nurse Ada Penn|", "cast|Mara Quist|Tin Roof||"},
	},
	{
		name: "an interview: after her breakout turn as C1 in T1, she now leads T2 as C2; her co-star plays C3 in T2",
		text: "Interview: Priya Raman on playing a detective in 'The Quiet Ward'\n\nPriya Raman has had a busy year. After her breakout turn as the rebellious daughter Anjali in the Netflix series Monsoon House, she now leads the crime drama The Quiet Ward as Inspector Meera Das.\n\nArjun Kapoor plays her partner, Sub-Inspector Rohan Mehta.",
		want: []string{"cast|Arjun Kapoor|The Quiet Ward|Sub-Inspector Rohan Mehta|"},
	},
	{
		name: "a channel or a company whose name ends in TV, Channel or a company word of another language (Yapım, Producciones) is no show and no person",
		text: "Kerem Aslan and Deniz Yurt team up for new Show TV series\n\nKerem Aslan and Deniz Yurt will share the lead roles in Show TV's new series \"Gece Yolu\", produced by Ay Yapım.\n\nAslan will play Emre, a taxi driver.",
		want: []string{"cast|Kerem Aslan|Gece Yolu|Emre|", "cast|Deniz Yurt|Gece Yolu||"},
	},
	{
		name: "X, who won an award for his performance in 'T1', plays C: the aside's title is earlier work, so C and the sentences after stay on the article's show",
		text: "Lagos Gold cast announced\n\nNetflix has announced the cast of its thriller Lagos Gold.\n\nTobi Okafor, who won an award for his performance in 'Eko Nights', plays Dayo. Chidi Nwosu will play Obi.",
		want: []string{"cast|Tobi Okafor|Lagos Gold|Dayo|", "cast|Tobi Okafor|Eko Nights||", "cast|Chidi Nwosu|Lagos Gold|Obi|"},
	},
	{
		name: "a network with a country's name (Netflix Naija) is no show; with veteran actor X in a supporting role",
		text: "Ada Eze, Tobi Okafor lead cast of new Netflix Naija thriller 'Lagos Gold'\n\nNetflix Naija has announced the cast of its upcoming original thriller, Lagos Gold.\n\nThe film stars Ada Eze and Tobi Okafor, with veteran actor Segun Ajayi in a supporting role.",
		want: []string{"cast|Ada Eze|Lagos Gold||", "cast|Tobi Okafor|Lagos Gold||", "cast|Segun Ajayi|Lagos Gold||"},
	},
	{
		name: "a weekday and a number before a genre noun are a time slot, no title: Fuji TV's new Monday 9 drama 'T'",
		text: "Rina Aoki to star in Fuji TV's Monday 9 drama \"Paper Crane\"\n\nActress Rina Aoki will play the lead role in Fuji TV's new Monday 9 drama \"Paper Crane,\" which starts in April.",
		want: []string{"cast|Rina Aoki|Paper Crane||"},
	},
	{
		name: "A and B-starrer 'T': each a star of T",
		text: "Rudra Veera wraps\n\nThe team of Arun Kumar and Kiara Menon-starrer 'Rudra Veera' has wrapped up the shoot.",
		want: []string{"cast|Arun Kumar|Rudra Veera||", "cast|Kiara Menon|Rudra Veera||"},
	},
	{
		name: "from writer A and director B, who will both executive produce: each a producer",
		text: "Salt Tides ordered\n\nApple has ordered the limited series Salt Tides.\n\nThe series hails from writer Alma Birch and director Tomas Silva, who will both executive produce.",
		want: []string{"crew|Alma Birch|Salt Tides||writer", "crew|Alma Birch|Salt Tides||producer", "crew|Tomas Silva|Salt Tides||director", "crew|Tomas Silva|Salt Tides||producer"},
	},
	{
		name: "based on the webtoon of the same name by Naver artist X; helmed by PD Y of 'T2'",
		text: "Spring Rain Diaries confirmed\n\ntvN has confirmed its new drama 'Spring Rain Diaries'.\n\nBased on the popular webtoon of the same name by Naver artist Hwang Mi-rae, the drama tells the story of a farmer. The drama is helmed by PD Kim Jae-won of 'Sea Town Blues'.",
		want: []string{"crew|Hwang Mi-rae|Spring Rain Diaries||original author", "crew|Kim Jae-won|Spring Rain Diaries||director", "crew|Kim Jae-won|Sea Town Blues||director"},
	},
	{
		name: "a prize's winner or nominee before a name (Oscar nominee X, Golden Globe winner Y) is no part of it",
		text: "Deep Water Rising acquired\n\nNetflix has acquired the film Deep Water Rising.\n\nIt is directed by Oscar nominee Lena Hart. The film stars Golden Globe winner Tom Perrin and Emmy nominee Ada Sen.",
		want: []string{"crew|Lena Hart|Deep Water Rising||director", "cast|Tom Perrin|Deep Water Rising||", "cast|Ada Sen|Deep Water Rising||"},
	},
	{
		name: "hosts are cast: hosted by X and Y, X will host the series, takes over hosting duties, is set to present T; not host a party, nor presented by a company",
		text: "The Pottery Throwdown returns\n\nThe Pottery Throwdown is returning for a seventh series on Channel 4.\n\nComedian Ella Tayne takes over hosting duties. The show is co-hosted by Tom Alder and Rita Moss. Ben Kray will host a dinner party for the cast. The film is presented by Netflix and Blue Films. Sam Oduya is set to present Kiln Wars.",
		want: []string{"cast|Ella Tayne|The Pottery Throwdown||", "cast|Tom Alder|The Pottery Throwdown||", "cast|Rita Moss|The Pottery Throwdown||", "cast|Sam Oduya|Kiln Wars||"},
	},
	{
		name: "a performer noun opening the sentence (Judges X and Y will return) is no part of the first name",
		text: "The Pottery Throwdown returns\n\nThe Pottery Throwdown is returning for a seventh series on Channel 4.\n\nJudges Keith Brymer and Rich Mills will return.",
		want: []string{"cast|Keith Brymer|The Pottery Throwdown||", "cast|Rich Mills|The Pottery Throwdown||"},
	},
	{
		name: "X of boy group ASTRO will make his acting debut: the group is no person; written by Y of 'Start-Up' and directed by Z: a quoted one-word title before a clause",
		text: "Blue Summer\n\nKBS2 confirmed the drama 'Blue Summer'.\n\nMoon Bin-ho of boy group NOVA will make his acting debut in KBS2's upcoming drama 'Blue Summer'. 'Blue Summer' is written by Park Hye-ran of 'Start-Over' and directed by Oh Chung-hwan.",
		want: []string{"cast|Moon Bin-ho|Blue Summer||", "crew|Park Hye-ran|Blue Summer||writer", "crew|Park Hye-ran|Start-Over||", "crew|Oh Chung-hwan|Blue Summer||director"},
	},
	{
		name: "a roundup: X will play C, a young woman: C is a character, no show; joined the cast of Apple TV+'s T: the plus is the service's",
		text: "Casting roundup: Sidney Chance, Babs Cesay\n\nSidney Chance has been cast in FX's Alien Shore series. She will play Wenda, a young woman at the center of the story.\n\nBabs Cesay has joined the cast of Apple TV+'s Slow Hounds. Cesay will play Detective Lewin.",
		want: []string{"cast|Sidney Chance|Alien Shore|Wenda|", "cast|Babs Cesay|Slow Hounds|Detective Lewin|"},
	},
	{
		name: "cast in the lead role of FX's Alien Shore series: a network's possessive or a genre noun makes it the show, not a character",
		text: "Casting roundup: Sidney Chance, Babs Cesay\n\nSidney Chance has been cast in the lead role of FX's Alien Shore series. Babs Cesay has been cast in the lead role of Wenda.",
		want: []string{"cast|Sidney Chance|Alien Shore||"},
	},
	{
		name: "the film, which reunites A and B: the show's cast; X has a small role as the mayor: cast with no character named",
		text: "Box Office: 'Iron Tidal' Sinks Competition\n\nUniversal's action sequel Iron Tidal topped the box office this weekend.\n\nThe film, which reunites Dwayne Harlan and Mia Castellan, earned an A- CinemaScore. Sten Ohlander has a small role as the mayor.",
		want: []string{"cast|Dwayne Harlan|Iron Tidal||", "cast|Mia Castellan|Iron Tidal||", "cast|Sten Ohlander|Iron Tidal||"},
	},
}
