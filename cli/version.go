package cli

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Version and Commit are what a release stamps into the binary:
//
//	go build -ldflags "-X github.com/iacvet/iacvet/cli.Version=v1.2.3 -X github.com/iacvet/iacvet/cli.Commit=$(git rev-parse HEAD)"
//
// Each overrides what the Go toolchain recorded in the build info: the
// module version (a tag, or a pseudo-version for a build in a checkout) and
// the VCS revision, time and modified flag.
var (
	Version = ""
	Commit  = ""
)

// build is what is known of how the binary was built.
type build struct {
	Version  string // module version; "" when unknown
	Revision string // VCS revision; "" when unknown
	Time     string // the revision's commit time (RFC 3339)
	Modified bool   // built from a working tree with uncommitted changes
}

// readBuild combines the build info (from debug.ReadBuildInfo) with the
// stamped version and commit.
func readBuild(info *debug.BuildInfo, ok bool, version, commit string) build {
	var b build
	if ok && info != nil {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			b.Version = v
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Revision = s.Value
			case "vcs.time":
				b.Time = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	if version != "" {
		b.Version = version
	}
	if commit != "" && commit != b.Revision {
		// The time and state recorded belong to another revision.
		b = build{Version: b.Version, Revision: commit}
	}
	return b
}

func currentBuild() build {
	info, ok := debug.ReadBuildInfo()
	return readBuild(info, ok, Version, Commit)
}

// Short is the version reports carry: the module version, else the short
// revision ("devel-0123456789ab"), else "dev".
func (b build) Short() string {
	switch {
	case b.Version != "":
		return b.Version
	case b.Revision != "":
		return "devel-" + b.Revision[:min(12, len(b.Revision))]
	}
	return "dev"
}

// String is what `iacvet version` prints after the name: the short version
// and, when known, the revision it was built from.
func (b build) String() string {
	if b.Revision == "" {
		return b.Short()
	}
	details := []string{"commit " + b.Revision}
	if b.Modified {
		details = append(details, "modified")
	}
	if b.Time != "" {
		details = append(details, b.Time)
	}
	return b.Short() + " (" + strings.Join(details, ", ") + ")"
}

// version returns the build's version for reports.
func version() string { return currentBuild().Short() }

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print iacvet's version and the revision it was built from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(e.stdout, "iacvet", currentBuild())
			return err
		},
	}
}
