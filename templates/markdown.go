package templates

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// BlockKind is what a block of a letter body is.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	Bullet
)

func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Bullet:
		return "bullet"
	}
	return "paragraph"
}

// Block is one paragraph, heading or list item of a letter body. Level is
// the heading level (1–6) or the list nesting depth (1 for a top-level
// item); Number is an ordered list item's number, 0 for a bullet. Lang is
// the language code of a translated template ("cy"), "" for English, so
// the words printed around the body can match it.
type Block struct {
	Kind   BlockKind
	Level  int
	Number int
	Spans  []Span
	Lang   string
}

// Span is a run of text within a block. A "\n" in Text is a line break
// the author asked for.
type Span struct {
	Text string
	Bold bool
}

// Text is the block's words without formatting, for tests and plain text.
func (b Block) Text() string {
	var s strings.Builder
	for _, sp := range b.Spans {
		s.WriteString(sp.Text)
	}
	return s.String()
}

// ParseBody reads the Markdown subset letter templates produce: headings,
// paragraphs, bullet and numbered lists, **bold**. Italic prints as plain
// text (the house style has no italics); links print their text.
func ParseBody(src []byte) []Block {
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	var out []Block
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Heading:
				out = appendBlock(out, Block{Kind: Heading, Level: c.Level, Spans: inline(c, src)})
			case *ast.Paragraph, *ast.TextBlock:
				kind, level := Paragraph, 0
				if depth > 0 {
					kind, level = Bullet, depth
				}
				out = appendBlock(out, Block{Kind: kind, Level: level, Spans: inline(c, src)})
			case *ast.List:
				number := 0
				if c.IsOrdered() {
					number = c.Start
				}
				for item := c.FirstChild(); item != nil; item = item.NextSibling() {
					first := len(out)
					walk(item, depth+1)
					if first < len(out) {
						out[first].Number = number
						// A loose item's later paragraphs continue it.
						for i := first + 1; i < len(out) && out[i].Level == depth+1; i++ {
							out[i].Kind = Paragraph
						}
					}
					if number > 0 {
						number++
					}
				}
			case *ast.CodeBlock, *ast.FencedCodeBlock:
				var s strings.Builder
				lines := c.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					s.Write(seg.Value(src))
				}
				out = appendBlock(out, Block{Kind: Paragraph, Spans: []Span{{Text: strings.TrimRight(s.String(), "\n")}}})
			case *ast.HTMLBlock, *ast.ThematicBreak:
				// Not part of the subset; dropped rather than printed as markup.
			default:
				walk(c, depth)
			}
		}
	}
	walk(doc, 0)
	return out
}

func appendBlock(out []Block, b Block) []Block {
	if len(b.Spans) == 0 {
		return out
	}
	return append(out, b)
}

// inline flattens a block's inline content into spans, merging neighbours
// of the same weight.
func inline(n ast.Node, src []byte) []Span {
	var spans []Span
	add := func(s string, bold bool) {
		if s == "" {
			return
		}
		if k := len(spans) - 1; k >= 0 && spans[k].Bold == bold {
			spans[k].Text += s
			return
		}
		spans = append(spans, Span{Text: s, Bold: bold})
	}
	var walk func(n ast.Node, bold bool)
	walk = func(n ast.Node, bold bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				v := c.Segment.Value(src)
				if !c.IsRaw() {
					v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
				}
				add(string(v), bold)
				switch {
				case c.HardLineBreak():
					add("\n", bold)
				case c.SoftLineBreak():
					add(" ", bold)
				}
			case *ast.String:
				add(string(c.Value), bold)
			case *ast.Emphasis:
				walk(c, bold || c.Level >= 2)
			case *ast.AutoLink:
				add(string(c.URL(src)), bold)
			case *ast.RawHTML:
				// Markup is not printed.
			default:
				walk(c, bold)
			}
		}
	}
	walk(n, false)
	if k := len(spans) - 1; k >= 0 {
		spans[k].Text = strings.TrimRight(spans[k].Text, " \n")
		if spans[k].Text == "" {
			spans = spans[:k]
		}
	}
	return spans
}
