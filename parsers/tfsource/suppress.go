package tfsource

import (
	"bytes"
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

// scanComments finds `# iacvet:ignore RULE reason` comments (also `//`).
// Lexing whole files again would double the parse cost, so lines are
// scanned as text and a candidate inside an expression (a string, a heredoc,
// a multi-line object) is confirmed by lexing only that expression.
// Comments without a rule id or without a reason are reported.
func (s *scanner) scanComments(src []byte, display string, body *hclsyntax.Body) *fileComments {
	fc := &fileComments{commentOnly: map[int]bool{}}
	var exprs []hcl.Range // attribute expression ranges, filled on demand
	line := 0
	for off := 0; off < len(src); {
		line++
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		text := src[off:end]
		trimmed := bytes.TrimSpace(text)
		if bytes.HasPrefix(trimmed, []byte("#")) || bytes.HasPrefix(trimmed, []byte("//")) {
			fc.commentOnly[line] = true
		}
		if i := bytes.Index(text, []byte(ignoreDirective)); i >= 0 {
			if start := commentStart(text, i); start >= 0 {
				if exprs == nil {
					exprs = exprRanges(body, []hcl.Range{})
				}
				if inComment(src, off+start, exprs) {
					s.addIgnore(fc, string(text[start:]), line, start+1, display)
				}
			}
		}
		off = end + 1
	}
	return fc
}

// commentStart finds the # or // that opens a comment ending in the
// directive at text[i:], with only spaces between; -1 when there is none.
func commentStart(text []byte, i int) int {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\t') {
		j--
	}
	switch {
	case j >= 0 && text[j] == '#':
		return j
	case j >= 1 && text[j] == '/' && text[j-1] == '/':
		return j - 1
	}
	return -1
}

// inComment reports whether the comment marker at byte off really opens a
// comment: outside every expression it does; inside one, the expression is
// lexed to tell a comment from string content.
func inComment(src []byte, off int, exprs []hcl.Range) bool {
	for _, r := range exprs {
		if off < r.Start.Byte || off >= r.End.Byte || r.End.Byte > len(src) {
			continue
		}
		tokens, _ := hclsyntax.LexExpression(src[r.Start.Byte:r.End.Byte], "", hcl.Pos{Line: 1, Column: 1, Byte: 0})
		for _, tok := range tokens {
			if tok.Type == hclsyntax.TokenComment && tok.Range.Start.Byte == off-r.Start.Byte {
				return true
			}
		}
		return false
	}
	return true
}

func exprRanges(body *hclsyntax.Body, out []hcl.Range) []hcl.Range {
	if body == nil {
		return out
	}
	for _, a := range body.Attributes {
		out = append(out, a.Expr.Range())
	}
	for _, b := range body.Blocks {
		out = exprRanges(b.Body, out)
	}
	return out
}

func (s *scanner) addIgnore(fc *fileComments, text string, line, col int, display string) {
	body := strings.TrimSpace(text)
	if strings.HasPrefix(body, "#") {
		body = body[1:]
	} else {
		body = strings.TrimPrefix(body, "//")
	}
	body = strings.TrimSpace(body)
	rest := strings.TrimPrefix(body, ignoreDirective)
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != ':' {
		return // some other word starting with the directive
	}
	rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	pos := model.Position{File: display, Line: line, Column: col}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		s.diags.Warnf(pos, "%s without a rule id is ignored", ignoreDirective)
		return
	}
	var rules []string
	for _, id := range strings.Split(fields[0], ",") {
		if id = strings.TrimSpace(id); id != "" {
			rules = append(rules, id)
		}
	}
	if len(rules) == 0 {
		s.diags.Warnf(pos, "%s without a rule id is ignored", ignoreDirective)
		return
	}
	reason := strings.TrimSpace(rest[len(fields[0]):])
	reason = strings.TrimSpace(strings.TrimPrefix(reason, "--"))
	if reason == "" {
		s.diags.Warnf(pos, "%s %s has no reason; a reason is expected after the rule id", ignoreDirective, fields[0])
	}
	fc.ignores = append(fc.ignores, ignoreComment{line: line, rules: rules, reason: reason, pos: pos})
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
