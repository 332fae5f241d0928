package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// GitHub renders workflow commands (::error file=…,line=…::) so findings
// show as annotations on a pull request without code scanning.
type GitHub struct {
	// Verbose annotates notes about the run too (AWS lookups not made
	// offline, cache use); otherwise only diagnostics about the code are.
	Verbose bool
}

// Write implements Writer.
func (g GitHub) Write(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	rules := r.ruleByID()
	for _, f := range r.Findings {
		if f.Suppression != nil {
			continue
		}
		cmd := annotationLevel(f.Severity)
		title := f.RuleID + " " + f.Title
		msg := f.Message + provenanceNote(f)
		if f.Outcome == model.OutcomeUnknown {
			cmd = "notice"
			title = f.RuleID + " unknown until apply"
		}
		if f.Resource != "" {
			msg += " [" + f.Resource + "]"
		}
		if fix, m := fixFor(f, rules); fix != "" && f.Outcome == model.OutcomeFail {
			msg += "\nFix: " + fix + " (iacvet explain " + m.ID + ")"
		}
		writeCommand(bw, cmd, f.Location, title, msg)
	}
	for _, d := range r.Diagnostics {
		if d.Severity == model.DiagNotice && !g.Verbose && !aboutCode(d) {
			continue
		}
		cmd := "notice"
		switch d.Severity {
		case model.DiagError:
			cmd = "error"
		case model.DiagWarning:
			cmd = "warning"
		}
		writeCommand(bw, cmd, d.Position, "iacvet input", strings.TrimSpace(d.Summary+" "+d.Detail))
	}
	return bw.Flush()
}

func annotationLevel(s model.Severity) string {
	switch s {
	case model.SeverityCritical, model.SeverityHigh:
		return "error"
	case model.SeverityMedium:
		return "warning"
	}
	return "notice"
}

func writeCommand(w io.Writer, cmd string, pos model.Position, title, msg string) {
	var props []string
	if pos.File != "" {
		props = append(props, "file="+escapeProperty(pos.File))
		if pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", pos.Line))
			if pos.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", pos.Column))
			}
		}
	}
	props = append(props, "title="+escapeProperty(title))
	fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(msg))
}

// escapeData and escapeProperty follow the workflow command encoding of
// @actions/core.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
