package extract

// revivalConstructions are TestConstructions' cases for a series' return
// named as its title then ", el regreso".
var revivalConstructions = []construction{
	{
		name: "'T, el regreso' muestra el reparto; el reparto lo integran A y B: cast in T, not in 'T, el regreso'",
		text: "'Las mareas, el regreso' muestra el reparto\n\nAntena 3 ha comenzado a rodar Las mareas, el regreso. El reparto lo integran Ana Selo y Bo Rinn.",
		want: []string{"cast|Ana Selo|Las mareas||", "cast|Bo Rinn|Las mareas||"},
	},
}
