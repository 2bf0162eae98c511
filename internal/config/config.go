// Package config reads planpack.toml: the school's details, the term's
// dates and the choices for plans, letters, printing, style and wording.
// Built-in defaults come first, then the file; a key the program does not
// know is an error naming the key and its line, so a typo never silently
// falls back to a default.
package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"planpack/internal/diag"
)

// Config is the whole of planpack.toml.
type Config struct {
	School    School    `toml:"school"`
	Term      Term      `toml:"term"`
	Plans     Plans     `toml:"plans"`
	Letters   Letters   `toml:"letters"`
	Print     Print     `toml:"print"`
	Style     Style     `toml:"style"`
	Phrasing  Phrasing  `toml:"phrasing"`
	Templates Templates `toml:"templates"`
	Costs     Costs     `toml:"costs"`
	// History is a folder where each build appends every pupil's plan and
	// review outcome; empty turns history off.
	History string `toml:"history"`

	// Path is the file this came from ("" for built-in defaults); relative
	// paths inside it (logo, templates, history) are taken from its folder.
	Path string `toml:"-"`
}

type School struct {
	Name        string   `toml:"name"`
	Address     []string `toml:"address"`
	Phone       string   `toml:"phone"`
	Email       string   `toml:"email"`
	Logo        string   `toml:"logo"` // PNG or JPEG
	SENCo       string   `toml:"senco"`
	Headteacher string   `toml:"headteacher"`
}

type Term struct {
	Name       string    `toml:"name"`
	PlanDate   time.Time `toml:"plan_date"`
	ReviewDate time.Time `toml:"review_date"`
	LetterDate time.Time `toml:"letter_date"`
}

type Plans struct {
	DefaultType string `toml:"default_type"`
	MinTargets  int    `toml:"min_targets"`
	MaxTargets  int    `toml:"max_targets"`
}

type Letters struct {
	Template        string `toml:"template"`   // cover, review-invite, review-outcome
	Recipients      string `toml:"recipients"` // "parental-responsibility" or "all-contacts"
	CombineSiblings bool   `toml:"combine_siblings"`
	Signatory       string `toml:"signatory"`
	SignatoryRole   string `toml:"signatory_role"`
	Enclosures      string `toml:"enclosures"`
	Window          Window `toml:"window"`
}

// Window is the envelope window, in millimetres from the page's top-left.
type Window struct {
	Left   float64 `toml:"left"`
	Top    float64 `toml:"top"`
	Width  float64 `toml:"width"`
	Height float64 `toml:"height"`
}

type Print struct {
	Paper  string `toml:"paper"` // "A4" or "Letter"
	Duplex bool   `toml:"duplex"`
}

type Style struct {
	Size       float64 `toml:"size"`       // body size in points, 12 by default
	Background string  `toml:"background"` // "white" or "cream"
	LargePrint bool    `toml:"large_print"`
}

type Phrasing struct {
	// Glossary adds to (or overrides) the built-in adult → child words.
	Glossary map[string]string `toml:"glossary"`
}

// Costs prices the provision for the provision map and the cost per
// pupil. Hourly rates are matched against the Who column by the role words
// in it ("Mrs Khan (TA)" is a TA); a Who that matches no rate is "not
// costed", never free.
type Costs struct {
	Currency    string             `toml:"currency"`
	WeeksInYear int                `toml:"weeks_in_year"` // school weeks
	Threshold   float64            `toml:"threshold"`     // a pupil's notional SEN support a year
	Hourly      map[string]float64 `toml:"hourly"`        // role word → cost an hour
}

type Templates struct {
	Dir string `toml:"dir"` // a folder whose files override the built-ins
}

// PlanTypes are the plan layouts planpack ships.
var PlanTypes = []string{"iep", "ilp", "itp", "myplan", "myplanplus", "profile"}

// LetterTemplates are the letter bodies planpack ships.
var LetterTemplates = []string{"cover", "review-invite", "review-outcome"}

// Default is the configuration used when there is no planpack.toml.
func Default() *Config {
	now := time.Date(2027, time.January, 9, 0, 0, 0, 0, time.UTC)
	return &Config{
		School: School{Name: "Our School", SENCo: "The SENCo"},
		Term: Term{
			Name:       "Spring term 2027",
			PlanDate:   now,
			ReviewDate: time.Date(2027, time.March, 26, 0, 0, 0, 0, time.UTC),
			LetterDate: now,
		},
		Plans: Plans{DefaultType: "iep", MinTargets: 2, MaxTargets: 4},
		Letters: Letters{
			Template:      "cover",
			Recipients:    "parental-responsibility",
			SignatoryRole: "SENCo",
			Enclosures:    "Support plan",
			Window:        Window{Left: 20, Top: 45, Width: 90, Height: 40},
		},
		Print: Print{Paper: "A4", Duplex: true},
		Style: Style{Size: 12, Background: "white"},
		Costs: Costs{
			Currency:    "£",
			WeeksInYear: 39,
			Threshold:   6000,
			Hourly:      map[string]float64{"TA": 18, "HLTA": 21, "teacher": 42},
		},
	}
}

// Error is a problem with the config file, with its line where known.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Find returns the config to use for an input: explicit if not empty,
// else planpack.toml beside the input (or inside it, for a CSV folder),
// else built-in defaults.
func Find(explicit, input string) (*Config, error) {
	if explicit != "" {
		return Load(explicit)
	}
	dir := filepath.Dir(input)
	if st, err := os.Stat(input); err == nil && st.IsDir() {
		dir = input
	}
	p := filepath.Join(dir, "planpack.toml")
	if _, err := os.Stat(p); err == nil {
		return Load(p)
	}
	return Default(), nil
}

// Load reads a planpack.toml over the defaults and validates it.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	return Parse(path, data)
}

// Parse decodes data (named path in messages) over the defaults.
func Parse(path string, data []byte) (*Config, error) {
	c := Default()
	// A school's own rates replace the built-in ones rather than add to
	// them, so a role it leaves out is not costed at a rate it never set.
	builtInRates := c.Costs.Hourly
	c.Costs.Hourly = nil
	md, err := toml.Decode(string(data), c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: path, Line: pe.Position.Line, Msg: pe.Message}
		}
		return nil, &Error{File: path, Line: lineOfDecodeError(err), Msg: err.Error()}
	}
	if !md.IsDefined("costs", "hourly") {
		c.Costs.Hourly = builtInRates
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return nil, &Error{File: path, Line: lineOfKey(data, k), Msg: fmt.Sprintf("unknown key %q%s", k.String(), suggest(k))}
	}
	c.Path = path
	if err := c.validate(); err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	return c, nil
}

var lineRE = regexp.MustCompile(`line (\d+)`)

func lineOfDecodeError(err error) int {
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return n
	}
	return 0
}

// lineOfKey finds the line where key k is written, following [table]
// headers, so the message can point at it.
func lineOfKey(data []byte, k toml.Key) int {
	table := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			if table == strings.Join(k, ".") {
				return n
			}
			continue
		}
		name, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		full := strings.Trim(strings.TrimSpace(name), `"`)
		if table != "" {
			full = table + "." + full
		}
		if full == strings.Join(k, ".") {
			return n
		}
	}
	return 0
}

// known lists every key, for suggestions.
var known = []string{
	"school.name", "school.address", "school.phone", "school.email", "school.logo", "school.senco", "school.headteacher",
	"term.name", "term.plan_date", "term.review_date", "term.letter_date",
	"plans.default_type", "plans.min_targets", "plans.max_targets",
	"letters.template", "letters.recipients", "letters.combine_siblings", "letters.signatory", "letters.signatory_role", "letters.enclosures",
	"letters.window.left", "letters.window.top", "letters.window.width", "letters.window.height",
	"print.paper", "print.duplex",
	"style.size", "style.background", "style.large_print",
	"phrasing.glossary", "templates.dir", "history",
	"costs.currency", "costs.weeks_in_year", "costs.threshold", "costs.hourly",
}

func suggest(k toml.Key) string {
	got := strings.ToLower(k.String())
	best, bestD := "", 4
	for _, c := range known {
		if d := diag.Distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" {
		return "; see the comments in the file planpack init writes for every key"
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

func oneOf(v string, allowed []string) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}

func (c *Config) validate() error {
	var errs []string
	c.Plans.DefaultType = strings.ToLower(strings.TrimSpace(c.Plans.DefaultType))
	if !oneOf(c.Plans.DefaultType, PlanTypes) {
		errs = append(errs, fmt.Sprintf("plans.default_type %q is not one of %s", c.Plans.DefaultType, strings.Join(PlanTypes, ", ")))
	}
	if c.Plans.MinTargets < 1 || c.Plans.MaxTargets < c.Plans.MinTargets || c.Plans.MaxTargets > 10 {
		errs = append(errs, fmt.Sprintf("plans.min_targets (%d) and plans.max_targets (%d) must satisfy 1 ≤ min ≤ max ≤ 10", c.Plans.MinTargets, c.Plans.MaxTargets))
	}
	switch strings.ToLower(c.Print.Paper) {
	case "a4":
		c.Print.Paper = "A4"
	case "letter", "us letter":
		c.Print.Paper = "Letter"
	default:
		errs = append(errs, fmt.Sprintf("print.paper %q must be \"A4\" or \"Letter\"", c.Print.Paper))
	}
	if !oneOf(c.Style.Background, []string{"white", "cream"}) {
		errs = append(errs, fmt.Sprintf("style.background %q must be \"white\" or \"cream\"", c.Style.Background))
	}
	if c.Style.Size < 10 || c.Style.Size > 20 {
		errs = append(errs, fmt.Sprintf("style.size %g must be between 10 and 20 points", c.Style.Size))
	}
	if !oneOf(c.Letters.Recipients, []string{"parental-responsibility", "all-contacts"}) {
		errs = append(errs, fmt.Sprintf("letters.recipients %q must be \"parental-responsibility\" or \"all-contacts\"", c.Letters.Recipients))
	}
	w := c.Letters.Window
	if w.Width <= 0 || w.Height <= 0 || w.Left < 0 || w.Top < 0 {
		errs = append(errs, "letters.window needs a positive width and height and a non-negative left and top (millimetres)")
	}
	if c.Costs.WeeksInYear < 1 || c.Costs.WeeksInYear > 52 {
		errs = append(errs, fmt.Sprintf("costs.weeks_in_year %d must be between 1 and 52", c.Costs.WeeksInYear))
	}
	if c.Costs.Threshold < 0 {
		errs = append(errs, "costs.threshold must not be negative")
	}
	for role, rate := range c.Costs.Hourly {
		if strings.TrimSpace(role) == "" || rate <= 0 {
			errs = append(errs, fmt.Sprintf("costs.hourly %q = %g: each rate needs a role word and a cost above 0", role, rate))
		}
	}
	if c.Term.ReviewDate.Before(c.Term.PlanDate) {
		errs = append(errs, "term.review_date is before term.plan_date")
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// Resolve makes a path from the config relative to the config's folder.
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.Path == "" {
		return p
	}
	return filepath.Join(filepath.Dir(c.Path), p)
}

// BodySize is the body text size in points, after large print.
func (c *Config) BodySize() float64 {
	if c.Style.LargePrint {
		return 16
	}
	return c.Style.Size
}
