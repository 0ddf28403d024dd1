package extract

// romanceCueConstructions are TestConstructions' cases for the crew and cast
// cues of French, Italian, Portuguese and Spanish news that romancecues.go
// makes from each language's function words.
var romanceCueConstructions = []construction{
	{
		name: `pt: crew labels "Realização e argumento: A", "Realização: B", "Argumento: C" over "Elenco:"`,
		text: "A nova série “Maré Alta” estreia em setembro.\n\nRealização e argumento: Tiago Valverde\nElenco: Inês Marvão, Rui Sardoal, entre outros\n\nA série “Rio Baixo” estreia em outubro.\n\nRealização: Joana Pestelo\nArgumento: Luís Carrancho",
		want: []string{"crew|Tiago Valverde|Maré Alta||director", "cast|Inês Marvão|Maré Alta||", "cast|Rui Sardoal|Maré Alta||",
			"crew|Joana Pestelo|Rio Baixo||director", "crew|Luís Carrancho|Rio Baixo||writer"},
	},
	{
		name: `fr and it crew labels: "Réalisation et scénario : A", "Regia e sceneggiatura: B"`,
		text: "La série « Les Brumes » arrive en mai sur France 2.\n\nRéalisation et scénario : Paul Morlaix",
		want: []string{"crew|Paul Morlaix|Les Brumes||director"},
	},
	{
		name: `it: "Regia e sceneggiatura: A"`,
		text: "La fiction «Il faro» arriva su Rai 1.\n\nRegia e sceneggiatura: Ettore Spadafosca",
		want: []string{"crew|Ettore Spadafosca|Il faro||director"},
	},
	{
		name: `pt: "o argumento é assinado por A e B", "a realização é de C"`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nO argumento é assinado por Tiago Valverde e Inês Marvão. A realização é de Rui Sardoal.",
		want: []string{"crew|Tiago Valverde|Maré Alta||writer", "crew|Inês Marvão|Maré Alta||writer", "crew|Rui Sardoal|Maré Alta||director"},
	},
	{
		name: `fr: "la mise en scène est signée par A"; it: "il soggetto è di B"`,
		text: "La série « Les Brumes » arrive en mai sur France 2.\n\nLa mise en scène est signée par Paul Morlaix.",
		want: []string{"crew|Paul Morlaix|Les Brumes||director"},
	},
	{
		name: `it: "il soggetto è di A", "Tra i principali interpreti troviamo B e C"`,
		text: "La fiction «Il faro» arriva su Rai 1.\n\nIl soggetto è di Ettore Spadafosca. Tra i principali interpreti troviamo Nives Calandri e Mirta Bellagamba.",
		want: []string{"crew|Ettore Spadafosca|Il faro||writer", "cast|Nives Calandri|Il faro||", "cast|Mirta Bellagamba|Il faro||"},
	},
	{
		name: `it: "Nel cast A e B", no verb, the show no "Nel"`,
		text: "La fiction «Il faro» arriva su Rai 1.\n\nNel cast Nives Calandri e Mirta Bellagamba.",
		want: []string{"cast|Nives Calandri|Il faro||", "cast|Mirta Bellagamba|Il faro||"},
	},
	{
		name: `fr: "Parmi les comédiens figurent A et B"; pt: "acompanhados por C e D"`,
		text: "La série « Les Brumes » arrive en mai sur France 2.\n\nParmi les comédiens figurent Inès Joubertin et Aurélie Castanet.",
		want: []string{"cast|Inès Joubertin|Les Brumes||", "cast|Aurélie Castanet|Les Brumes||"},
	},
	{
		name: `pt: "protagonizada por A e B, acompanhados por C e D nos principais papéis"`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nA novela é protagonizada por Tiago Valverde e Inês Marvão, acompanhados por Rui Sardoal e Joana Pestelo nos principais papéis.",
		want: []string{"cast|Tiago Valverde|Maré Alta||", "cast|Inês Marvão|Maré Alta||", "cast|Rui Sardoal|Maré Alta||", "cast|Joana Pestelo|Maré Alta||"},
	},
	{
		name: `pt: "as personagens criadas por A": "created by", no character`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nConheça as personagens criadas por Tiago Valverde.",
		want: []string{"crew|Tiago Valverde|Maré Alta||creator"},
	},
	{
		name: `pt: "realizado por A", "com argumento de B", "tem realização de C", "escrito e realizado por D"`,
		text: "O filme “Maré Alta” estreia hoje.\n\nO filme, realizado por Tiago Valverde, com argumento de Inês Marvão, estreia hoje. O filme “Rio Baixo” tem realização de Rui Sardoal.",
		want: []string{"crew|Tiago Valverde|Maré Alta||director", "crew|Inês Marvão|Maré Alta||writer", "crew|Rui Sardoal|Rio Baixo||director"},
	},
	{
		name: `source author: "inspirada no livro homônimo de A", "adaptée du livre de B", "ispirata al romanzo di C"`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nA novela é inspirada no livro homônimo de Tiago Valverde.",
		want: []string{"crew|Tiago Valverde|Maré Alta||original author"},
	},
	{
		name: `fr source author: "adaptée du livre de A"`,
		text: "La série « Les Brumes » arrive en mai sur France 2.\n\nLa série est adaptée du livre de Paul Morlaix.",
		want: []string{"crew|Paul Morlaix|Les Brumes||original author"},
	},
	{
		name: `it source author: "ispirata al romanzo di A"`,
		text: "La fiction «Il faro» arriva su Rai 1.\n\nLa serie è ispirata al romanzo di Ettore Spadafosca.",
		want: []string{"crew|Ettore Spadafosca|Il faro||original author"},
	},
	{
		name: `not a source's author: "inspirada no livro de receitas da avó" (no capitalized word after "de")`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nA novela é inspirada no livro de receitas da avó.",
		want: nil,
	},
	{
		name: `a headline's title in guillemets: "« T » : A rejoint le casting", "«T», B entra nel cast"`,
		text: "« Les Brumes » : Paul Morlaix rejoint le casting\n\nLa série arrive en mai.",
		want: []string{"cast|Paul Morlaix|Les Brumes||"},
	},
	{
		name: `it headline: "«T», A entra nel cast"`,
		text: "«Il faro», Nives Calandri entra nel cast\n\nLa serie arriva su Rai 1.",
		want: []string{"cast|Nives Calandri|Il faro||"},
	},
	{
		name: `not a title: a headline's words in guillemets after the credit, "A rejoint le casting, « un rêve »"`,
		text: "Paul Morlaix rejoint le casting, « un rêve »\n\nLa série arrive en mai.",
		want: nil,
	},
	{
		name: `not a credit: "a realização é de grande qualidade", "a direção de Arte é muito boa", "Direção de Fotografia: A" (no director)`,
		text: "A novela “Maré Alta” estreia em setembro.\n\nA realização é de grande qualidade. A direção de Arte é muito boa. O argumento é assinado por uma equipa jovem.\n\nDireção de Fotografia: Rui Sardoal",
		want: nil,
	},
}

func init() {
	constructions = append(constructions, romanceCueConstructions...)
}
