package render

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"planpack/internal/config"
	"planpack/internal/plan"
)

// groupChildren are realistic names for group members, with preferred
// names where schools commonly record them.
var groupChildren = []struct{ legal, preferred, surname, class string }{
	{"Samuel", "Sam", "O'Brien", "3B"},
	{"Amira", "", "Begum", "3B"},
	{"Oliwer", "Oliver", "Nowak", "3K"},
	{"Grace", "", "Adeyemi", "4S"},
	{"Leo", "", "Williams", "3K"},
	{"Zofia", "Zosia", "Kowalczyk", "4S"},
	{"Ethan", "", "Jones", "3B"},
	{"Maya", "", "Patel", "4S"},
	{"Harvey", "", "Smith", "3K"},
	{"Isla", "", "MacDonald", "4S"},
	{"Noah", "", "Hughes", "3B"},
	{"Ava", "", "Thompson", "3K"},
	{"Jayden", "", "Clarke", "4S"},
	{"Ruby", "", "Ahmed", "3B"},
	{"Finn", "", "Murphy", "3K"},
	{"Lily", "", "Evans", "4S"},
	{"Tomasz", "Tomek", "Zieliński", "3B"},
}

// phonicsGroup is a Year 3–4 phonics group of n children, two shared
// targets, each child working on one or both.
func phonicsGroup(n, sessions int) *plan.Group {
	shared := []*plan.Target{
		{
			TargetDetails: plan.TargetDetails{Text: "To read words containing the split digraphs a-e, i-e and o-e", Success: "Reads 8 of 10 split-digraph words correctly on two separate days", Group: "Phonics group"},
			IWill:         "I will read words with a magic e, like cake and bike.",
		},
		{
			TargetDetails: plan.TargetDetails{Text: "To spell words containing the split digraphs a-e and i-e in dictated sentences", Success: "Spells 6 of 8 dictated words correctly in sentences", Group: "Phonics group"},
			IWill:         "I will spell words with a magic e when I write a sentence.",
		},
	}
	g := &plan.Group{
		Name: "Phonics group", Provision: "Little Wandle catch-up phonics; sound mats and magnetic letters",
		Who: "Mrs Khan (teaching assistant)", HowOften: "3 x 15 min a week", Where: "Library corner",
		Targets: shared, Sessions: sessions,
	}
	for i := range n {
		c := groupChildren[i%len(groupChildren)]
		p := &plan.Pupil{ID: strconv.Itoa(1000 + i), UPN: testUPN, LegalForename: c.legal, PreferredForename: c.preferred,
			LegalSurname: c.surname, RegGroup: c.class, Year: "3", SENStatus: "K"}
		m := &plan.GroupMember{Pupil: p}
		for j, st := range shared {
			if i%3 == 2 && j == 1 {
				continue // some children work on reading only
			}
			own := *st
			if j == 0 && i%2 == 1 {
				own.IWill = fmt.Sprintf("I will read magic e words to %s.", []string{"my teacher", "Mrs Khan", "my mum"}[i%3])
			}
			m.Targets = append(m.Targets, &own)
			p.Targets = append(p.Targets, &own)
		}
		g.Members = append(g.Members, m)
	}
	return g
}

// stressGroup has the longest names, a long group name and long targets.
func stressGroup() *plan.Group {
	g := phonicsGroup(4, 39)
	g.Name = "Lego-based therapy and social communication group for Key Stage 2 (Kestrels and Owls)"
	long := "To take turns in a structured small-group building activity, waiting for a turn, asking a peer for a piece by name and accepting a peer's idea, with no more than one adult prompt per session, in four out of five sessions across a half-term, showing progress from the baseline recorded in September."
	g.Who = longText(12, "Mrs Abernathy-Wolstenholme and Mr Evans-Pritchard")
	g.Provision = longText(60, long)
	g.Targets = []*plan.Target{
		{TargetDetails: plan.TargetDetails{Text: long, Success: longText(50, long)}},
		{TargetDetails: plan.TargetDetails{Text: longText(70, long), Success: longText(40, long)}},
	}
	p := g.Members[0].Pupil
	p.PreferredForename = "Xanthe-Mërcedes-Łucja-Anastasia-Wróbel-Ô"
	p.LegalSurname = "Montgomery-Fitzwilliam-Ó Súilleabháin-Šťastná"
	p.RegGroup = "Kestrels (Year 3 and 4 mixed)"
	g.Members[0].Targets = []*plan.Target{
		{TargetDetails: plan.TargetDetails{Text: long}, IWill: "I will " + longText(50, long[3:])},
		{TargetDetails: plan.TargetDetails{Text: long}, IWill: "I will ask a friend for a brick by saying their name."},
	}
	g.Members[2].Pupil.LegalForename = "Christopher-Alexander"
	g.Members[2].Pupil.PreferredForename = ""
	return g
}

func renderGroup(t testing.TB, g *plan.Group, name string) []byte {
	t.Helper()
	return renderGroupWith(t, testConfig(), g, name)
}

func renderGroupWith(t testing.TB, cfg *config.Config, g *plan.Group, name string) []byte {
	t.Helper()
	d := newTestDoc(t, cfg)
	if err := d.Group(g); err != nil {
		t.Fatal(err)
	}
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if *look != "" {
		if err := os.WriteFile(filepath.Join(*look, "group-"+name+".pdf"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

var (
	// A grid row read back with -layout: the session number, then a pale
	// "1 2 3" for each child (the date cell is empty).
	gridRowRE = regexp.MustCompile(`^\s*(\d+)((?:\s+1\s+2\s+3)+)\s*$`)
	guideRE   = regexp.MustCompile(`1\s+2\s+3`)
)

func TestGroupPlan(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		g         *plan.Group
		sessions  int // rows wanted in each grid
		parts     int // grids the children are shared between
		landscape bool
		cfg       func(*config.Config) // nil: the test school's defaults
	}{
		{"three children fit a portrait page", phonicsGroup(3, 33), 33, 1, false, nil},
		{"five children is the most on a portrait page", phonicsGroup(5, 22), 22, 1, false, nil},
		{"long names and long targets wrap and stay inside the page", stressGroup(), 39, 1, false, nil},
		{"ten children turn the grid landscape", phonicsGroup(10, 33), 33, 1, true, nil},
		{"seventeen children are shared between two grids", phonicsGroup(17, 11), 11, 2, true, nil},
		{"no session count from the sheet gives twelve rows", phonicsGroup(4, 0), 12, 1, false, nil},
		{"one session still gets its row", phonicsGroup(3, 1), 1, 1, false, nil},
		{"ten children in large print on US Letter still fit the page", phonicsGroup(10, 33), 33, 1, true,
			func(c *config.Config) { c.Print.Paper = "Letter"; c.Style.LargePrint = true }},
		{"long names in large print on a cream page", stressGroup(), 39, 1, false,
			func(c *config.Config) { c.Style.LargePrint = true; c.Style.Background = "cream" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			g := c.g
			cfg := testConfig()
			if c.cfg != nil {
				c.cfg(cfg)
			}
			pdf := renderGroupWith(t, cfg, g, strings.ReplaceAll(c.name, " ", "-"))
			raw := flat(pdftotext(t, pdf, "-raw"))
			layoutText := pdftotext(t, pdf, "-layout")

			for _, want := range []string{"Hillside Primary School", "Group plan", "Spring term 2027", "9 January 2027", "26 March 2027", groupKey} {
				if !strings.Contains(raw, want) {
					t.Errorf("lacks %q", want)
				}
			}
			for _, want := range []string{g.Name, g.Who, g.HowOften, g.Where, g.Provision} {
				if !strings.Contains(raw, flat(want)) {
					t.Errorf("lacks the group's %q", want)
				}
			}
			for i, st := range g.Targets {
				if !strings.Contains(raw, flat(st.Text)) || !strings.Contains(raw, flat(st.Success)) {
					t.Errorf("shared target %d or its success criteria missing", i+1)
				}
			}
			for _, m := range g.Members {
				p := m.Pupil
				// A long name breaks after a hyphen in its table cell.
				if !strings.Contains(strings.ReplaceAll(raw, "- ", "-"), p.Forename()+" "+p.LegalSurname) {
					t.Errorf("lacks member %q", p.Forename()+" "+p.LegalSurname)
				}
				if !strings.Contains(raw, p.RegGroup) {
					t.Errorf("lacks %s's class %q", p.Forename(), p.RegGroup)
				}
				for _, tg := range m.Targets {
					if !strings.Contains(raw, flat(tg.IWill)) {
						t.Errorf("lacks %s's %q", p.Forename(), tg.IWill)
					}
				}
			}
			if strings.Contains(raw, testUPN) || bytes.Contains(pdf, []byte(testUPN)) || strings.Contains(pdfinfo(t, pdf), testUPN) {
				t.Error("the UPN is printed or in the file")
			}

			// The grid: exactly the sessions wanted, in order, in each
			// grid, one guide for each child in that grid.
			var numbers []int
			children := 0
			pageTexts := strings.Split(strings.TrimRight(layoutText, "\f"), "\f")
			gridPages := 0
			for pi, pt := range pageTexts {
				rows := 0
				for _, line := range strings.Split(pt, "\n") {
					m := gridRowRE.FindStringSubmatch(line)
					if m == nil {
						continue
					}
					n, _ := strconv.Atoi(m[1])
					numbers = append(numbers, n)
					if n == 1 {
						children += len(guideRE.FindAllString(m[2], -1))
					}
					rows++
				}
				if rows == 0 {
					continue
				}
				gridPages++
				if !strings.Contains(pt, "Session") || !strings.Contains(pt, "Date") || !strings.Contains(flat(pt), groupKey) {
					t.Errorf("grid page %d lacks the header row or the key:\n%s", pi+1, pt)
				}
			}
			var want []int
			for range c.parts {
				for s := 1; s <= c.sessions; s++ {
					want = append(want, s)
				}
			}
			if fmt.Sprint(numbers) != fmt.Sprint(want) {
				t.Errorf("session rows read back %v, want %v", numbers, want)
			}
			if children != len(g.Members) {
				t.Errorf("the grids have %d child columns, want %d", children, len(g.Members))
			}
			if gridPages == 0 {
				t.Fatal("no grid found")
			}

			// Footers: the group, the document and the page on every page.
			for i, pt := range pageTexts {
				footer := fmt.Sprintf("page %d of %d", i+1, len(pageTexts))
				if !strings.Contains(pt, footer) || !strings.Contains(pt, "Group plan") {
					t.Errorf("page %d lacks its footer (%q)", i+1, footer)
				}
				if !strings.Contains(flat(pt), strings.Fields(g.Name)[0]) {
					t.Errorf("page %d's footer does not name the group", i+1)
				}
			}

			boxes, sizes := wordBoxes(t, pdf)
			const minMargin = 15 / ptToMM
			const tol = 0.5
			for i, s := range sizes {
				if got := s[0] > s[1]; got != c.landscape {
					t.Errorf("page %d is %.0f x %.0f pt; landscape = %v, want %v", i+1, s[0], s[1], got, c.landscape)
				}
			}
			byPage := map[int][]box{}
			for _, b := range boxes {
				w, h := sizes[b.page-1][0], sizes[b.page-1][1]
				if b.x0 < minMargin-tol || b.y0 < minMargin-tol || b.x1 > w-minMargin+tol || b.y1 > h-minMargin+tol {
					t.Errorf("page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is in the margin", b.page, b.text, b.x0, b.y0, b.x1, b.y1)
				}
				byPage[b.page] = append(byPage[b.page], b)
			}
			overlaps := 0
			for _, bs := range byPage {
				for i := range bs {
					for j := i + 1; j < len(bs); j++ {
						if ov := overlap(bs[i], bs[j]); ov != "" && overlaps < 10 {
							overlaps++
							t.Errorf("page %d: %s", bs[i].page, ov)
						}
					}
				}
			}

			f := filepath.Join(t.TempDir(), "group.pdf")
			if err := os.WriteFile(f, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
		})
	}
}

// TestGroupGridRowsAreTallEnoughToWriteIn measures the rows on the page:
// the session numbers of neighbouring rows are at least 9 mm apart.
func TestGroupGridRowsAreTallEnoughToWriteIn(t *testing.T) {
	t.Parallel()
	g := phonicsGroup(10, 33)
	pdf := renderGroup(t, g, "row-height")
	boxes, _ := wordBoxes(t, pdf)
	// Session numbers are the numbers at the grid's left edge.
	var left float64 = 1e9
	for _, b := range boxes {
		if b.text == "1" && b.x0 < left {
			left = b.x0
		}
	}
	last := map[int]float64{}
	seen := 0
	for _, b := range boxes {
		if _, err := strconv.Atoi(b.text); err != nil || b.x0 > left+15 {
			continue
		}
		if y, ok := last[b.page]; ok {
			if gap := (b.y0 - y) * ptToMM; gap < 9 {
				t.Errorf("page %d: session %s is %.1f mm below the one above; rows need at least 9 mm", b.page, b.text, gap)
			}
		}
		last[b.page] = b.y0
		seen++
	}
	if seen < g.Sessions {
		t.Errorf("found %d session numbers at the grid's edge, want at least %d", seen, g.Sessions)
	}
}

func TestGroupColumnNames(t *testing.T) {
	member := func(fore, pref, sur, class string) *plan.GroupMember {
		return &plan.GroupMember{Pupil: &plan.Pupil{LegalForename: fore, PreferredForename: pref, LegalSurname: sur, RegGroup: class}}
	}
	cases := []struct {
		name    string
		members []*plan.GroupMember
		want    []string
	}{
		{"preferred name and surname initial",
			[]*plan.GroupMember{member("Samuel", "Sam", "O'Brien", "3B"), member("Zofia", "", "Łukasik", "3B")},
			[]string{"Sam O.", "Zofia Ł."}},
		{"two children with the same heading get their full names",
			[]*plan.GroupMember{member("Sam", "", "Jones", "3B"), member("Samuel", "Sam", "Jenkins", "3K"), member("Amira", "", "Begum", "3B")},
			[]string{"Sam Jones", "Sam Jenkins", "Amira B."}},
		{"the same full name is told apart by class",
			[]*plan.GroupMember{member("Sam", "", "Jones", "3B"), member("Sam", "", "Jones", "4S")},
			[]string{"Sam Jones (3B)", "Sam Jones (4S)"}},
		{"no surname leaves the forename",
			[]*plan.GroupMember{member("Amira", "", "", "3B")},
			[]string{"Amira"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := columnNames(c.members); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestGroupRefusesAnEmptyGroup(t *testing.T) {
	d := newTestDoc(t, testConfig())
	if err := d.Group(&plan.Group{Name: "Nurture group"}); err == nil || !strings.Contains(err.Error(), "Nurture group") {
		t.Errorf("an empty group gave %v, want an error naming it", err)
	}
	if err := d.Group(nil); err == nil {
		t.Error("a nil group gave no error")
	}
}

func TestGroupIsDeterministic(t *testing.T) {
	t.Parallel()
	a := renderGroup(t, phonicsGroup(6, 20), "det-a")
	b := renderGroup(t, phonicsGroup(6, 20), "det-b")
	if !bytes.Equal(a, b) {
		t.Error("the same group rendered twice gave different bytes")
	}
}

func TestGroupGolden(t *testing.T) {
	t.Parallel()
	pdf := renderGroup(t, phonicsGroup(4, 12), "golden")
	got := pdftotext(t, pdf, "-layout")
	path := filepath.Join("testdata", "group.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("the group plan differs from %s; if the change is intended, run go test -update and review the diff", path)
	}
}

// TestGroupGridHeaderKeepsTheInitial checks the grid's column headings for
// long names: a hyphenated name breaks after its hyphen, and a name too
// long for the heading loses the end of its first name, not the initial
// that tells the children apart.
func TestGroupGridHeaderKeepsTheInitial(t *testing.T) {
	t.Parallel()
	pdf := renderGroup(t, stressGroup(), "header")
	boxes, _ := wordBoxes(t, pdf)
	gridPage := 0
	for _, b := range boxes {
		if b.text == "Session" {
			gridPage = b.page
			break
		}
	}
	words := map[string]bool{}
	for _, b := range boxes {
		if b.page == gridPage {
			words[b.text] = true
		}
	}
	for _, want := range []string{"Christopher-", "Alexander", "N.", "Xanthe-", "M."} {
		if !words[want] {
			t.Errorf("the grid's header on page %d lacks the word %q", gridPage, want)
		}
	}
	if words["-Alexander"] {
		t.Error("a hyphenated name broke before its hyphen")
	}
}

// TestGroupsPrintTogether puts a portrait and a landscape group plan in
// one double-sided print file, as print/groups.pdf does: each plan starts
// on the front of a sheet, keeps its own orientation, and counts its own
// pages in its footers.
func TestGroupsPrintTogether(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Print.Duplex = true
	// Three children over 30 sessions take three pages, so a blank page
	// must follow.
	small, large := phonicsGroup(3, 30), phonicsGroup(10, 33)
	large.Name = "Social skills group"
	d := newTestDoc(t, cfg)
	var starts []int
	for _, g := range []*plan.Group{small, large} {
		d.StartDocument()
		starts = append(starts, d.Pages()+1)
		if err := d.Group(g); err != nil {
			t.Fatal(err)
		}
	}
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	pageTexts := strings.Split(strings.TrimRight(pdftotext(t, pdf, "-layout"), "\f"), "\f")
	_, sizes := wordBoxes(t, pdf)
	ends := []int{starts[1] - 1, len(pageTexts)}
	if starts[1] != 5 || !strings.Contains(pageTexts[3], "This page is intentionally blank") {
		t.Fatalf("the second group plan starts on page %d, want 5 after a blank page 4", starts[1])
	}
	for i, g := range []*plan.Group{small, large} {
		n := ends[i] - starts[i] + 1
		if i == 0 {
			n-- // the blank page that follows belongs to neither plan
		}
		for p := starts[i]; p < starts[i]+n; p++ {
			text := pageTexts[p-1]
			if want := fmt.Sprintf("page %d of %d", p-starts[i]+1, n); !strings.Contains(text, want) || !strings.Contains(text, g.Name) {
				t.Errorf("page %d: footer lacks %q or %q", p, g.Name, want)
			}
			if landscape := sizes[p-1][0] > sizes[p-1][1]; landscape != (i == 1) {
				t.Errorf("page %d (%s): landscape = %v", p, g.Name, landscape)
			}
		}
	}
}
