package main

import (
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/cliflags"
)

func newExtractCmd(g *globals) *cobra.Command {
	var out string
	var minConf float64
	var in cliflags.Input
	cmd := &cobra.Command{
		Use:   "extract [--out DIR] [--date YYYY-MM-DD] [--keep-going] ARTICLE...",
		Short: "Extract credits from articles (text or HTML, files, - or URLs) as facts in JSON Lines",
		Long: `Extract the credits that articles state, as facts in JSON Lines: to standard
output, or with --out one DIR/ID.jsonl per article.

An ARTICLE is a file (NAME.txt or NAME.html, whose id is NAME), - for
standard input (its id made from its headline), or an http:// or https://
URL, fetched (see --fetch-timeout; at most 10 MB) and read as a saved page
is; its id is made from the URL. Text must be UTF-8, or UTF-16 with a byte
order mark, or HTML that declares its character set; other text is refused
with where its first bad byte is. A text article may start with a line
"Date: YYYY-MM-DD"; --date overrides any date an article gives.

An article that yields no facts is reported, and its facts file is empty.
The first article that cannot be read stops the run, unless --keep-going:
then every failure is reported at the end, and the exit status is 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if minConf < 0 || minConf > 1 {
				return usageError("--min-confidence %v: want a number between 0 and 1", minConf)
			}
			if err := in.Check(); err != nil {
				return err
			}
			srcs, err := in.Sources(args, cmd.InOrStdin(), g.log)
			if err != nil {
				return err
			}
			return ingest.Extract(cmd.Context(), srcs, cmd.OutOrStdout(), ingest.ExtractOptions{OutDir: out, MinConfidence: minConf, KeepGoing: in.KeepGoing}, g.log)
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write DIR/ID.jsonl per article instead of standard output")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "drop facts whose confidence (0 to 1, in each fact's \"confidence\") is below this")
	in.Register(cmd)
	return cmd
}
