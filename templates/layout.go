package templates

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// Layout is one plan type's document: its title, the sections of the plan
// in order with their headings and fields, the prompts on the child's page
// and the headings of the review pack.
type Layout struct {
	Type     string    `toml:"-"` // the file's base name: iep, ilp, …
	File     string    `toml:"-"` // for messages
	Title    string    `toml:"title"`
	Sections []Section `toml:"section"`
	Child    Child     `toml:"child"`
	Review   Review    `toml:"review"`
}

// Section is one block of the plan.
type Section struct {
	Kind    string   `toml:"kind"`    // one of SectionKinds
	Heading string   `toml:"heading"` // printed above it; empty prints none
	Fields  []string `toml:"fields"`  // which of the kind's fields, in order
	// Text is a fixed paragraph printed under the heading (monitoring
	// arrangements, a note to parents).
	Text string `toml:"text"`
	// Labels renames fields: {success = "I will know I've done it when"}.
	Labels map[string]string `toml:"labels"`
	// Compact prints a targets section as one table, a row a target and
	// a column a field, instead of a block per target.
	Compact bool `toml:"compact"`
}

// Label is the printed name of field f in this section.
func (s Section) Label(f string) string {
	if l, ok := s.Labels[f]; ok {
		return l
	}
	return FieldLabels[f]
}

// Has reports whether the section shows field f.
func (s Section) Has(f string) bool { return slices.Contains(s.Fields, f) }

// Child holds the words on the child's own page.
type Child struct {
	Title   string `toml:"title"`   // "My Plan"
	Targets string `toml:"targets"` // "My targets"
	ICan    string `toml:"i_can"`   // "I will know I've done it when I can …"
	Who     string `toml:"who"`     // "Who is going to help me?"
	Done    string `toml:"done"`    // "Have I done it?"
}

// Review holds the review pack's headings.
type Review struct {
	Evidence    string `toml:"evidence"`     // "Evidence sheet"
	SelfReview  string `toml:"self_review"`  // "Self-review"
	ParentViews string `toml:"parent_views"` // "Parent and carer views"
	Meeting     string `toml:"meeting"`      // "Review meeting record"
}

// SectionKinds maps each kind of plan section to the fields it can show.
var SectionKinds = map[string][]string{
	"details": {"school", "plan_type", "legal_name", "preferred_name", "dob", "year", "class",
		"class_teacher", "sen_status", "need", "key_adult", "plan_date", "review_date"},
	"about":         {"strengths", "interests", "what_matters", "how_to_help"},
	"needs":         {"needs"},
	"targets":       {"area", "target", "child_target", "success", "child_success", "baseline", "builds_on", "provision", "who", "how_often", "where", "evidence", "target_date", "previous"},
	"other_support": {"other_support"},
	"views":         {"child_views", "parent_views"},
	"monitoring":    {"review_date", "key_adult"},
	"signatures":    {"senco", "parent", "pupil"},
	"last_time":     {"target", "outcome", "comment", "carry_forward"},
}

// FieldLabels are the printed names of fields, unless a section renames
// them.
var FieldLabels = map[string]string{
	"school": "School", "plan_type": "Plan", "legal_name": "Legal name", "preferred_name": "Known as",
	"dob": "Date of birth", "year": "Year", "class": "Class", "class_teacher": "Class teacher",
	"sen_status": "SEN status", "need": "Area of need", "key_adult": "Key adult",
	"plan_date": "Plan date", "review_date": "Review date",
	"strengths": "Strengths", "interests": "Interests", "what_matters": "What matters to me",
	"how_to_help": "How to help me", "needs": "Needs",
	"area": "Area", "target": "Target", "child_target": "In my words", "success": "Success criteria",
	"child_success": "I will know I've done it when", "baseline": "Starting point",
	"builds_on": "Builds on", "provision": "Provision", "who": "Who", "how_often": "How often",
	"where": "Where", "evidence": "Evidence", "target_date": "By", "previous": "Last time",
	"other_support": "Other support", "child_views": "My views", "parent_views": "Parent and carer views",
	"senco": "SENCo", "parent": "Parent or carer", "pupil": "Pupil",
	"outcome": "How it went", "comment": "Comment", "carry_forward": "Next",
}

// LayoutError is a mistake in a layout file, at a line and column.
type LayoutError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *LayoutError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

var (
	lineColRE = regexp.MustCompile(`line (\d+)(?:, column (\d+))?`)
	lastKeyRE = regexp.MustCompile(`^toml: line \d+ \(last key "([^"]+)"\):`)
)

// ParseLayout decodes and checks one layout; file names it in messages
// and its base name is the plan type.
func ParseLayout(file string, data []byte) (*Layout, error) {
	l := &Layout{File: file}
	base := path.Base(strings.ReplaceAll(file, `\`, "/"))
	l.Type = strings.TrimSuffix(base, path.Ext(base))
	md, err := toml.Decode(string(data), l)
	if err != nil {
		le := &LayoutError{File: file, Msg: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			le.Line, le.Col, le.Msg = pe.Position.Line, pe.Position.Col, pe.Message
		} else if m := lineColRE.FindStringSubmatch(err.Error()); m != nil {
			le.Line, _ = strconv.Atoi(m[1])
			le.Col, _ = strconv.Atoi(m[2])
			// A value of the wrong type: point at its key on that line.
			if k := lastKeyRE.FindStringSubmatch(err.Error()); k != nil {
				le.Msg = fmt.Sprintf("%s: %s", k[1], strings.TrimSpace(err.Error()[len(k[0]):]))
				lines := strings.Split(string(data), "\n")
				name := k[1][strings.LastIndex(k[1], ".")+1:]
				if le.Line >= 1 && le.Line <= len(lines) && le.Col == 0 {
					if c := strings.Index(lines[le.Line-1], name); c >= 0 {
						le.Col = 1 + len([]rune(lines[le.Line-1][:c]))
					}
				}
			}
		}
		return nil, le
	}
	at := locator{file: file, src: string(data)}
	for _, k := range md.Undecoded() {
		// Labels is a free-form table; its keys are checked below.
		if len(k) >= 3 && k[0] == "section" && k[len(k)-2] == "labels" {
			continue
		}
		name := k[len(k)-1]
		return nil, at.errorf(at.key(k), name, "unknown key %q", k.String())
	}
	if strings.TrimSpace(l.Title) == "" {
		return nil, &LayoutError{File: file, Line: 1, Col: 1, Msg: "the layout needs a title"}
	}
	if len(l.Sections) == 0 {
		return nil, &LayoutError{File: file, Line: 1, Col: 1, Msg: "the layout has no [[section]]"}
	}
	hasTargets := false
	for i, s := range l.Sections {
		start := at.section(i)
		allowed, ok := SectionKinds[s.Kind]
		if !ok {
			return nil, at.errorf(start, strconv.Quote(s.Kind), "unknown section kind %q; use one of %s", s.Kind, kindList())
		}
		hasTargets = hasTargets || s.Kind == "targets"
		for _, f := range s.Fields {
			if !slices.Contains(allowed, f) {
				return nil, at.errorf(start, strconv.Quote(f), "a %s section has no field %q; use one of %s", s.Kind, f, strings.Join(allowed, ", "))
			}
		}
		for f := range s.Labels {
			if !slices.Contains(allowed, f) {
				return nil, at.errorf(start, f, "a %s section has no field %q to label; use one of %s", s.Kind, f, strings.Join(allowed, ", "))
			}
		}
		if s.Compact && s.Kind != "targets" {
			return nil, at.errorf(start, "compact", "only a targets section can be compact")
		}
		if len(s.Fields) == 0 && s.Kind != "needs" && s.Kind != "other_support" && s.Kind != "monitoring" {
			return nil, at.errorf(start, "[[section]]", "the %s section lists no fields", s.Kind)
		}
	}
	if !hasTargets {
		return nil, &LayoutError{File: file, Line: 1, Col: 1, Msg: "the layout has no targets section; every plan shows its targets"}
	}
	// Prompts a school leaves out keep the built-in wording.
	c, r := &l.Child, &l.Review
	for _, p := range []struct {
		v   *string
		def string
	}{
		{&c.Title, "My Plan"}, {&c.Targets, "My targets"},
		{&c.ICan, "I will know I've done it when I can …"}, {&c.Who, "Who is going to help me?"},
		{&c.Done, "Have I done it?"},
		{&r.Evidence, "Evidence sheet"}, {&r.SelfReview, "Self-review"},
		{&r.ParentViews, "Parent and carer views"}, {&r.Meeting, "Review meeting record"},
	} {
		if strings.TrimSpace(*p.v) == "" {
			*p.v = p.def
		}
	}
	return l, nil
}

func kindList() string {
	var ks []string
	for k := range SectionKinds {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return strings.Join(ks, ", ")
}

// locator finds where in the source a key or value was written, because
// the TOML decoder reports positions only for syntax errors.
type locator struct {
	file, src string
}

// section is the byte offset of the i-th [[section]] header (0 if absent).
func (a locator) section(i int) int {
	off := 0
	for n := 0; ; n++ {
		j := strings.Index(a.src[off:], "[[section]]")
		if j < 0 {
			return 0
		}
		if n == i {
			return off + j
		}
		off += j + len("[[section]]")
	}
}

// key is the offset of the table holding key k, so that the key itself is
// searched from there.
func (a locator) key(k toml.Key) int {
	if len(k) >= 2 && k[0] == "section" {
		return 0
	}
	if len(k) >= 2 {
		if j := strings.Index(a.src, "["+strings.Join(k[:len(k)-1], ".")+"]"); j >= 0 {
			return j
		}
	}
	return 0
}

// errorf points at the first occurrence of needle at or after from.
func (a locator) errorf(from int, needle, format string, args ...any) error {
	e := &LayoutError{File: a.file, Msg: fmt.Sprintf(format, args...)}
	off := from
	if j := strings.Index(a.src[from:], needle); j >= 0 {
		off = from + j
	}
	e.Line = 1 + strings.Count(a.src[:off], "\n")
	e.Col = 1 + len([]rune(a.src[strings.LastIndex(a.src[:off], "\n")+1:off]))
	return e
}
