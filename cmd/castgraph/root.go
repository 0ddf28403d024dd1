package main

import (
	"os"
	"strings"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/buildinfo"
	"github.com/castgraph/castgraph/internal/term"
)

// globals are the flags every command takes.
type globals struct {
	logLevel  string
	logFormat string
	log       zerolog.Logger
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "castgraph",
		Short: "Which actors link these two shows? Credits from news, as a graph, over GraphQL.",
		Long: `castgraph reads entertainment news, extracts who played whom in what, keeps
every credit with the sentence it rests on, and answers questions over GraphQL:
cast, filmographies, search, the actors who link two shows, and the shortest
chain between two people or shows.

Start with:  castgraph demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			log, err := term.NewLogger(os.Stderr, g.logLevel, g.logFormat)
			g.log = log
			return err
		},
	}
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", envOr("CASTGRAPH_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env CASTGRAPH_LOG_LEVEL)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", envOr("CASTGRAPH_LOG_FORMAT", "auto"), "log format: auto (text on a terminal, JSON otherwise), text, json (env CASTGRAPH_LOG_FORMAT)")
	root.AddCommand(newLoadCmd(g), newServeCmd(g), newDemoCmd(g), newHealthcheckCmd(), newExportCmd(g), newCopyCmd(g), newExtractCmd(g), newIngestCmd(g))
	root.AddCommand(newGenCmd(g), newImportCmd(g), newBenchCmd(g), newVersionCmd(), newRetractCmd(g))
	// Without a command, the help; an unknown command is bad usage.
	root.Args = cobra.NoArgs
	root.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
	usage(root)
	root.Version = buildinfo.Line(version)
	root.SetVersionTemplate("{{.Version}}\n")
	return root
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// oneLine flattens an error into one line for the terminal.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

// usageError is a mistake in how a command was called.
// usage makes the flag and argument errors of cmd and its subcommands
// usage errors (exit status 2), as every other kind of bad input is.
func usage(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError("%v", err) })
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				return usageError("%v", err)
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		usage(sub)
	}
}

func usageError(format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, format, args...)
}
