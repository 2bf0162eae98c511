package diag

import "testing"

func TestPositionsPrintAsTheSpecSays(t *testing.T) {
	cases := []struct {
		name string
		p    Problem
		want string
	}{
		{"a workbook cell", Problem{Pos: Pos{File: "in.xlsx", Sheet: "Pupils", Row: 14, Col: 3, Column: "UPN"}, Message: "bad"}, "in.xlsx: Pupils!C14 (UPN): bad"},
		{"a warning says so", Problem{Pos: Pos{File: "in.xlsx", Sheet: "Targets", Row: 2, Col: 28, Column: "Group"}, Severity: Warning, Message: "hm"}, "in.xlsx: Targets!AB2 (Group): warning: hm"},
		{"a whole row", Problem{Pos: Pos{File: "in.xlsx", Sheet: "Pupils", Row: 9}, Message: "x"}, "in.xlsx: Pupils!9: x"},
		{"a whole sheet", Problem{Pos: Pos{File: "in.xlsx", Sheet: "Pupils"}, Message: "x"}, "in.xlsx: Pupils: x"},
		{"a CSV line", Problem{Pos: Pos{File: "pupils.csv", Row: 14, Col: 2, Column: "UPN", CSV: true}, Message: "x"}, "pupils.csv:14 (UPN): x"},
		{"a file", Problem{Pos: Pos{File: "planpack.toml"}, Message: "x"}, "planpack.toml: x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.p.Error(); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestSortReadsLikeTheWorkbook(t *testing.T) {
	l := List{
		{Pos: Pos{File: "a", Sheet: "Targets", Row: 2}},
		{Pos: Pos{File: "a", Sheet: "Pupils", Row: 10, Col: 2}},
		{Pos: Pos{File: "a", Sheet: "Pupils", Row: 10, Col: 1}},
		{Pos: Pos{File: "a", Sheet: "Pupils", Row: 3}},
	}
	l.Sort()
	want := []string{"Pupils!3", "Pupils!A10", "Pupils!B10", "Targets!2"}
	for i, p := range l {
		if got := p.Pos.Sheet + "!" + p.Pos.Cell(); got != want[i] {
			t.Errorf("%d: %s, want %s", i, got, want[i])
		}
	}
	if l.HasErrors() != true || l.Strict()[0].Severity != Error {
		t.Error("errors not counted")
	}
	w := List{{Severity: Warning}}
	if w.HasErrors() || !w.Strict().HasErrors() {
		t.Error("-strict must turn warnings into errors")
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"surname", "surnam", 1}, {"zoë", "zoe", 1}, {"kitten", "sitting", 3}} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if ColumnName(1) != "A" || ColumnName(27) != "AA" || ColumnName(703) != "AAA" {
		t.Error("ColumnName")
	}
}
