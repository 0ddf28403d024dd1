package extract

// Words before a person's name that say what the person is, read past
// before the name: "veteran actor X", "Oscar winner Y", "Golden Globe
// nominee Z".

// prizeNames are the words of prizes that come before "winner" or
// "nominee": "Oscar winner X", "Golden Globe nominee Y", "Academy Award
// winner Z".
var prizeNames = set(`oscar oscars emmy emmys bafta baftas grammy grammys golden globe globes academy award awards tony tonys
	cannes palme d'or sag filmfare césar cesar goya olivier pulitzer booker nobel`)

// pastPrizeHolder is where the name after a prize's winner or nominee at k
// starts: "Oscar nominee X", "Golden Globe winner Y"; k where none stands.
func (x *extractor) pastPrizeHolder(k int) int {
	m := k
	for m < k+3 && x.tok(m).cap && prizeNames[x.tok(m).low] {
		m++
	}
	if m == k {
		return k
	}
	switch x.tok(m).low {
	case "winner", "nominee", "laureate", "recipient", "winners", "nominees":
		if !x.tok(m).cap && x.tok(m+1).cap {
			return m + 1
		}
	}
	return k
}

// pastPerformerWords is where the words before i that say what a person is
// start: "veteran actor" in "with veteran actor X"; i where there are none.
func (x *extractor) pastPerformerWords(i int) int {
	m := i
	for n := 0; n < 3 && m > 0; n++ {
		p := x.tok(m - 1)
		if p.kind != tWord || p.cap || !(p.has(cCastNouns) && p.low != "stars" && p.low != "cast" || p.has(cDescribeWord)) { // cDescribeWord: describeWords
			break
		}
		m--
	}
	return m
}
