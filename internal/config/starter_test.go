package config

import (
	"bufio"
	"bytes"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// configKeys walks Config's toml tags: every key planpack.toml can hold.
// A map (the glossary) is one key, since its entries are the school's own.
func configKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		key := prefix + tag
		if f.Type.Kind() == reflect.Struct && f.Type.String() != "time.Time" {
			keys = append(keys, configKeys(f.Type, key+".")...)
			continue
		}
		keys = append(keys, key)
	}
	return keys
}

func TestStarterParses(t *testing.T) {
	c, err := Parse("planpack.toml", Starter())
	if err != nil {
		t.Fatalf("the starter file does not load: %v", err)
	}
	d := Default()
	d.Path = c.Path
	// Empty and missing are the same setting; TOML dates carry their own
	// location, so compare them as instants.
	if len(c.School.Address) == 0 {
		c.School.Address = nil
	}
	if len(c.Phrasing.Glossary) == 0 {
		c.Phrasing.Glossary = nil
	}
	for _, p := range [][2]*time.Time{
		{&c.Term.PlanDate, &d.Term.PlanDate},
		{&c.Term.ReviewDate, &d.Term.ReviewDate},
		{&c.Term.LetterDate, &d.Term.LetterDate},
	} {
		if p[0].Equal(*p[1]) {
			*p[0] = *p[1]
		}
	}
	if !reflect.DeepEqual(c, d) {
		t.Errorf("the starter file's values differ from the defaults it documents:\n got %+v\nwant %+v", c, d)
	}
}

func TestStarterHasEveryKey(t *testing.T) {
	var m map[string]any
	md, err := toml.Decode(string(Starter()), &m)
	if err != nil {
		t.Fatal(err)
	}
	var inFile []string
	for _, k := range md.Keys() {
		s := k.String()
		// Table headers ([school]) are keys too; keep the leaves, and the
		// glossary table, which is itself the key.
		if v, ok := lookup(m, k); ok {
			if _, table := v.(map[string]any); table && s != "phrasing.glossary" && s != "costs.hourly" {
				continue
			}
		}
		// A rate table's entries are the school's own roles, like the
		// glossary's words: the table is the key.
		if strings.HasPrefix(s, "costs.hourly.") {
			continue
		}
		inFile = append(inFile, s)
	}
	sort.Strings(inFile)

	want := configKeys(reflect.TypeOf(Config{}), "")
	sort.Strings(want)
	if !slices.Equal(inFile, want) {
		t.Errorf("starter keys differ from Config's:\n file %v\n want %v", inFile, want)
	}
	sortedKnown := slices.Clone(known)
	sort.Strings(sortedKnown)
	if !slices.Equal(sortedKnown, want) {
		t.Errorf("the known-key list (for suggestions) differs from Config's:\n known %v\n want  %v", sortedKnown, want)
	}
}

func lookup(m map[string]any, k toml.Key) (any, bool) {
	var v any = m
	for _, part := range k {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = mm[part]; !ok {
			return nil, false
		}
	}
	return v, true
}

// TestStarterCommentsEveryKey checks each setting has a comment: every key
// line follows a comment line or another key of the same group.
func TestStarterCommentsEveryKey(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(Starter()))
	prev := ""
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		isKey := line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "[")
		if isKey {
			// Keys documented together share one comment (min/max targets,
			// the window's four sides).
			if !strings.HasPrefix(prev, "#") && (prev == "" || strings.HasPrefix(prev, "[")) {
				t.Errorf("line %d %q has no comment above it", n, line)
			}
		}
		prev = line
	}
}

func TestSchoolRatesReplaceTheBuiltInOnes(t *testing.T) {
	c, err := Parse("planpack.toml", []byte("[costs.hourly]\nTA = 20.50\nSALT = 45\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"TA": 20.5, "SALT": 45}
	if !reflect.DeepEqual(c.Costs.Hourly, want) {
		t.Errorf("rates = %v, want %v (the school's table replaces the defaults)", c.Costs.Hourly, want)
	}
	d, err := Parse("planpack.toml", []byte("[costs]\ncurrency = \"€\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Costs.Hourly["teacher"] != 42 || d.Costs.Currency != "€" {
		t.Errorf("without a rate table the defaults stay: got %+v", d.Costs)
	}
	if _, err := Parse("planpack.toml", []byte("[costs.hourly]\nTA = 0\n")); err == nil || !strings.Contains(err.Error(), "costs.hourly") {
		t.Errorf("a rate of 0 should be refused naming costs.hourly, got %v", err)
	}
}
