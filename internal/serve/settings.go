package serve

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"planpack/internal/config"
	"planpack/internal/safefile"
)

// setting is one key of planpack.toml as the page shows it.
type setting struct {
	Key     string   `json:"key"` // "term.name"
	Label   string   `json:"label"`
	Kind    string   `json:"kind"` // text, date, choice, bool; "" read-only
	Choices []string `json:"choices,omitempty"`
	Value   string   `json:"value"` // as the form shows it
	Meaning string   `json:"meaning"`
}

type settingsView struct {
	Path     string    `json:"path"`
	Editable []setting `json:"editable"`
	Others   []setting `json:"others"`
}

// editable are the settings a school changes each term, in form order.
var editable = []setting{
	{Key: "term.name", Label: "Term name", Kind: "text"},
	{Key: "term.plan_date", Label: "Plan date", Kind: "date"},
	{Key: "term.review_date", Label: "Review date", Kind: "date"},
	{Key: "term.letter_date", Label: "Letter date", Kind: "date"},
	{Key: "letters.template", Label: "Which letter goes home", Kind: "choice", Choices: config.LetterTemplates},
	{Key: "letters.recipients", Label: "Who gets a letter", Kind: "choice", Choices: []string{"parental-responsibility", "all-contacts"}},
	{Key: "letters.combine_siblings", Label: "One letter for brothers and sisters at one address", Kind: "bool"},
	{Key: "letters.signatory", Label: "Signed by", Kind: "text"},
	{Key: "letters.signatory_role", Label: "Signatory's role", Kind: "text"},
	{Key: "letters.enclosures", Label: "Enclosures line", Kind: "text"},
}

// readOnly are the other settings, shown with their meaning; they change
// rarely and some name files, so they are edited in planpack.toml itself.
var readOnly = []string{
	"school.name", "school.address", "school.phone", "school.email", "school.logo", "school.senco", "school.headteacher",
	"plans.default_type", "plans.min_targets", "plans.max_targets",
	"letters.window.left", "letters.window.top", "letters.window.width", "letters.window.height",
	"print.paper", "print.duplex", "style.size", "style.background", "style.large_print",
	"templates.dir", "history",
}

// settings is the form for the folder's planpack.toml (the defaults when
// it has none). The caller holds s.mu.
func (s *Server) settings() *settingsView {
	cfg := s.term.cfg
	if cfg == nil {
		return nil
	}
	meanings := commentsOf(config.Starter())
	v := &settingsView{Path: filepath.Join(s.opt.Dir, "planpack.toml")}
	for _, e := range editable {
		e.Value = valueOf(cfg, e.Key)
		e.Meaning = meanings[e.Key]
		v.Editable = append(v.Editable, e)
	}
	for _, k := range readOnly {
		v.Others = append(v.Others, setting{Key: k, Label: k, Value: valueOf(cfg, k), Meaning: meanings[k]})
	}
	return v
}

// valueOf is a setting's value as the page shows it, "" for a key
// planpack.toml does not have.
func valueOf(c *config.Config, key string) string {
	v, ok := lookup(c, key)
	if !ok {
		return ""
	}
	switch x := v.Interface().(type) {
	case time.Time:
		return x.Format("2006-01-02")
	case []string:
		return strings.Join(x, ", ")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v.Interface())
}

// lookup finds the field of c that key ("letters.window.left") names by
// its toml names, the names planpack.toml and its comments use, so the
// page shows any setting without a list of its own to keep in step.
func lookup(c *config.Config, key string) (reflect.Value, bool) {
	v := reflect.ValueOf(c).Elem()
	for _, name := range strings.Split(key, ".") {
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		t, found := v.Type(), false
		for i := range t.NumField() {
			if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); tag == name {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			return reflect.Value{}, false
		}
	}
	return v, true
}

// commentsOf maps each key of a planpack.toml to the comment lines just
// above it: the starter file explains every key there, so the page shows
// the same words as the file.
func commentsOf(text []byte) map[string]string {
	out := map[string]string{}
	var comment []string
	table := ""
	sc := bufio.NewScanner(bytes.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "#"):
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		case strings.HasPrefix(line, "["):
			table = strings.Trim(line, "[] ")
			// A table's own comment (the window's) explains its keys.
			if len(comment) > 0 {
				out[table] = strings.Join(comment, " ")
			}
		default:
			if k, _, ok := strings.Cut(line, "="); ok {
				key := strings.TrimSpace(k)
				if table != "" {
					key = table + "." + key
				}
				m := strings.Join(comment, " ")
				if m == "" {
					m = out[table]
				}
				out[key] = m
			}
		}
		comment = nil
	}
	return out
}

// saveSettings writes the form's values into planpack.toml, changing only
// the values in the text so every comment and line the school wrote stays.
// The new text must load before it replaces the old.
func (s *Server) saveSettings(w http.ResponseWriter, form *map[string]string) {
	path := filepath.Join(s.opt.Dir, "planpack.toml")
	text, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		// No file yet: start from the one planpack init writes, so the
		// school gets every setting explained.
		text, err = config.Starter(), nil
	}
	if err != nil {
		fail(w, http.StatusInternalServerError, "reading %s: %v", path, err)
		return
	}
	for _, e := range editable {
		v, ok := (*form)[e.Key]
		if !ok {
			continue
		}
		lit, err := literal(e, v)
		if err == nil {
			text, err = setValue(text, e.Key, lit)
		}
		if err != nil {
			fail(w, http.StatusBadRequest, "%s: %v", e.Label, err)
			return
		}
	}
	if _, err := config.Parse(path, text); err != nil {
		fail(w, http.StatusBadRequest, "not saved: %v", err)
		return
	}
	if err := safefile.Write(path, 0o600, safefile.Options{}, func(w io.Writer) error { _, err := w.Write(text); return err }); err != nil {
		fail(w, http.StatusInternalServerError, "saving %s: %v", path, err)
		return
	}
	fmt.Fprintf(s.opt.Log, "planpack: saved the settings in %s\n", path)
	s.loadTerm()
	v := s.view()
	v.Notice = "Settings saved in planpack.toml."
	writeJSON(w, http.StatusOK, v)
}

// literal is the form value v of setting e written as TOML.
func literal(e setting, v string) (string, error) {
	v = strings.TrimSpace(v)
	switch e.Kind {
	case "date":
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", fmt.Errorf("%q is not a date; write it as 2027-01-11 (year-month-day)", v)
		}
		return d.Format("2006-01-02"), nil
	case "bool":
		if v != "true" && v != "false" {
			return "", fmt.Errorf("%q is not true or false", v)
		}
		return v, nil
	case "choice":
		for _, c := range e.Choices {
			if v == c {
				return strconv.Quote(v), nil
			}
		}
		return "", fmt.Errorf("%q is not one of %s", v, strings.Join(e.Choices, ", "))
	}
	return quote(v), nil
}

// quote writes s as a TOML basic string. Go's %q escapes are not all
// TOML's (\x, \a, \v), so each character is written here.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// setValue replaces the value of key ("table.name") in the TOML text with
// lit, keeping the line's indent and trailing comment and every other
// line as it was. A key the file does not have is added under its table's
// header (the table is added at the end when missing).
func setValue(text []byte, key, lit string) ([]byte, error) {
	dot := strings.LastIndex(key, ".")
	table, name := "", key
	if dot >= 0 {
		table, name = key[:dot], key[dot+1:]
	}
	lines := strings.SplitAfter(string(text), "\n")
	cur, header, firstTable := "", -1, -1
	for i, line := range lines {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "[") {
			if firstTable < 0 {
				firstTable = i
			}
			end := strings.Index(trim, "]")
			if end < 0 {
				continue
			}
			cur = strings.TrimSpace(strings.Trim(trim[:end+1], "[]"))
			if cur == table {
				header = i
			}
			continue
		}
		if cur != table {
			continue
		}
		k, rest, ok := strings.Cut(line, "=")
		if !ok || strings.Trim(strings.TrimSpace(k), `"`) != name || strings.HasPrefix(trim, "#") {
			continue
		}
		comment, err := trailingComment(rest)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", key, err)
		}
		nl := ""
		if strings.HasSuffix(line, "\n") {
			nl = "\n"
			if strings.HasSuffix(line, "\r\n") {
				nl = "\r\n"
			}
		}
		lines[i] = strings.TrimRight(k, " \t") + " = " + lit + comment + nl
		return []byte(strings.Join(lines, "")), nil
	}
	add := name + " = " + lit + "\n"
	switch {
	case table == "" && firstTable >= 0:
		// Top-level keys must come before the first table.
		lines = append(lines[:firstTable], append([]string{add}, lines[firstTable:]...)...)
	case table == "":
		lines = append(lines, add)
	case header >= 0:
		lines = append(lines[:header+1], append([]string{add}, lines[header+1:]...)...)
	default:
		if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1], "\n") {
			lines[n-1] += "\n"
		}
		lines = append(lines, "\n["+table+"]\n", add)
	}
	return []byte(strings.Join(lines, "")), nil
}

// trailingComment returns what follows a one-line TOML value: spaces and
// a "# comment", or "". A value over several lines is not edited here.
func trailingComment(rest string) (string, error) {
	v := strings.TrimRight(rest, "\r\n")
	i := len(v) - len(strings.TrimLeft(v, " \t"))
	if strings.HasPrefix(v[i:], `"""`) || strings.HasPrefix(v[i:], `'''`) || strings.HasPrefix(v[i:], "[") {
		return "", errors.New("the value spans several lines in planpack.toml; change it there")
	}
	if i < len(v) && (v[i] == '"' || v[i] == '\'') {
		q := v[i]
		j := i + 1
		for ; j < len(v); j++ {
			if q == '"' && v[j] == '\\' {
				j++
				continue
			}
			if v[j] == q {
				break
			}
		}
		i = j + 1
	}
	if i > len(v) {
		return "", errors.New("the value in planpack.toml has no closing quote")
	}
	h := strings.IndexByte(v[i:], '#')
	if h < 0 {
		return "", nil
	}
	// Keep the spacing before the comment as the school wrote it.
	before := v[i : i+h]
	pad := before[len(strings.TrimRight(before, " \t")):]
	if pad == "" {
		pad = " "
	}
	return pad + v[i+h:], nil
}
