package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/Masterminds/sprig/v3"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"planpack/internal/config"
	"planpack/internal/plan"
)

// Letters is every letter body, parsed: letters/<name>.md.tmpl, and
// letters/<name>.<lang>.md.tmpl for a translation.
type Letters struct {
	byFile map[string]*template.Template // "cover", "cover.cy"
	names  map[string]string             // same keys → file name in messages
}

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

// LoadLetters parses every letters/*.md.tmpl in fsys, and runs each once
// over a sample family, so a misspelt field or a forbidden function is
// reported with its file and line before any letter is written.
// fsys is normally (*Set).FS().
func LoadLetters(fsys fs.FS) (*Letters, error) {
	files, err := fs.Glob(fsys, "letters/*.md.tmpl")
	if err != nil {
		return nil, err
	}
	l := &Letters{byFile: map[string]*template.Template{}, names: map[string]string{}}
	sample := NewLetterData(config.Default(), sampleHousehold())
	var errs []error
	for _, f := range files {
		key := strings.TrimSuffix(path.Base(f), ".md.tmpl")
		display := letterDisplayName(fsys, f)
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", display, err))
			continue
		}
		t, err := template.New(display).Option("missingkey=error").Funcs(letterFuncs).Parse(string(src))
		if err != nil {
			errs = append(errs, templateError(err))
			continue
		}
		if err := t.Execute(new(bytes.Buffer), sample); err != nil {
			errs = append(errs, templateError(err))
			continue
		}
		l.byFile[key] = t
		l.names[key] = display
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(l.byFile) == 0 {
		return nil, errors.New("no letter templates found (letters/*.md.tmpl)")
	}
	return l, nil
}

// letterDisplayName names a template file as the user knows it: the path
// in the school's folder when it came from there, else templates/<name>.
func letterDisplayName(fsys fs.FS, name string) string {
	switch f := fsys.(type) {
	case overlay:
		if st, err := fs.Stat(f.top, name); err == nil && !st.IsDir() {
			return filepath.Join(f.topDir, filepath.FromSlash(name))
		}
		return "templates/" + name
	case embed.FS:
		if f == builtin {
			return "templates/" + name
		}
	}
	return name
}

// templateError drops text/template's "template: " prefix so the message
// starts with the file, line and column like a compiler's.
func templateError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	// text/template says only "function "env" not defined": say why, so a
	// school does not think its template has a typo.
	if strings.Contains(msg, "function \"") && strings.HasSuffix(msg, "not defined") {
		msg += "; letter templates can use text, list, date and maths functions, but nothing that reads the environment, files or the network, makes keys, or repeats without limit"
	}
	return errors.New(msg)
}

// Names lists the letters that can be chosen with letters.template.
func (l *Letters) Names() []string {
	var out []string
	for k := range l.byFile {
		if !strings.Contains(k, ".") {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Render runs the letter called name ("cover", "review-invite",
// "review-outcome") for a household whose home language is lang,
// choosing the translation letters/<name>.<code>.md.tmpl when there is
// one (see LanguageCode), and returns the body as blocks.
func (l *Letters) Render(name, lang string, data any) ([]Block, error) {
	key, used := name, ""
	if code := LanguageCode(lang); code != "" && code != "en" {
		if _, ok := l.byFile[name+"."+code]; ok {
			key, used = name+"."+code, code
		}
	}
	t, ok := l.byFile[key]
	if !ok {
		return nil, fmt.Errorf("no letter template %q (have %s)", name, strings.Join(l.Names(), ", "))
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, templateError(err)
	}
	blocks := ParseBody(buf.Bytes())
	for i := range blocks {
		blocks[i].Lang = used
	}
	return blocks, nil
}

// languages maps what schools write in Home Language (the name in English
// or in the language itself, the ISO 639-1 code, or the DfE census code)
// to the ISO code used in template file names.
var languages = map[string]string{
	"en": "en", "eng": "en", "english": "en",
	"cy": "cy", "wel": "cy", "cym": "cy", "welsh": "cy", "cymraeg": "cy",
	"pl": "pl", "pol": "pl", "polish": "pl", "polski": "pl",
	"ur": "ur", "urd": "ur", "urdu": "ur",
	"pa": "pa", "pnj": "pa", "panjabi": "pa", "punjabi": "pa",
	"bn": "bn", "bng": "bn", "bengali": "bn", "bangla": "bn",
	"ar": "ar", "ara": "ar", "arabic": "ar",
	"ro": "ro", "rom": "ro", "romanian": "ro", "română": "ro",
	"so": "so", "som": "so", "somali": "so",
	"pt": "pt", "por": "pt", "portuguese": "pt", "português": "pt",
	"es": "es", "spa": "es", "spanish": "es", "español": "es",
	"fr": "fr", "fre": "fr", "fra": "fr", "french": "fr", "français": "fr",
	"lt": "lt", "lit": "lt", "lithuanian": "lt",
	"tr": "tr", "tur": "tr", "turkish": "tr",
	"uk": "uk", "ukr": "uk", "ukrainian": "uk",
	"gd": "gd", "gae": "gd", "gaelic": "gd", "scottish gaelic": "gd", "gàidhlig": "gd",
	"ga": "ga", "irish": "ga", "gaeilge": "ga",
}

// LanguageCode turns a Home Language as a school writes it ("Welsh",
// "Cymraeg", "cy", "WEL", "cy-GB") into the code used in letter file names
// ("cy"). It returns "" for an empty or unrecognised language, and a
// two-letter code it does not know as itself.
func LanguageCode(lang string) string {
	s := strings.ToLower(strings.Join(strings.Fields(lang), " "))
	if c, ok := languages[s]; ok {
		return c
	}
	if base, _, ok := strings.Cut(s, "-"); ok {
		if c, ok := languages[base]; ok {
			return c
		}
	}
	if len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
		return s
	}
	return ""
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

// LetterData is what a letter template sees. Every string taken from the
// workbook or config is Markdown-escaped, so a "*" or "#" a school typed
// prints as itself.
type LetterData struct {
	School config.School
	Term   config.Term

	Pupils []LetterPupil
	// Names is the children's names for a sentence: "Sam", "Sam and Amy".
	Names string
	// Targets and KeyAdult are the first (usually only) pupil's.
	Targets  []LetterTarget
	KeyAdult string

	Recipients []string // one name a contact, "Mrs J Smith"; empty for a book-bag letter
	NameLine   string
	Salutation string

	PlanDate   string // "9 January 2027"
	ReviewDate string
	LetterDate string

	Signatory     string
	SignatoryRole string
	Enclosures    string
}

// LetterPupil is one child a letter is about; names are the preferred ones.
type LetterPupil struct {
	Name     string // "Sam"
	FullName string // "Sam Smith"
	Class    string
	KeyAdult string
	Targets  []LetterTarget
	Reviews  []LetterReview
}

// LetterTarget is a target in the child's own words.
type LetterTarget struct {
	No    int
	Area  string
	IWill string
	ICan  string
	Who   string
}

// LetterReview is last term's outcome for one target. Target and Comment
// are written as sentences: a capital first and a full stop last.
type LetterReview struct {
	No           int
	Target       string
	Outcome      string // "achieved", "partly", "not yet" or ""
	Comment      string
	CarryForward bool
}

// NewLetterData gathers what a household's letter needs. The UPN and legal
// names are left out: nothing that goes home carries them.
func NewLetterData(cfg *config.Config, h *plan.Household) LetterData {
	d := LetterData{
		School:        escapeSchool(cfg.School),
		Term:          cfg.Term,
		NameLine:      escapeMarkdown(h.NameLine),
		Salutation:    escapeMarkdown(h.Salutation),
		PlanDate:      LongDate(cfg.Term.PlanDate),
		ReviewDate:    LongDate(cfg.Term.ReviewDate),
		LetterDate:    LongDate(cfg.Term.LetterDate),
		Signatory:     escapeMarkdown(Signatory(cfg)),
		SignatoryRole: escapeMarkdown(cfg.Letters.SignatoryRole),
		Enclosures:    escapeMarkdown(cfg.Letters.Enclosures),
	}
	d.Term.Name = escapeMarkdown(d.Term.Name)
	var names []string
	for _, p := range h.Pupils {
		lp := LetterPupil{
			Name:     escapeMarkdown(p.Forename()),
			FullName: escapeMarkdown(p.Name()),
			Class:    escapeMarkdown(p.RegGroup),
			KeyAdult: escapeMarkdown(p.KeyAdult),
		}
		for _, t := range p.Targets {
			lp.Targets = append(lp.Targets, LetterTarget{
				No: t.No, Area: string(t.Area), IWill: escapeMarkdown(t.IWill),
				ICan: escapeMarkdown(t.ICan), Who: escapeMarkdown(t.Who),
			})
		}
		for _, r := range p.Reviews {
			lp.Reviews = append(lp.Reviews, LetterReview{
				No: r.TargetNo, Target: escapeMarkdown(sentence(r.Target)), Outcome: string(r.Outcome),
				Comment: escapeMarkdown(sentence(r.Comment)), CarryForward: r.CarryForward,
			})
		}
		d.Pupils = append(d.Pupils, lp)
		names = append(names, lp.Name)
	}
	d.Names = plan.JoinAnd(names)
	if len(d.Pupils) > 0 {
		d.Targets, d.KeyAdult = d.Pupils[0].Targets, d.Pupils[0].KeyAdult
	}
	for _, c := range h.Contacts {
		name := strings.TrimSpace(strings.Join(strings.Fields(c.Title+" "+c.Forename+" "+c.Surname), " "))
		d.Recipients = append(d.Recipients, escapeMarkdown(name))
	}
	return d
}

// Signatory is who signs letters: letters.signatory, else the SENCo.
func Signatory(cfg *config.Config) string {
	if s := strings.TrimSpace(cfg.Letters.Signatory); s != "" {
		return s
	}
	return strings.TrimSpace(cfg.School.SENCo)
}

func escapeSchool(s config.School) config.School {
	s.Name = escapeMarkdown(s.Name)
	s.Address = append([]string(nil), s.Address...)
	for i := range s.Address {
		s.Address[i] = escapeMarkdown(s.Address[i])
	}
	s.Phone = escapeMarkdown(s.Phone)
	s.Email = escapeMarkdown(s.Email)
	s.SENCo = escapeMarkdown(s.SENCo)
	s.Headteacher = escapeMarkdown(s.Headteacher)
	return s
}

// escapeMarkdown makes text from a spreadsheet safe to drop into a
// template: runs of white space become one space (a newline in a cell
// must not start a list), characters that mark up anywhere are
// backslash-escaped, and so is a first character that would start a
// heading, list or quote.
func escapeMarkdown(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '!':
			b.WriteByte('\\')
		case '&':
			b.WriteString("&amp;")
			continue
		case '#', '-', '+', '=', '|', '~':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." or "1)" at the start would begin a numbered list.
			if allDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sentence gives staff wording a capital letter and a closing full stop,
// so it reads as a sentence when followed by more text.
func sentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var months = map[string][12]string{
	"cy": {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"},
}

// LongDate writes a date the way a letter does, "9 January 2027"; "" for
// the zero date.
func LongDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}

// LongDateIn writes a date in a language's words when known ("9 Ionawr
// 2027" for Welsh), else in English.
func LongDateIn(lang string, t time.Time) string {
	m, ok := months[LanguageCode(lang)]
	if !ok || t.IsZero() {
		return LongDate(t)
	}
	return fmt.Sprintf("%d %s %d", t.Day(), m[t.Month()-1], t.Year())
}

// safeFuncs is the part of sprig a letter may use: text, lists, dates and
// arithmetic. Left out on purpose: anything that reads the environment,
// files or the network (env, expandenv, getHostByName, the path
// functions), makes keys, passwords or random values (which would also
// break byte-identical output, as would now and ago), and anything whose
// output grows without bound from a small input (repeat, until,
// untilStep, seq, indent, nindent).
var safeFuncs = []string{
	// strings
	"abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title", "untitle",
	"substr", "trimall", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
	"swapcase", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "contains",
	"hasPrefix", "hasSuffix", "quote", "squote", "cat", "replace", "plural", "toString",
	"split", "splitList", "splitn", "toStrings", "join", "sortAlpha",
	// defaults and logic
	"default", "empty", "coalesce", "all", "any", "compact", "ternary", "fail",
	// lists and dicts
	"list", "tuple", "first", "rest", "last", "initial", "reverse", "uniq", "without",
	"has", "slice", "concat", "append", "prepend", "dict", "get", "hasKey", "keys",
	"pick", "omit", "values", "dig",
	// dates (never the clock)
	"date", "dateInZone", "date_in_zone", "dateModify", "date_modify", "toDate",
	"duration", "htmlDate", "unixEpoch",
	// numbers
	"atoi", "int", "int64", "float64", "add1", "add", "sub", "div", "mod", "mul",
	"biggest", "max", "min", "maxf", "minf", "ceil", "floor", "round",
	"add1f", "addf", "subf", "divf", "mulf",
}

var letterFuncs = func() template.FuncMap {
	all := sprig.TxtFuncMap()
	m := template.FuncMap{}
	for _, name := range safeFuncs {
		f, ok := all[name]
		if !ok {
			panic("templates: sprig has no function " + name)
		}
		m[name] = f
	}
	m["longDate"] = LongDate
	m["longDateIn"] = LongDateIn
	m["andList"] = plan.JoinAnd
	return m
}()

// sampleHousehold is the family every letter template is tried on when
// it is loaded.
func sampleHousehold() *plan.Household {
	p := &plan.Pupil{
		ID: "0000", LegalForename: "Samuel", PreferredForename: "Sam", LegalSurname: "Sample",
		RegGroup: "3B", KeyAdult: "Mrs Patel",
		Targets: []*plan.Target{
			{No: 1, Area: plan.CognitionLearning, IWill: "I will add two numbers under 10.", ICan: "I can add two numbers under 10.", Who: "Mrs Patel"},
			{No: 2, Area: plan.SEMH, IWill: "I will ask for help when I am stuck.", ICan: "I can ask for help when I am stuck.", Who: "Mr Jones"},
		},
		Reviews: []*plan.Review{{TargetNo: 1, Target: "I will read ten words.", Outcome: plan.Achieved, Comment: "Sam read all ten."}},
	}
	c := &plan.Contact{Title: "Mrs", Forename: "Jo", Surname: "Sample", ParentalResponsibility: true, SendPost: true,
		Address: []string{"1 High Street"}, Town: "Leeds", Postcode: "LS1 1AA"}
	return &plan.Household{
		Pupils: []*plan.Pupil{p}, Contacts: []*plan.Contact{c},
		NameLine: "Mrs J Sample", Address: []string{"1 High Street", "LEEDS", "LS1 1AA"},
		Salutation: "Dear Mrs Sample",
	}
}
