package tfsource

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/iacvet/iacvet/model"
)

// ignoreDirective is the comment prefix of an inline suppression.
const ignoreDirective = "iacvet:ignore"

// fileComments holds the inline suppressions of one file.
type fileComments struct {
	ignores     []ignoreComment
	commentOnly map[int]bool // lines holding nothing but a comment
}

type ignoreComment struct {
	line   int
	rules  []string
	reason string
	pos    model.Position
}

// scanComments lexes a file for `# iacvet:ignore RULE reason` comments (also
// `//`). Comments without a rule id or without a reason are reported.
func (s *scanner) scanComments(src []byte, display string) *fileComments {
	fc := &fileComments{commentOnly: map[int]bool{}}
	tokens, _ := hclsyntax.LexConfig(src, display, hcl.InitialPos)
	lastCodeLine := 0
	for _, tok := range tokens {
		switch tok.Type {
		case hclsyntax.TokenNewline, hclsyntax.TokenEOF:
			continue
		case hclsyntax.TokenComment:
		default:
			lastCodeLine = tok.Range.End.Line
			continue
		}
		line := tok.Range.Start.Line
		text := string(tok.Bytes)
		if !strings.HasPrefix(text, "/*") && lastCodeLine != line {
			fc.commentOnly[line] = true
		}
		body := strings.TrimSpace(text)
		switch {
		case strings.HasPrefix(body, "#"):
			body = body[1:]
		case strings.HasPrefix(body, "//"):
			body = body[2:]
		default:
			continue // block comments do not carry directives
		}
		body = strings.TrimSpace(body)
		if !strings.HasPrefix(body, ignoreDirective) {
			continue
		}
		rest := body[len(ignoreDirective):]
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != ':' {
			continue // some other word starting with the directive
		}
		rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
		pos := hclPos(tok.Range.Start, display)
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			s.diags.Warnf(pos, "%s without a rule id is ignored", ignoreDirective)
			continue
		}
		var rules []string
		for _, id := range strings.Split(fields[0], ",") {
			if id = strings.TrimSpace(id); id != "" {
				rules = append(rules, id)
			}
		}
		reason := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest[strings.Index(rest, fields[0])+len(fields[0]):]), "--"))
		if reason == "" {
			s.diags.Warnf(pos, "%s %s has no reason; a reason is expected after the rule id", ignoreDirective, fields[0])
		}
		fc.ignores = append(fc.ignores, ignoreComment{line: line, rules: rules, reason: reason, pos: pos})
	}
	return fc
}

// suppressionsFor returns the suppressions declared for a block spanning
// lines start..end of a file: comments inside the block and comments in the
// run of comment-only lines directly above it.
func (m *moduleConfig) suppressionsFor(file string, start, end int) []model.Suppression {
	fc := m.ignores[file]
	if fc == nil {
		return nil
	}
	top := start
	for fc.commentOnly[top-1] {
		top--
	}
	var out []model.Suppression
	for _, ic := range fc.ignores {
		if ic.line < top || ic.line > end {
			continue
		}
		for _, id := range ic.rules {
			pos := ic.pos
			out = append(out, model.Suppression{RuleID: id, Kind: model.SuppressionInSource, Justification: ic.reason, Position: &pos})
		}
	}
	return out
}
