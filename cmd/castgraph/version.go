package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/internal/buildinfo"
)

// version is castgraph's version when the build sets it
// (go build -ldflags "-X main.version=v1.2.0"); otherwise buildinfo reads
// what Go recorded of the build.
var version = ""

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print castgraph's version, source revision and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), buildinfo.Line(version))
			return err
		},
	}
}
