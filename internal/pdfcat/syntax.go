package pdfcat

import (
	"bytes"
	"fmt"
	"strconv"
)

// The PDF object syntax (ISO 32000-1, 7.2 and 7.3), as far as the objects
// fpdf writes use it: numbers, names, literal and hexadecimal strings,
// arrays, dictionaries, references, booleans, null and comments. Content
// streams are never parsed: they refer to resources by name, never to
// objects, so they are copied byte for byte.

type kind uint8

const (
	kNumber kind = iota
	kName
	kString
	kBool
	kNull
	kRef
	kArray
	kDict
)

// node is a parsed value: its kind, the bytes it spans in the buffer it
// was parsed from, and what a copy needs of it.
type node struct {
	kind       kind
	start, end int
	n          int64 // an integer's value, a reference's object number
	integer    bool  // a number without a fraction
	kids       []node
}

// maxDepth bounds how deeply arrays and dictionaries may nest: fpdf nests
// three deep, and a bound keeps a hostile file from exhausting the stack.
const maxDepth = 64

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// lexer reads tokens from b starting at pos.
type lexer struct {
	b   []byte
	pos int
}

func (lx *lexer) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: at byte %d: %s", ErrFormat, lx.pos, fmt.Sprintf(format, args...))
}

// skip passes white space and comments.
func (lx *lexer) skip() {
	for lx.pos < len(lx.b) {
		c := lx.b[lx.pos]
		switch {
		case isSpace(c):
			lx.pos++
		case c == '%':
			for lx.pos < len(lx.b) && lx.b[lx.pos] != '\n' && lx.b[lx.pos] != '\r' {
				lx.pos++
			}
		default:
			return
		}
	}
}

// word returns the run of regular characters at pos (a number or a
// keyword) and moves past it.
func (lx *lexer) word() []byte {
	start := lx.pos
	for lx.pos < len(lx.b) && isRegular(lx.b[lx.pos]) {
		lx.pos++
	}
	return lx.b[start:lx.pos]
}

// keyword reads the keyword want, which must stand on its own.
func (lx *lexer) keyword(want string) error {
	lx.skip()
	at := lx.pos
	if w := lx.word(); string(w) != want {
		lx.pos = at
		return lx.errorf("want %q, found %q", want, clip(w))
	}
	return nil
}

// unsigned reads a non-negative integer.
func (lx *lexer) unsigned() (int64, error) {
	lx.skip()
	at := lx.pos
	w := lx.word()
	n, ok := parseUnsigned(w)
	if !ok {
		lx.pos = at
		return 0, lx.errorf("want a whole number, found %q", clip(w))
	}
	return n, nil
}

// parseUnsigned reads decimal digits only, no sign, no larger than an
// object number or offset can sensibly be.
func parseUnsigned(w []byte) (int64, bool) {
	if len(w) == 0 || len(w) > 12 {
		return 0, false
	}
	var n int64
	for _, c := range w {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

func clip(b []byte) []byte {
	if len(b) > 20 {
		return b[:20]
	}
	return b
}

// value parses one value at pos.
func (lx *lexer) value(depth int) (node, error) {
	if depth > maxDepth {
		return node{}, lx.errorf("arrays and dictionaries nested too deeply")
	}
	lx.skip()
	if lx.pos >= len(lx.b) {
		return node{}, lx.errorf("file ends where a value should be")
	}
	start := lx.pos
	switch c := lx.b[lx.pos]; {
	case c == '(':
		return lx.literal()
	case c == '<' && lx.pos+1 < len(lx.b) && lx.b[lx.pos+1] == '<':
		return lx.dict(depth)
	case c == '<':
		return lx.hexString()
	case c == '[':
		lx.pos++
		v := node{kind: kArray, start: start}
		for {
			lx.skip()
			if lx.pos < len(lx.b) && lx.b[lx.pos] == ']' {
				lx.pos++
				v.end = lx.pos
				return v, nil
			}
			k, err := lx.value(depth + 1)
			if err != nil {
				return node{}, err
			}
			v.kids = append(v.kids, k)
		}
	case c == '/':
		return lx.name()
	case isRegular(c):
		return lx.word0(start)
	}
	return node{}, lx.errorf("unexpected %q", lx.b[lx.pos])
}

// word0 parses a number, a reference, or one of the keywords a value
// may be.
func (lx *lexer) word0(start int) (node, error) {
	w := lx.word()
	switch string(w) {
	case "true", "false":
		return node{kind: kBool, start: start, end: lx.pos}, nil
	case "null":
		return node{kind: kNull, start: start, end: lx.pos}, nil
	}
	v, ok := number(w)
	if !ok {
		lx.pos = start
		return node{}, lx.errorf("not a value: %q", clip(w))
	}
	v.start, v.end = start, lx.pos
	if !v.integer || v.n < 0 || w[0] == '+' {
		return v, nil
	}
	// "N G R" is a reference; anything else leaves the number alone.
	after := lx.pos
	lx.skip()
	gen, ok := parseUnsigned(lx.word())
	if ok {
		lx.skip()
		rAt := lx.pos
		if string(lx.word()) == "R" {
			if gen != 0 {
				lx.pos = rAt
				return node{}, lx.errorf("reference to %d %d R: only generation 0 is written by fpdf", v.n, gen)
			}
			return node{kind: kRef, start: start, end: lx.pos, n: v.n}, nil
		}
	}
	lx.pos = after
	return v, nil
}

// number parses an integer or a real as PDF writes them: an optional
// sign, digits, and at most one point, with at least one digit.
func number(w []byte) (node, bool) {
	s := w
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	digits, points := 0, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return node{}, false
		}
	}
	if digits == 0 || points > 1 {
		return node{}, false
	}
	v := node{kind: kNumber, integer: points == 0}
	if v.integer {
		n, err := strconv.ParseInt(string(w), 10, 64)
		if err != nil {
			return node{}, false
		}
		v.n = n
	}
	return v, true
}

// literal parses a string in parentheses: parentheses inside nest, and a
// backslash escapes the character after it.
func (lx *lexer) literal() (node, error) {
	start := lx.pos
	depth := 0
	for ; lx.pos < len(lx.b); lx.pos++ {
		switch lx.b[lx.pos] {
		case '\\':
			lx.pos++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				lx.pos++
				return node{kind: kString, start: start, end: lx.pos}, nil
			}
		}
	}
	lx.pos = start
	return node{}, lx.errorf("string never closed")
}

func (lx *lexer) hexString() (node, error) {
	start := lx.pos
	for lx.pos++; lx.pos < len(lx.b); lx.pos++ {
		c := lx.b[lx.pos]
		if c == '>' {
			lx.pos++
			return node{kind: kString, start: start, end: lx.pos}, nil
		}
		if !isHex(c) && !isSpace(c) {
			return node{}, lx.errorf("%q in a hexadecimal string", c)
		}
	}
	lx.pos = start
	return node{}, lx.errorf("hexadecimal string never closed")
}

// name parses a name; a # must introduce two hexadecimal digits.
func (lx *lexer) name() (node, error) {
	start := lx.pos
	lx.pos++
	for lx.pos < len(lx.b) && isRegular(lx.b[lx.pos]) {
		if lx.b[lx.pos] == '#' {
			if lx.pos+2 >= len(lx.b) || !isHex(lx.b[lx.pos+1]) || !isHex(lx.b[lx.pos+2]) {
				return node{}, lx.errorf("bad # escape in a name")
			}
			lx.pos += 2
		}
		lx.pos++
	}
	return node{kind: kName, start: start, end: lx.pos}, nil
}

// dict parses a dictionary into kids key, value, key, value….
func (lx *lexer) dict(depth int) (node, error) {
	v := node{kind: kDict, start: lx.pos}
	lx.pos += 2
	for {
		lx.skip()
		if lx.pos+1 < len(lx.b) && lx.b[lx.pos] == '>' && lx.b[lx.pos+1] == '>' {
			lx.pos += 2
			v.end = lx.pos
			if k, twice := repeated(lx.b, v); twice {
				return node{}, lx.errorf("key /%s twice in one dictionary", k)
			}
			return v, nil
		}
		if lx.pos >= len(lx.b) || lx.b[lx.pos] != '/' {
			return node{}, lx.errorf("dictionary key is not a name")
		}
		k, err := lx.name()
		if err != nil {
			return node{}, err
		}
		val, err := lx.value(depth + 1)
		if err != nil {
			return node{}, err
		}
		v.kids = append(v.kids, k, val)
	}
}

// repeated finds a key that dictionary d has twice: which of the two
// would count is not defined, so such a file is refused.
func repeated(b []byte, d node) ([]byte, bool) {
	if len(d.kids) <= 32 {
		for i := 0; i < len(d.kids); i += 2 {
			for j := i + 2; j < len(d.kids); j += 2 {
				if bytes.Equal(nameOf(b, d.kids[i]), nameOf(b, d.kids[j])) {
					return nameOf(b, d.kids[i]), true
				}
			}
		}
		return nil, false
	}
	seen := make(map[string]bool, len(d.kids)/2)
	for i := 0; i < len(d.kids); i += 2 {
		k := nameOf(b, d.kids[i])
		if seen[string(k)] {
			return k, true
		}
		seen[string(k)] = true
	}
	return nil, false
}

// nameOf is a name's text with # escapes decoded, without the slash.
func nameOf(b []byte, k node) []byte {
	raw := b[k.start+1 : k.end]
	if bytes.IndexByte(raw, '#') < 0 {
		return raw
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			n, _ := strconv.ParseUint(string(raw[i+1:i+3]), 16, 8)
			out = append(out, byte(n))
			i += 2
			continue
		}
		out = append(out, raw[i])
	}
	return out
}

// get returns the value of key in dictionary d, parsed from b.
func get(b []byte, d node, key string) (node, bool) {
	for i := 0; i+1 < len(d.kids); i += 2 {
		if string(nameOf(b, d.kids[i])) == key {
			return d.kids[i+1], true
		}
	}
	return node{}, false
}

// refs appends every reference inside v, in the order they are written.
func refs(v node, out []node) []node {
	switch v.kind {
	case kRef:
		return append(out, v)
	case kArray, kDict:
		for _, k := range v.kids {
			out = refs(k, out)
		}
	}
	return out
}
