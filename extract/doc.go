// Package extract turns entertainment news articles into credits: article
// text in, []graph.Fact out, in the JSON Lines form of the facts contract.
//
// It owns three steps. Reading: Parse and ReadFile take plain text (with an
// optional "Date: 2025-07-23" line at its top: date.go) or a saved HTML
// page, whose body and publication date they find with an HTML parser (a
// title set in italics, <i>, <em> or <cite>, is put in curly quotes, as
// other outlets print titles: html.go). Text
// is UTF-8, or UTF-16 with a byte order mark, or in a character set declared
// for it; anything else is refused with where its first bad byte is
// (decode.go). Extracting: Extract reads the article sentence by sentence
// and applies rules for the constructions that news copy uses to credit people ("Name (Show)", "X as Character",
// "starring X and Y", "directed by X", "based on X's novel", ...). Writing facts
// as JSON Lines is package jsonl's.
//
// Extracting runs in stages, a file each:
//
//  1. segmentation (text.go): paragraphs, headings, one-credit-a-line list
//     lines, sentences, tokens;
//  2. mentions: people and characters (people.go, with the words people's
//     names start with in names.txt, made from the shared credit datasets by
//     internal/gennames), titles (titles.go), and the trade vocabulary
//     (words.go);
//  3. relations between mentions, one file per family of constructions:
//     lists.go, brackets.go, roles.go, crew.go, filmography.go;
//  4. the article as a whole (subject.go): the show it is about and the show
//     of each sentence; surnames resolved to the full name (people.go);
//  5. facts (facts.go): a credit read twice kept once, open kinds settled,
//     each with its evidence and a confidence (extract.go's rules table:
//     the confidence of each family, lowered for guessed shows and unknown
//     names). Options.MinConfidence drops the weak ones.
//
// The constructions read are:
//
//   - brackets after a name: "Name (Show)", "Name (Show Season 2)", "Name
//     (Show, Show2)", "Name (live-action Show's Character)", told from
//     "Character (Actor)" and, for returning cast, "Actor (Character)";
//     "Show (starring X and Y)";
//   - roles: "X as C", "X plays / portrays / voices / stars as C", "X will
//     play the role of C", "C, played by X", "X's performance as C",
//     "X and Y will play A and B, respectively", "replacing Z";
//   - cast lists: "starring X and Y", "T stars X, Y and Z", "the cast
//     includes", "X has joined the cast of T", "X will return", "returning
//     are", "newcomer X", "Andor star X", "X, who starred in T";
//   - crew: "directed / written / created / produced by X", "writer X",
//     "Co-directors X and Y", "T director X", "X is directing", "X will be
//     the series director", "X is a co-executive producer", "executive
//     production credit goes to X", "X is an
//     executive producer", "X serves as showrunner", "X, the creator of T",
//     "X wrote the scripts for T", "X's drama T", "X worked with Y on T",
//     "X, whose credits include T", "X makes her directorial debut with T";
//   - source works: "based on X's novel", "the manga by X", "A and B's T
//     manga" (job "original author");
//   - credits lists, one credit a line: "A as C", "C - A (earlier roles)",
//     "A — ADR Director", with or without bullets; earlier roles in a
//     bracket, "(C in “T,” C2 in “T2” and C3 in “T3”)";
//   - "Joining them are X and Y", "Executive producers include X and Y",
//     "X executive produces with Y and Z", "X will write and direct",
//     "X and Y are also part of the ensemble cast", "headlined by X (T1,
//     T2) as well as Y", "The prequel will star X, Y and Z", "played by
//     actors X, Y and Z", "Fox opening T, starring X";
//   - awards: "X won best actress for her role in T", "Best director
//     went to X for T": the category says cast or crew (awards.go);
//   - filmographies: "known for her roles on shows like T1 and T2", "X's
//     credits include T1 and T2", "has recurred on T1, T2", "who has
//     directed adaptations such as “T1,” “T2”", "known for voicing C1 in T1
//     and C2 in T2", "appeared in 'T1' (2021) and the film 'T2'" (both
//     earlier work: the article's show stays the subject); "X stars in
//     director Y's next, titled 'T'" (Y directs T; "X will play the lead in
//     director Y's next" gives X no job); "A stars as the grieving
//     father and newcomer B as his daughter, C" (a performer's noun after
//     "and" starts another actor, where "best friend and cousin C" is one
//     character); "with X and Y in the lead roles", "with X in the lead";
//     a list of titles, each entry its own show ("includes 'T1', directed
//     by A; 'T2' from director B, with C in the lead; and 'T3', written
//     and directed by D"), a sentence that opens with a title in plain
//     single quotes; "X produced the new film 'T'", "X wrote and produced
//     'T'" (each verb its job); an anime's "voice cast includes A (C1),
//     B (C2)" (the brackets hold characters, where a film's voice cast
//     news gives earlier work); "'T' starred A and B", "'T', which
//     premiered in 2022, starred A"; "The T anime is based on X's manga"
//     (T unquoted is the title, not a maker); no credit for an
//     executive's slate ("X oversaw hits such as T1 and T2", "who
//     commissioned dramas like T"); "Chef X joins as a judge" (an
//     occupation in capitals before a name is no part of it); "X's
//     character, a disgraced knight named C, leads the rebellion" (C is
//     X's character, no cast member); "joins previously announced leads A
//     and B"; "the TV anime of X's 'T' manga" (X is T's original
//     author); a nationality before a job noun is no title ("Czech
//     helmer X", "Greek scribe Y"); "X essays the role of a small-town
//     police inspector, C"; "joined by newcomers A, as a troubled
//     teenager, and B" (a list goes on past an aside on a role); "their
//     English dub cast for T" (T is the show of the lines that follow);
//     "X's performance as C earned her a nomination" (a verb of praise
//     ends the character); "will begin airing in July, starring A and
//     B" (a month or a schedule before the comma is no title);
//   - crew after "by" with a title's job noun ("co-directed by T helmer
//     X"), "novels by German writer X", "the X novel of the same name",
//     "Directing is X, alongside Y", "X's latest period drama, T";
//   - "Character (Actor)" in plot sentences, and with a surname named
//     before ("Anna (Adams)"); "Actor (Character)" pairs whose characters
//     the article names alone elsewhere;
//   - more cast: "X and Y are cast in T", "Also cast in supporting roles
//     are ...", "The cast is rounded out by ...", "... complete the cast
//     list", "will be among the cast of T", "T which starred A, B and C",
//     "are to star in BBC One's adaptation of ...", "X, of T fame", "X
//     from T", "T's X" in a list, "X, the star of the series T,",
//     "appearing alongside Y in competition title T", "the James Spader
//     vehicle T", "Shahrukh Khan-led films such as T1 and T2";
//   - more roles: after describing words ("Linda's best friend and cousin
//     C", "Bregan councillor C", "the family's children C and D
//     respectively"), before a spaced dash;
//   - more crew: "from a script by X", "scripted by the renowned ... X",
//     "the X-produced drama", "with X and Y of Z as co-producers", "The
//     Executive Producers are ...", "while cinematographer is X", "composed
//     by", composers, designers and DoPs (crew without a job), "X is
//     adapting", "T, adapted from U by X", "T will mark the directorial
//     debut of X";
//   - filmographies: "X's previous TV credits include recurring roles on
//     NET's T1 and NET's T2", "His credits include ..." (the person the
//     sentence before credited), "has been on T1, T2 and T3".
//   - more roles: "X (who plays C)", "(voice of C in the T series)", "X
//     will be C (a bull)", "X gives life to C", "the lead role of C", "the
//     role of a man named C", "the role of C went to X", "X takes on the
//     role of Mia's mother", "C, played in season one by X", "characters
//     named A and B", "A and B as antagonists", "X plays A and Y plays B",
//     a title's characters in lists ("credits include T's C and T2's C2",
//     "either as T's C or T2's C2"), Actor (Character) in a list that
//     completes the cast or is split by semicolons, Character (Surname);
//   - more cast: "X of T fame was roped in", "has cast X", "X has landed
//     the lead role", "X will take on the lead role", "X is the latest
//     addition to the cast", "X will make a cameo appearance", "the film
//     has A and B in lead roles", "X starrer T", "her performance in T",
//     "opposite Y in T", "seen in films such as T1 and T2", "starred in the
//     first season of T", "feature in episodes of the final season of T";
//   - more crew: "the show's creator, X,", "X created (developed) the
//     series", "X directed Lost" (Lost's, not the sentence's show),
//     "writer-director X", "Music is by X", "series composition by X", "X
//     is behind the camera", "the series is from A and B", "T, the new drama
//     from X", "worked with director X on T", "X, who was one of the
//     producers of T", "X is backing the film", staff lines ("Director:
//     X"), jobs after "as" ("working as ADR Engineers"), "X, director of
//     Netflix's T (2019),", "in director X's T" (X's job on T, and T the
//     performers'), "X and Y have worked together in T"; "star of Oscar
//     winner T"; "was X's T (1986)" is a maker's title, not a character;
//     counted works: "appeared in four films, including the acclaimed X
//     film T", "has directed several features, including 2012's T" (no
//     credit in the article's show), "co-starred in last year's T";
//     "his roles as C1 in T1 and C2 in T2"; "known for S.W.A.T. and T";
//     "T1 (2012), T2 (2013)" in a list; "guest star on the 4th episode of
//     “T”", "on an upcoming episode of “T”" (the sentence's show);
//     "directed by A and B, starring X" (B is no title); "X, who penned T
//     for ITV, is writing U"; a headline's surname is no show;
//     "X PD (T1, T2)"; "X is producing with A and B";
//     "cast in new dramas headed to BBC and ITV, including A and B" (no
//     show named: no credit);
//     "Birmingham-based gang drama", "London-set thriller T" (a place made
//     a describing word is no title);
//     a character's first name used alone is no person ("as Dean-Levine
//     Wilkins. Dean will play");
//     "X (who starred in T)", "X (in the short film T)"; a capitalized
//     "Back" in a title does not make the cast returning; a one-word name
//     after a performer noun ("Veteran actor Cheran", "Actor-turned-director
//     Cheran"), and such a noun is no part of the name;
//     "Respectively, they play C1, C2 and C3" (the people the sentence
//     before listed), characters listed with commas ("as C1, C2 and C3",
//     "head of the kitchen staff C2");
//     crew verbs before a title ("who also lensed T", "edited T", "scored
//     T", "scripted T");
//     a roundup heading that opens with a digit ("50m2 (Netflix)"); a
//     staff line with no full stop ("Produced by X, Directed by Y, Starring
//     A and B");
//     "as will star X, ..., and actors A, B and C"; "from film hits like
//     T1 and T2 to recent dramas like T3" (the works of the person the
//     sentence opens with, in that person's own clause); "He will soon
//     return in the drama T";
//     "the rom-com has already secured A (T1) and B (T2)"; "Dateline:
//     Starring X in the lead role, the movie titled ‘T’"; "the first series
//     starred A and B";
//     "produced by A and B of Company, along with C and D";
//     "the directorial debut of A and B"; "served as the show-runner for
//     T";
//     "X, on the other hand, has A's T1 and B's T2 in the pipeline" (also
//     "lined up", "in her kitty");
//     "as C in X's T" (the maker's title); "X played C in the film T" (no
//     credit in the article's show); "the makers roped in X";
//     a colon before a clause opener ends a title ("drama T: After A and B
//     signed on");
//     "X has signed on as a key distribution partner" (a business deal, no
//     credit);
//     "A and B have been confirmed as the leads in the drama T"; Character
//     (Surname) where only one performer has that surname; "murderer C
//     (Actor, Show)";
//     "the soap opera “T”, with A and B as protagonists" (T is the
//     sentence's show);
//     "A and B have confirmed their roles in tvN thriller T"; "X will be
//     seen in a cameo role"; "X cast in upcoming film “T”" (no verb before
//     cast);
//     a maker's possessive before a quoted title or a chart entry ("X's
//     “T”", "Ron Howard's Rush (3)");
//     "a reboot (remake, version) of T"; "writing for TV shows such as T1
//     and T2";
//     a roundup of actors under numbered headings ("3. Ana Lee"): "the T
//     actress returns", "the T star would end", "The T actor plays" name the
//     section's person (or the lead's, "opposite the T star."), with a
//     credit in T; a numbered entry "1. T (キングダム), 2019" is its section's
//     show; "X (C1/C2)", a double role, where the article names C1 again;
//     a news agency's dateline ("New Delhi, March 12 (ANI): Actor X has")
//     before the lead's person; "has started shooting for a new film
//     titled 'T'"; "'T,' which features A and B" (the comma inside the
//     quotes); "'T,' which marked the Bollywood debut of A, B and C";
//     "X will be seen in her upcoming flick 'T'"; "Apart from T, X" (no
//     person named Apart); "X, best known as C in the BBC One soap" (the
//     soap is the sentence's show); "producers Company Productions (A and
//     B), responsible for T1, and other series such as T2, T3" (A and B
//     produce the article's show and each title); "confirmed its new
//     project: T.", "a visit to rival ITV soap, T." (the article's show); "A and B, alongside C (T1) and D
//     (T2), are part of T's cast" (all four); "X is the selfish
//     businesswoman C who ..." where the paragraph goes on to "Also
//     starring"; "C arrived in Weatherfield last night, played by actor X";
//     "with her appearances in “T1” and “T2”";
//     "plays an undercover MI6 agent, C"; "Mika dela Cruz" (dela, delos,
//     dos and das are name particles); "as C1 & C2";
//     a title with its Chinese, Japanese or Korean script after it (the
//     Latin title is kept); "supported by actors A and B"; "with A and B as
//     guest stars";
//     "The filming of Netflix's ‘T,’ an upcoming series"; "the X-led
//     series" (a name joined to -led is no name or title word);
//     a roundup without headings: "The first, T1, stars A", "Also on
//     Netflix's slate is T2, directed by X", "They join the previously
//     announced T3, from Oscar-winning director Y" (each title the show of
//     what follows); "(The Secret in Their Eyes)" is one title;
//     "He is currently shooting the bowling drama T"; "X became known
//     after appearing in Y's T"; "romantic roles, such as T1 and T2";
//     "The role of a prosecutor ... will be played by X";
//     "The director of the series will be X";
//     "in the third season of X's show" (the article's show);
//     "co-creating T"; "created T1, the crime series starring X" (X in
//     T1); a list item with a colon and a capital after it is a title;
//     "X (playing C1), Y (C2) and Z (C3)" (the first bracket says what the
//     others hold);
//     "X and son Y will be voicing C1 and C2 respectively" (son, daughter,
//     wife... before a name in a list);
//     "The actor (actress, star) has been cast in T": the person the
//     sentence before opened with, or the article's lead; "Artist X";
//     "Joining the cast of T for the eighth series are A and B"; "in the
//     likes of T1, T2 and T3";
//     "X will be the voice behind C's character", "Y will give his voice
//     to C", "Z lends her voice to C" (a backtick typed for the apostrophe
//     too: "Scar`s");
//     "He was excellent on T1, T2, and T3";
//     "produced by Carnival Films Executive Chairman X, Y and Z";
//     "A, T fame B, and web series T2 fame C are three other actors who
//     will be seen in this film";
//     "A star X, B favourite Y and former C star Z will be among the cast";
//     "his first major television starring role since T";
//     a credit line with no full stop, "X (T) as a positive hotelier";
//     a title-case headline's title keeps its own article ("Cast for A
//     Silent Voice Announced");
//     "C (in year 6 at school): Actor" in a credits list;
//     "A (C1) and B (C2) will play the respective love interests";
//     "best known for playing the role of C on the American television
//     series T" (earlier work); "BBC's upcoming crime thriller series, T,
//     is based on" (the article's show); "Top English actor X";
//     a numbered roundup's "1. “T”" heading;
//     "now the live-action T has found its star" (the article's show); a
//     place is no source's author ("Japan's biggest manga hits");
//     "the Miike-directed T" (a surname of a person named in full);
//     "former T writer A and actor B" (the title stands before both);
//     "A new film, T (also known as U), opened" (the article's show, the
//     bracket its other name); "It stars well-known actors A and B";
//     "co-directed by three women – A, B and C"; "Set in 2020, the film";
//     a maker's possessive before a title with no quotes ("Stephen
//     Chbosky's The Perks of Being a Wallflower", "X's upcoming T", "X's
//     series adaptation of T"; not a name: "Meryl Streep's Miranda
//     Priestly");
//     a job noun before a name is that person's ("T director X, and a
//     reunion with Y (T2)": Y's bracket is no crew credit);
//     "X is an actor who was nominated for an Oscar for his role in T"
//     (the person the sentence opens with; "an Oscar" is no person); "by
//     the" inside a title ("Manchester by the Sea");
//     a list of names goes on past a name with a number in it ("...,
//     Carlo Gonzalez, Boy 2 Quizon, Pauline Mendoza");
//     a job noun beside names ("X, the executive producer, is departing",
//     "A and B, the series' executive producers, called it", "X,
//     executive producer for Company, said"; not "X, a producer at Y");
//     "One of the executive producers of the series is X";
//     "X, who's also helmed adaptations of T1 and T2" (who's: who has);
//     "who last directed the romance film “T”", "He then went on to
//     direct the 2015 romantic drama ‘T’ and multiple episodes of the 2014
//     Italian crime drama ‘U’" (a year among the describing words);
//     "the new series by Company, “T.”" (T the sentence's show);
//     "Prior to his T success, X was an actor. He appeared in ..." (also
//     "During", "Until", "Additionally", "Previously", ... before the
//     sentence's person);
//     an office before a character's name: "French Defense Minister C
//     (Actor)", "Deputy Director C (Actor)";
//     "The movie also features popular rappers A and B" (singers,
//     musicians, idols, hosts... before a list);
//     "known for his work on \"T1\" and \"T2,\" has been tapped" (the
//     quoted last title before a verb); "X, known for her roles in films
//     like T1 and T2" (cast, whatever else X does);
//     "based on the 1955 X novel", "T, an adaptation of novelist X' 1962
//     short novel", "The novel T, by X,"; "T, meanwhile, will be directed
//     by X" (T the sentence's show);
//     "X will co-star in the project, together with A, B (T) and C";
//     "Known for his roles in films like T1, T2, and T3, X has", "Best
//     known for her role in T, X joins" (the person after the opening
//     phrase);
//     "actor X's upcoming film T" (a performer noun before the owner: a
//     cast credit); "X is also one of the lead actors of the film", "X is
//     one of the stars of T" (an epithet before the name dropped: "Action
//     King X");
//     a roundup's heading "“T” by director X" (the section's show, and
//     its maker); "an heiress, played by actress X" (a role described,
//     not named);
//     "Penned by “T1,” “T2,” and “T3” writer X, “T” will follow ..." (the
//     quoted titles before a job noun, a comma inside the quotes; the
//     show after the opening phrase, X's too);
//     "Written by A (T1), B (T2) plays the lead role" (B opens a clause
//     of his own);
//     "directed by X of T fame" (X's T is crew work too);
//     "Written by X of T1 and T2", "helmed by director X of “T”" (a
//     one-word title unquoted may be a company: "X of Element");
//     "X, who was behind the recent Oscar contenders “T1” and “T2”";
//     "X is attached to the project as one of its producers", "as its
//     executive producer";
//     "starred as Lewis Carroll's Alice" (the author's character); a
//     genre noun alone is no title ("Movie is directed by X"); "Mainland
//     Chinese actors", "the Puerto Rican singer" (describing words);
//     "C was played by voice actress X" ("voice" a noun before a
//     performer noun, no verb);
//     "X's comeback drama in two years since tvN's “T”", "X is expected
//     to return ... for the first time in 19 years since SBS's “T”" (X's
//     earlier work; a network in lower case before its possessive);
//     "The actor was last seen on television in MBC's 2007 drama “T”",
//     "X, last seen in the 2018 Samantha film T," (a year and a name
//     before the genre noun), "X was last seen on HBO's T";
//     "His last major television role was on HBO's T", "His most recent
//     role was playing a king in the period thriller T";
//     "A and B's characters will be C1 and C2", "X's character will be
//     C";
//     "killer C (role to be portrayed by X)"; melodrama, dramedy, biopic
//     are genre nouns ("the upcoming OCN melodrama “T”"); "Korea's X" (a
//     place, no show);
//     "played by Gintama live-action actress X" (a modifier between the
//     title and the performer noun);
//     "executive produced by A and B for Company, C for Network and D"
//     (the list goes on past each company); "under the direction of X";
//     "T star X" is a cast credit even where X also produces;
//     "X will also be seen in T co-starring Y", "X also has T co-starring
//     Y on the floors" (T's cast, not the sentence's show); "the detective
//     drama A and B starring X" (one title after a singular genre noun);
//     "X is creating A and B, which will star C and D" (one title; a list
//     of titles joins two that the article names as one);
//     "X has signed on to direct Y" (crew, no casting verb); "The film
//     will star Y (T1; T2)" (the brackets are roles where the sentence
//     casts Y, though Y produces elsewhere);
//     no title or name: "(the auteur behind the upcoming biopic)",
//     "Rookie actress X", "Six half-hour episodes", "Expressing his
//     happiness", "Starring Super Junior's X" (the participle is no part
//     of the title);
//     "The cast (list, line-up) ranges from A and B to C, D and E";
//     "Others include former T reality stars, A and Teddy A." (the
//     performers, a comma, their names; a one-letter last name);
//     "his onscreen pairing with X in hit romance drama A and B" (both in
//     it; "A and B" after a singular genre noun is one title), "her
//     pairing with X for T";
//     "T writer/director X" (jobs joined by a slash, the title before the
//     first); "penned by writer and actor X"; "overseen by T showrunner X"
//     (with a crew job noun only, not "by VP Production X"); "X has
//     written the screenplay for the book";
//     "under the direction of X"; a maker's work after a possessive: "X's
//     2015 script", "X's screenplay for T", "awash in X's gorgeous, warm
//     cinematography", "X's directorial debut T" (T's, else the
//     sentence's show); "X is on board to helm" (crew, not cast), "A and
//     B of Company are on board as producers"; verbs of taking on a
//     maker's part: "A and B are in charge of the film's cinematography
//     and editing", "X will crank the camera", "Y will take care of
//     editing", "X is handling the music", "X has been brought on board
//     for the music"; "X, the writer of Telemundo's blockbuster hit T",
//     "X, screenwriter on the Golden Globe-nominated T" (not "the Judy
//     Garland biopic"); partners in a crew job: "X is co-directing with
//     Y", "X wrote in collaboration with A (T1) and B (T2)", "X
//     executive-produces alongside T director A and B" (a singular job
//     noun's title is A's only);
//     "X will also be seen in T ... Directed by A, the film is" (T is the
//     show of what follows; not in an aside "who will be seen in T");
//     "his My Best Friend's Wedding co-star X" (a possessive inside a
//     title that opens with My, The or A); "And French actor X" (a
//     conjunction is no title);
//     "X, who only appeared in the first series," (the article's show);
//     "T stars A (T1) as a rookie lawmaker who ..., and B (T2) as a
//     businesswoman" (each name before a described role);
//     "X (\"T\" short)", "X (T1, T2 television series)" (format words
//     after a title in a bracket);
//     "X, who was recently BAFTA-nominated for her role as C";
//     "the crime novel “T,” by novelist X" (a comma inside the quotes);
//     "X, who also produces the Showtime program “T”", "who directed the
//     Netflix series T";
//     "scriptwriter X"; "music director X" (the composer: no director's
//     job);
//     "The music will be done by X", "Cinematography is handled by X",
//     "the film's editing has been taken care of by X"; "under X's
//     direction";
//     "C1 and C2, two new characters who will be portrayed by A and B,
//     respectively";
//     "X, who won acting Emmys for the miniseries “T1” and “T2”", "has
//     appeared as a guest in episodes of Showtime's “T”", "did voices for
//     an episode each of “T1” and “T2”" (earlier work, as cast);
//     "Co-stars include A (T1) as C's lawyer and B (T2) as a butcher";
//     a negative contraction alone is no title ("the drama Don't you
//     know? ..." gives no credit in "Don't");
//     "web novel “T,” which boasts ..., has been turned into a 16-part
//     drama series" (T the show of what follows);
//     a job noun as a performer's trade in a cast clause ("Director X
//     has been added to the cast", "star, director Y are set to make their
//     OTT debut": no crew credit);
//     "X took the director's chair"; a plan given up gives no credit ("X
//     was initially attached to write", "with Y originally slated to
//     direct"); "the adaptation is being handled by original author X";
//     "X was hired (named, tapped) as the new showrunner" (a crew job
//     after as, no role); "X, “T” lead voice actor, is the director and
//     screenwriter of the film", "X will be the writer of T";
//     "As for T, the drama is being overseen by X" (T, named elsewhere in
//     the article, is the show of what follows);
//     "The BBC's X added: “...”" (a quote, no casting verb);
//     "The No. 1 film for the weekend is T, a Chinese film about ..." (T
//     the show of what follows, though its words are capitalized like a
//     name's);
//     "The “T” anime is based on a manga of the same name by X" (the
//     quoted title after "The" is the sentence's show);
//     "X is set to return in a new series" (other work: no return to the
//     article's show);
//     "X serves as writer and executive producer" (each job);
//     "creator-showrunner X"; "X will pen the adaptation", "X wrote the
//     first two episodes"; "X adapted the novel for the screen" (not
//     "was adapted into"); "X wrote and directed T", "X is writing and
//     directing" (the writer too); "X is the showrunner", "A and B are
//     the creators", "X is the head writer", "X was the director of
//     photography"; "X, the creator of the series, said"; "X will adapt
//     her own novel" (not "adapt to the role");
//     "X co-starred with Y in the memorable thriller T" (both in T, an
//     earlier work: not the show of the sentences after);
//     an ellipsis inside a title ("I'll Give It My All… Tomorrow");
//     "member-turned-actor X (T)", "singer-actress X (T)" (a performer
//     noun before the name: the bracket holds a title, not an actor);
//     "X will co-showrun with Y"; "X directed episodes of T", "the first
//     season of T" (T's); "X helmed the first season"; "X has written
//     for T1 and T2";
//     a job noun alone in a bracket after a name ("A (director) and B
//     (writer)", "X (executive producer)");
//     "X, author of “T1”, “T2”, among other hits" (quoted titles only);
//     "X is the author of the novel" (the show's source);
//     "He is also in pre-production on another series, T", "X is in
//     post-production on her film T" (crew, no job);
//     "supported by actors Yan An, Chen Yuxian" (a capitalized syllable
//     that is a function word ends a name in a list);
//     "X made his debut with one of the most critically acclaimed films
//     of 2017, T";
//     "X will direct and star in the film", "X will exec produce as well
//     as star in the film" (the maker acts in the show too);
//     "T is the brainchild of X"; "the latest from T director X" (X's, in
//     the sentence's show too); "X conceived (devised) the series";
//     "X, who is the writer, said" (not "X, whose mother is the
//     director");
//     "X, who also handled the scripts for the live-action of T1 and T2",
//     "X handled the music for T" (those titles);
//     "X will be making her motion picture debut." (the sentence's show,
//     as cast);
//     "Dialogues by X", "Lyrics are by X"; "X will wield the megaphone";
//     "X has composed the songs"; "X, who wrote the original webtoon,"
//     (the source's author; not "wrote the book on cooking"); "B (T2)
//     as assistant director" (a rank before the job); "X designed the
//     masks and costumes"; "inspired in the literary work ‘T’ by X";
//     "T's creator X" (T's, not the sentence's show); "X, the
//     Oscar-winning director of T" (describing words after "the"); "X
//     (creator of T)", "X (who created T)", "X (the director of T)";
//     "who co-created T with Y" (with and a full name end a title);
//     "reuniting with T creator X", "teaming up with T producer Y" (a
//     credit in the sentence's show too); "A and B are executive
//     producers", "A and B are writers on the show"; "X is a producer on
//     T" (T's); "X is handling series composition" (the writer), "X is
//     in charge of character designs", "X will handle the production
//     design"; "X's directing debut T", "X's screenwriting debut, T";
//     "X is scripting", "X is penning the film", "X co-wrote the film
//     with Y" (Y writes too); "DP X", "lyricist Y", "Choreographer Z
//     joins the team" (crew with no job; joining a team is no cast
//     clause); "T comes from the mind of X", "From the minds of A and B
//     comes", "masterminded by X" (creators); "X will EP", "X is set to
//     EP alongside Y" (producers; not "her debut EP Blue Sky"); "X
//     adapted A's novel for the screen" (not "adapted A's style"); "X
//     replaces Y as showrunner", "X will succeed Y as executive producer"
//     (both hold the job); "X, best known as the creator of T,";
//     "the cast of Season 1 included A, B and C" (a season alone is the
//     show the text is about, never a title), "Additional voices
//     included in the cast are A and B", "The supporting cast includes
//     esteemed names like A, B and more"; "Season 1 starred A, B",
//     "The first two seasons featured A, B", "The cast for Season 2
//     consisted of A, B", "Series regulars in the second season were A,
//     B"; a weekday as a surname in a
//     list of names ("Emma Myers, Joy Sunday, Naomi Ogawa"); a heading
//     of describing words and a cast noun ("English Cast") is no title;
//     "A and B will portray C", "A and B join forces to voice a
//     character called C" (each plays the one character); "A, B, and C
//     take on production duties", "A and B share directing duties"; "Y
//     in charge of mixing"; "with X as the ADR engineer" (crew, no
//     cast); "X will be the fourth showrunner on the series, following
//     A, B and C" (each held the job); "with X as script consultant";
//     companies, bodies and places are no people ("Gaumont USA will
//     produce", "produced by JK Film", "Fortune 4 Cinemas", "CJ ENM is
//     producing", "the Writers Guild of America", "India's first film";
//     not "Anto Joseph, who produced T, ... Anto Joseph Film Company");
//     "produced by Perth-raised X" (a place made a describing word);
//     "A and B star in the new version of the telenovela T"; "X embodies
//     her comedic other half, disgraced young comedy writer C" (a
//     character's trade after a play verb, no crew); "as A's wife Hong
//     Hae In" (a Korean name's last syllable in a character's name);
//     "X will return to EP", "Y will return to direct" (crew, no cast;
//     "EP", "DP" are no people); a Korean given name used alone ("Seo
//     Joon", "So Hee") is the full name the article gives ("Park Seo
//     Joon", "Han So Hee"); "C (played by Colombian actor X)"; "X is
//     confirmed for a minor part"; "X will co-star as A's wife" (a role
//     with no name); "X, director of T (2019), will helm the series" (an
//     aside of a job noun); "X (T) joins the cast, playing C" (the
//     participle's subject opens the sentence); "the lead role in “T”
//     director X's next project U" (U's, not the maker's title T); a
//     performer's possessive before the character ("X's shrewd cop C",
//     "Mitchell's Dr. C", "Borle's Friar C", "X's character"; not
//     "Kitsch's mother C", nor a producer's); "Director X has been
//     added to the cast" (cast, the job noun X's trade); "the project
//     has ‘T’ sensation X as the heroine", "which has actress X as the
//     female lead"; "a special appearance by singer and actor X"; "X
//     has become the main character in T"; "• X as Miyuki's father" (a
//     credits line, a role with no name); "X – best known for his
//     roles as C1 in T1 and C2 in T2" (a dash before the aside); "X
//     starred in the Miike-directed T"; a one-word name the article
//     credits opens a sentence ("Hyun-bin rose to stardom ..."); a work
//     a pronoun gives the person the sentence opens with, or an aside
//     describes ("X, best known for his Academy Award-nominated feature
//     T", "praised for his critically-acclaimed show T", "her hit sci-fi
//     show T", "“T”, which he directed"; crew or cast as the person's
//     other credits are); "A of Toluca Pictures and B of 1.21
//     Entertainment executive produce as well along with C of the Tee
//     and Charles Addams Foundation, D and E" (the company a person works
//     for, in a list of producers and before their verb); a band's
//     possessive before a performer is no show ("EXILE's X",
//     "Kis-My-Ft2's Y"); a name the article calls a company ("T-Series
//     is one of the ... label companies") is no person, and its
//     possessive no show; "Japanese voice actress X ... announcing that
//     she will be voicing C", "X revealed that she will be joining T"
//     (the pronoun after that is the sentence's person); "X, aka C from
//     T"; "his brother, C (X of “T.”)" (the actor, and the actor's
//     title); "X will also be seen next in the remake version of 1969
//     film T"; a credited first name alone is the one full name of the
//     article it starts ("Sonakshi" for "Sonakshi Sinha"; not a Korean
//     family name, nor a headline's run of capitals); "The new star of
//     the series “T,” X,"; a cast plan given up gives no credit ("The
//     film was earlier supposed to feature X", "originally slated to
//     star A and B"; not "originally attached to star opposite Y": Y is
//     in it); "It is also produced by a woman, X"; "X and KJR Studios
//     are bankrolling this venture" (X, past the company); Actor
//     (Character) split by semicolons keeps a character named like
//     another person ("Ester Exposito (Carla)" beside Carla Diaz) or
//     like the actor ("Omar Shana (Omar)"); "X leads the creation of
//     “T,”" (a maker: creation, production, direction; not cast); "X
//     will star in A's new series", "has been cast in B's gritty cop
//     drama" (the sentence's show, and A or B its maker; no title of
//     the maker's name); "two brothers, Daniel (Dingdong) and Miguel
//     (Dennis)" (Character (Actor) with the first word of a full name
//     the article gives, or a one-word name after a pair read so);
//     "In addition to X, A (an aside), B and C are part of the cast",
//     "Along with X, A and B star" (the list after the opening phrase is
//     the subject, and X one of them);
//     "original drama T from South Africa’s Tshedza Pictures" (a
//     possessive after "from" ends the title);
//     "X (“4 Months, 3 Weeks and 2 Days”)" (a comma inside one quoted
//     title in a bracket);
//     "T, starring A and B, and Y's film U are part of the slate" (a
//     list joined by a plain "and" ends at ", and");
//     "Other television credits in supporting roles include T1, T2 and
//     T3" (the person the paragraph, or the article's lead, speaks of;
//     roles: cast);
//     "A Millionaire’s First Love" (a possessive inside a title that
//     opens with A, before a capitalized "First" and more of the title);
//     "Academy Award-winner X is penning the screenplay. He also
//     scripted Y's T" (an award's describing words before the name that
//     opens the paragraph);
//     "the cast of Searchlight Pictures’ And, a new film" (a glue word
//     alone names no network; "The" alone is no title);
//     "overseen by Studio VP Production A and Director Development &
//     Production B" (a capitalized job noun before a department is an
//     executive's title, no crew);
//     "Senior actors A and B C essay the pivotal roles" (A starts no
//     known name: no surname shared; "Senior" a describing word);
//     "Written by Sherwood creator, James Graham," (a name in
//     apposition after the job noun);
//     "along with EP Andrew Singer", "Jason Lord is directing" (a
//     surname that is a common word after a known given name; EP before
//     a name is no part of it);
//     "In “Again!!”, X will play the role of C" (a quoted title that
//     ends in a run of marks);
//     "X was one of the original members of the Roseanne cast,
//     portraying son C" (the T cast: the sentence's show);
//     "T is bringing back X", "T welcomes back A and B";
//     a reunion's earlier works: "T will mark X's fourth collaboration
//     with ..., after T1, T2, and T3", "X will be reteaming with Y again
//     after T4 and T5" (each person in each title);
//     "Mobile Suit Gundam: The Witch from Mercury" (a subtitle after a
//     colon is no "X from T");
//     a sentence of Actor (Character) pairs whose one-word brackets
//     mostly hold names the article uses alone: every one of them a
//     character ("Itzan Escamilla (Samu)", "Omar Shana (Omar)");
//     "X's first feature directorial work since T" (X made T, the job
//     the phrase's; not a family name two people share);
//     "from a script by X, who makes her feature writing debut after
//     writing for TV shows such as T1 and T2" (a gerund after "after",
//     "before" or "while" shares its clause's subject);
//     "T1, T2 and most recently T3" (a list of titles goes on);
//     "reuniting with his T1 and T2 co-star Y" (he acted in both too);
//     "Anthony, Heidi's (Roberts) boyfriend", "a family friend of
//     Andrew’s (Cho)" (a character's possessive, then its actor's
//     surname);
//     "the father of Billy and Max, two new characters who will be
//     portrayed by A and B, respectively" (the appositive makes them
//     characters, though "Max" is a network's word);
//     "X, who recently ended a hiatus after starring in T, previously
//     appeared in U" (past the relative clause to its person);
//     "names like Editi Effiong, Mo Abudu ... Directed by Effiong" (a name
//     list's entry of two capitals is the full name of a surname used
//     alone);
//     "4:00PM Eastern (1:00PM Pacific)" (a clock time in a bracket is no
//     title);
//     "releases included Paula Patton comedy Baggage Claim (4) and
//     Joseph Gordon-Levitt comedy Don Jon (5)" (a name before a genre
//     noun, an entry of a list of releases);
//     "The Heathers star sat down for an interview" (the person the
//     article leads with; not "The Chinese star");
//     "X is awaiting the release of T", "The actor is also waiting for
//     the release of a film titled T" (X's coming work, as cast);
//     "X rose to fame after grabbing eyeballs in the 2020 k-drama T",
//     "director Y, who rose to fame with U" (the work that made the
//     person known, the kind from the person's other credits);
//     "Dingdong’s ‘Alyas Robin Hood’" (a one-word owner of a quoted
//     title, the full name the article gives);
//     "X (A Place to Call Home, Ladies in Black)" (an unquoted "in"
//     beside a plain title is part of a title, no role);
//     "X (I, Robot)" (a title that opens with "I," is one title);
//     "co-commission, Good Cop / Bad Cop, starring A and B" (a slash
//     between spaces inside a title);
//     "The sequel, 'Spiderman: Far From Home' starring X" (the quoted
//     title right before starring is the list's show);
//     "(Narancia in “T” and 9S in “NieR: Automata”)" (a character named by
//     a code of digits and capitals);
//     "(Jack Hanma in “Baki,” various voices in “Boruto”)" (a credit
//     with no character);
//   - he or she: the person an earlier sentence of the paragraph opened
//     with, or this sentence's before the pronoun; where no one opened a
//     sentence of the paragraph, the person the article's lead opened with
//     when its noun gives the same gender ("Actress X ... She can also be
//     seen in").
//   - makers, reviews and obituaries (makercues.go, headlinecues.go,
//     workcues.go, directorial.go, boardrule.go): "a new drama from T2
//     creator X" (X made the show too); "star in T, directed by X and
//     produced by Y", "won for T, directed by X", "T (1984), directed by
//     X"; "X, the star of T1, T2 and T3, has died", "X, best known as the
//     star of T"; "X won lead actor in a drama series for T", "took home",
//     "picked up", "earned" a prize; "The X directorial", "X's directorial
//     T", "T, an X directorial,"; "X has joined T as C"; "X stars opposite
//     Y Z in T"; "X has started shooting for her debut film T", "X is
//     attached to star"; "X returns in “T”"; "X has come on board for Y's
//     T"; "X, as his sister C, is excellent"; "played C1 in the T1 films
//     and the C2 in T2"; "Her films included T1 and T2"; "X was nominated
//     for best actor for T"; "The series hails from T2's X"; "X is the
//     latest to join T"; "X is superb as Barbie" (a title character); a
//     headline "T: BBC drama adds X", "Star's T: X joins cast" whose T the
//     body does not repeat, and a review's "T review: ...", "Review: T".
//   - line-ups, reunions and obituaries (isroles.go, reunions.go,
//     followups.go, titleby.go, possroles.go): "Ina Feleo is Margaux, the
//     classy wife of Anselmo" (a full name, is and a character near a
//     casting word); "A and B reunite in the drama series “T”", "After
//     their pairing in “T1,”"; "three wives portrayed by talented
//     actresses A, B, and C"; "stars already confirmed male leads A and
//     B"; "X's follow-up to T" (X made T); "T, in which she plays C";
//     "C1 is played by A, C2 by B and C3 by D"; "T1 by A, T2 by B and C";
//     "X’s (T1, T2) new project"; "Joining X's gritty cop drama are";
//     "The trio will headline T"; "as well as the ex-wife A and the
//     daughter, B"; "will see a come-back of actors such as A and B";
//     "made a small appearance on T", "had short-lived stints on T1 and
//     T2"; "X (also in T1, T2)"; "X reprises his role of protagonist C";
//     "will feature as that neighbour, C"; "C — played by X"; in a soap's
//     news, "Pat Butcher (Pam St Clement)" (character first); a review's
//     "talk show host C (Actor)"; "T star X has died" (an obituary's lead
//     names the article's show); a title-case anime headline ("T Anime
//     Reveals Additional Cast"); a heading "T – 東京喰種 [...]"; "I, Addict
//     (Disney+)"; "Parks and Recreation and Brooklyn Nine-Nine" (a list
//     joins only its last item with and); “Mr. Plankton” (an abbreviation
//     inside quotes); "Mercedes ‘Cedes’ Ignacio" and "the roguish “Dirty”
//     Den Watts" (a quoted nickname is no title); "“Gekidan EXILE”
//     member X" (a group); "Andrés de Fonollosa aka Berlin" (a particle
//     inside a character's name).
//   - roundups, slates and listicles (headings.go, inlines.go,
//     articleshow.go): "X to star in “T”" or "EXIT: X, ‘T’" heading a
//     section, a column's heading over a paragraph about other work (no
//     credit in the article's show), "Mads Mikkelsen (Denmark) in
//     Hannibal" one a line, "another teleserye, “T”, starring", "a series
//     entitled “T”", "Additional voices are A, B", "Joining them are
//     premier actors A, B", "with A and B back in the lead roles"; roles
//     after a network and genre ("as C in the long-running ITV series T",
//     "best known as C from fantasy TV series T", roletitles.go), "One of
//     his most famous roles was as C in T", "X has wrapped up the shoot of
//     his upcoming film 'T'", "has helmed dramas like ‘T1,’ ‘T2’" (earlier
//     work, not the sentence's show); and what is no credit: "Elsewhere,"
//     or "Vanity Fair" before "X, who stars as", "New York-based director",
//     "T will be directed by X" (the work is no maker), "My Next Life as a
//     Villainess" (a title's words), "Fashion model X", "Festival director
//     X"; also "X will be joined by A and B", "Joining previously announced
//     lead X are A, B", "the third collaboration between A and B after T1
//     and T2", "co-wrote the script with A and B", "Daisy May Cooper" (a
//     month as a middle name), "X, who won an Oscar for T".
//
// The corpus in testdata/corpus (real articles with hand-checked gold
// facts, sources in its SOURCES.md) measures the rules on news they were
// not written for: TestCorpus prints the scorer's table and guards its
// overall F1; scripts/score-corpus scores it with the shared scorer.
//
// The article's own show comes from its headline or first sentences
// ("Season 2 of T", "T Season 2 ...", "the drama T", "the sixth and final
// season of T", "the anime adaptation of T", "the upcoming T anime", "T, an
// ITV spy thriller", "A And B Join T Season 2", "Season 2 of ABC's drama
// series T", "Warner Bros.' remake of T", "T will mark the directorial
// debut of X", "Happy Death Day 2 is ...", "the cast of T spinoff, U",
// "Voice Cast for T Anime", "Netflix's T rounds out its cast", "X cast in
// T", "T Renewed for Season 3", "filming is underway on season two of T",
// a title-case headline's run of capitals that the body repeats),
// else from its quoted titles and the title it repeats most (not when its
// opening calls the project untitled: "the series (as yet untitled)", "the
// film's title is going to be unveiled"; a title is counted as words of its
// own, not the "V" in "TV"); a sequel's
// numbered title ("the Hocus Pocus sequel" in an article that names Hocus
// Pocus 2) and a later series' head ("The Tower II: Death Message" in an
// article that calls it The Tower) are preferred; a section heading that the next paragraph repeats, or a roundup's
// heading in capitals ("AMAZON'S HOMECOMING") or a quoted title alone on
// its line, names the show of that section; sentences about "the series"
// belong to the show last introduced; "the Baahubali prequel" is the title
// the article wrote in full ("Baahubali: Before the Beginning"); a title
// with its translation in brackets is the one the article uses more.
// "The T anime has announced" ("the voice cast for its T anime") opens with
// the article's show, and so does
// "a movie titled, T", a renewal ("T is coming back for a second season",
// "It is official: T will be back for season two", "Netflix has picked up
// T for a second season") and "X has been cast in T" in an opening sentence
// (not "Fresh from wrapping up filming on the U sequel"); "the first
// series of the crime show T" is T's own season. Some lines order the
// article and are never a title or a person (headings.go): a section
// heading ("English Cast", "Voice Cast", "Main Cast", "Crew"), a date or
// schedule line ("From Friday 25 June, the crime drama returns",
// "Premieres Monday 5 October"), a clause opened by a participle ("Titled
// T2 in Tamil, the movie"), a roster word alone ("Additional"); the
// names alone on their lines under a roster heading ("Additional
// Voices:", "Supporting") are cast. A
// roundup's entry that opens with its title on a line of its own, the
// title in its original script or its slot in brackets ("T (Fuji TV,
// Mondays 9pm)"; "Mondays 9pm" is a schedule) or a broadcast line under it
// ("Fuji TV, Monday 9:00pm, premieres October 19", "Available now on
// Netflix"), or prose or credit lines under it
// where the article has two such lines or more (numbered, "1. T", quoted,
// or with its network after a dash or comma, "T — Netflix", "T, TBS"; a
// paragraph "“T” — Fuji TV’s new drama stars X" too; not an explainer's
// "Who Is in the Cast", "Release Date", "Behind the Scenes", nor a cast
// list's group, "House Kessel", "The Villains"), governs the synopsis
// and "Other Cast:" list after it until the next entry (entries.go; a
// heading "T English Dub Cast" names T), and
// so does a paragraph that opens with a title and its run ("Fox's summer
// breakout T will in fact return for a second season", "T has been
// renewed", "In T, C (X) is a detective", "Then there is T.", "T (Netflix)
// stars X", "T sees C (X) hunt a killer", "T is about C (X)"), a title and a colon before a sentence ("T: As a child, C
// (X) witnessed") or a dash and a description ("T – a school comedy.");
// "Amazon gave T a two-season order" and a sentence that quotes
// one title and then speaks of "the show" ("In the latest 'T' saga of
// news, X will be in the final season of the show") are about T. A
// sentence whose clauses each quote a title ("X will guest on “T1” as C, Y
// will appear on “T2,” and Z will appear on “T3.”") is read a clause at a
// time (text.go), each credit in its own clause's title. A
// heading's title that a sentence writes in full keeps its full form
// ("2. T, The Enchanted" over "the drama T, The Enchanted").
// A surname used alone is the full name used elsewhere in the article (a
// Korean family name too: "Han" for "Han Suk-kyu"); one two credited people
// share is the one named last before it (sharedsurnames.go). More crew: "X's
// last directorial venture T", "who made the documentary T", "The score, by
// X,", "has tapped X to direct", "the screenplay award went to A and B".
//
// The rules know words, not names: verbs, job words, genre nouns and the
// generic category of networks and streaming services. Which shows exist is
// learnt from the article itself, and from the caller through
// Options.KnownShow (for example the shows already in the graph).
//
// The package does not load facts into a store (package loader does), nor
// fetch pages from the network.
package extract
