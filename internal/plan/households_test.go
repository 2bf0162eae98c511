package plan

import (
	"fmt"
	"strings"
	"testing"

	"planpack/internal/config"
)

func contact(title, fore, sur string, prio int, addr ...string) *Contact {
	c := &Contact{Title: title, Forename: fore, Surname: sur, Priority: prio,
		ParentalResponsibility: true, SendPost: true}
	// The last three parts are town, postcode and nothing else.
	if len(addr) >= 2 {
		c.Address = addr[:len(addr)-2]
		c.Town = addr[len(addr)-2]
		c.Postcode = addr[len(addr)-1]
	}
	return c
}

func pupil(id, fore, sur, class string, cs ...*Contact) *Pupil {
	return &Pupil{ID: id, LegalForename: fore, LegalSurname: sur, RegGroup: class, Contacts: cs}
}

// summary writes a household as one line a person can read in a failure.
func summary(h *Household) string {
	var ids []string
	for _, p := range h.Pupils {
		ids = append(ids, p.ID)
	}
	return fmt.Sprintf("%s: %s / %s / %s", strings.Join(ids, "+"), h.NameLine, strings.Join(h.Address, ", "), h.Salutation)
}

func TestHouseholds(t *testing.T) {
	school := config.Default()
	school.School.Name = "Hill Primary"
	school.School.Address = []string{"Hill Primary", "1 School Lane", "LEEDS", "LS1 1AA"} // the name again is not repeated
	combine := config.Default()
	combine.Letters.CombineSiblings = true
	all := config.Default()
	all.Letters.Recipients = "all-contacts"

	home := []string{"12 High Street", "Leeds", "ls6 2ab"}

	tests := []struct {
		name   string
		cfg    *config.Config
		pupils []*Pupil
		want   []string
	}{
		{
			name: "couple at one address share one joint letter",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mr", "John", "Smith", 1, home...),
				contact("Mrs", "Jane", "Smith", 2, home...))},
			want: []string{"1: Mr and Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mr and Mrs Smith"},
		},
		{
			name: "couple with different surnames named each in full",
			pupils: []*Pupil{pupil("1", "Sam", "Brown", "3B",
				contact("Ms", "Anne", "Brown", 1, home...),
				contact("Mr", "Colin", "Green", 2, home...))},
			want: []string{"1: Ms A Brown and Mr C Green / 12 High Street, LEEDS, LS6 2AB / Dear Ms Brown and Mr Green"},
		},
		{
			name: "separated parents with PR each get their own, in priority order",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mr", "John", "Smith", 2, "4 Low Road", "York", "YO1 7HH"),
				contact("Mrs", "Jane", "Smith", 1, home...))},
			want: []string{
				"1: Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mrs Smith",
				"1: Mr J Smith / 4 Low Road, YORK, YO1 7HH / Dear Mr Smith",
			},
		},
		{
			name: "contact without parental responsibility gets nothing by default",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mrs", "Jane", "Smith", 1, home...),
				func() *Contact {
					c := contact("Mr", "Gary", "Jones", 2, "9 Elm Close", "Leeds", "LS7 1XY")
					c.ParentalResponsibility = false
					return c
				}())},
			want: []string{"1: Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mrs Smith"},
		},
		{
			name: "all-contacts posts to a contact without parental responsibility",
			cfg:  all,
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mrs", "Jane", "Smith", 1, home...),
				func() *Contact {
					c := contact("Mr", "Gary", "Jones", 2, "9 Elm Close", "Leeds", "LS7 1XY")
					c.ParentalResponsibility = false
					return c
				}())},
			want: []string{
				"1: Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mrs Smith",
				"1: Mr G Jones / 9 Elm Close, LEEDS, LS7 1XY / Dear Mr Jones",
			},
		},
		{
			name: "Send Post N is never posted to, even with all-contacts",
			cfg:  all,
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				func() *Contact {
					c := contact("Mr", "John", "Smith", 1, "4 Low Road", "York", "YO1 7HH")
					c.SendPost = false
					return c
				}(),
				contact("Mrs", "Jane", "Smith", 2, home...))},
			want: []string{"1: Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mrs Smith"},
		},
		{
			name: "no contacts: home in the book bag via the class",
			cfg:  school,
			pupils: []*Pupil{func() *Pupil {
				p := pupil("1", "Samuel", "Smith", "3B")
				p.PreferredForename = "Sam"
				return p
			}()},
			want: []string{"1: To the parent/carer of Sam / Class 3B, Hill Primary, 1 School Lane, LEEDS, LS1 1AA / Dear Parent/Carer"},
		},
		{
			name: "only contact asked for no post: book bag",
			cfg:  school,
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B", func() *Contact {
				c := contact("Mr", "John", "Smith", 1, home...)
				c.SendPost = false
				return c
			}())},
			want: []string{"1: To the parent/carer of Sam / Class 3B, Hill Primary, 1 School Lane, LEEDS, LS1 1AA / Dear Parent/Carer"},
		},
		{
			name: "same address written two ways is one household",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mr", "John", "Smith", 1, "12, High St.", "LEEDS", "LS62AB"),
				contact("Mrs", "Jane", "Smith", 2, "12 high  street", "Leeds", "ls6 2ab"))},
			want: []string{"1: Mr and Mrs J Smith / 12, High St., LEEDS, LS6 2AB / Dear Mr and Mrs Smith"},
		},
		{
			name: "one address on one line or two, with or without the locality, is one household",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mr", "John", "Smith", 1, "Flat 2, 10 High St", "Leeds", "LS6 2AB"),
				contact("Mrs", "Jane", "Smith", 2, "Flat 2", "10 High Street", "Headingley", "Leeds", "LS6 2AB"))},
			want: []string{"1: Mr and Mrs J Smith / Flat 2, 10 High St, LEEDS, LS6 2AB / Dear Mr and Mrs Smith"},
		},
		{
			name: "neighbours at the same postcode are not one household",
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B",
				contact("Mr", "John", "Smith", 1, "Flat 1, 10 High St", "Leeds", "LS6 2AB"),
				contact("Ms", "Jane", "Doe", 2, "Flat 2, 10 High St", "Leeds", "LS6 2AB"),
				contact("Ms", "Ann", "Lee", 3, "1 High St", "Leeds", "LS6 2AB"),
				contact("Mr", "Bo", "Lee", 4, "12 High St", "Leeds", "LS6 2AB"))},
			want: []string{
				"1: Mr J Smith / Flat 1, 10 High St, LEEDS, LS6 2AB / Dear Mr Smith",
				"1: Ms J Doe / Flat 2, 10 High St, LEEDS, LS6 2AB / Dear Ms Doe",
				"1: Ms A Lee / 1 High St, LEEDS, LS6 2AB / Dear Ms Lee",
				"1: Mr B Lee / 12 High St, LEEDS, LS6 2AB / Dear Mr Lee",
			},
		},
		{
			name:   "a parent with no address on file gets a named letter in the book bag",
			cfg:    school,
			pupils: []*Pupil{pupil("1", "Sam", "Smith", "3B", contact("Mr", "John", "Smith", 1))},
			want:   []string{"1: Mr J Smith / Class 3B, Hill Primary, 1 School Lane, LEEDS, LS1 1AA / Dear Mr Smith"},
		},
		{
			name: "three at one address, no titles, one surname",
			pupils: []*Pupil{pupil("1", "Sam", "Bloggs", "3B",
				contact("", "Jo", "Bloggs", 1, home...), contact("", "Max", "Bloggs", 2, home...), contact("", "Kim", "Bloggs", 3, home...))},
			want: []string{"1: Jo, Max and Kim Bloggs / 12 High Street, LEEDS, LS6 2AB / Dear Jo, Max and Kim Bloggs"},
		},
		{
			name: "no title: full name in both lines",
			pupils: []*Pupil{pupil("1", "Sam", "Bloggs", "3B",
				contact("", "Jo", "Bloggs", 1, home...))},
			want: []string{"1: Jo Bloggs / 12 High Street, LEEDS, LS6 2AB / Dear Jo Bloggs"},
		},
		{
			name: "the Salutation column wins",
			pupils: []*Pupil{pupil("1", "Sam", "Bloggs", "3B", func() *Contact {
				c := contact("Dr", "Jo", "Bloggs", 1, home...)
				c.Salutation = "Dear Jo"
				return c
			}())},
			want: []string{"1: Dr J Bloggs / 12 High Street, LEEDS, LS6 2AB / Dear Jo"},
		},
		{
			name: "a Salutation without Dear gets one; a Welsh greeting is kept",
			pupils: []*Pupil{pupil("1", "Sam", "Bloggs", "3B", func() *Contact {
				c := contact("Dr", "Jo", "Bloggs", 1, home...)
				c.Salutation = "Jo,"
				return c
			}(), func() *Contact {
				c := contact("Mrs", "Ceri", "Jones", 2, "1 Stryd Fawr", "Bala", "LL23 7AA")
				c.Salutation = "Annwyl Ceri"
				return c
			}())},
			want: []string{
				"1: Dr J Bloggs / 12 High Street, LEEDS, LS6 2AB / Dear Jo",
				"1: Mrs C Jones / 1 Stryd Fawr, BALA, LL23 7AA / Annwyl Ceri",
			},
		},
		{
			name: "two siblings with the same parents: one letter each",
			pupils: []*Pupil{
				pupil("2", "Amy", "Smith", "5C", contact("Mr", "John", "Smith", 1, home...), contact("Mrs", "Jane", "Smith", 2, home...)),
				pupil("1", "Sam", "Smith", "3B", contact("Mr", "John", "Smith", 1, home...), contact("Mrs", "Jane", "Smith", 2, home...)),
			},
			want: []string{
				"1: Mr and Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mr and Mrs Smith",
				"2: Mr and Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mr and Mrs Smith",
			},
		},
		{
			name: "two siblings with the same parents combined when asked",
			cfg:  combine,
			pupils: []*Pupil{
				pupil("2", "Amy", "Smith", "5C", contact("Mr", "John", "Smith", 1, home...), contact("Mrs", "Jane", "Smith", 2, home...)),
				pupil("1", "Sam", "Smith", "3B", contact("Mr", "John", "Smith", 1, "12 High St", "Leeds", "LS6 2AB"), contact("Mrs", "Jane", "Smith", 2, home...)),
			},
			want: []string{"1+2: Mr and Mrs J Smith / 12 High St, LEEDS, LS6 2AB / Dear Mr and Mrs Smith"},
		},
		{
			name: "combined siblings keep a separated parent's own letters apart",
			cfg:  combine,
			pupils: []*Pupil{
				pupil("1", "Sam", "Smith", "3B", contact("Mrs", "Jane", "Smith", 1, home...), contact("Mr", "John", "Smith", 2, "4 Low Road", "York", "YO1 7HH")),
				pupil("2", "Amy", "Smith", "5C", contact("Mrs", "Jane", "Smith", 1, home...)),
			},
			want: []string{
				"1+2: Mrs J Smith / 12 High Street, LEEDS, LS6 2AB / Dear Mrs Smith",
				"1: Mr J Smith / 4 Low Road, YORK, YO1 7HH / Dear Mr Smith",
			},
		},
		{
			name: "posting order is reg group, surname, forename, ID",
			pupils: []*Pupil{
				pupil("4", "Cal", "Able", "5a", contact("Mr", "Cy", "Able", 1, home...)),
				pupil("3", "Ann", "Able", "4A", contact("Ms", "Kay", "Able", 1, home...)),
				pupil("2", "Zoe", "Young", "3B", contact("Ms", "Liz", "Young", 1, home...)),
				pupil("1", "Bob", "Young", "3B", contact("Mr", "Tom", "Young", 1, home...)),
			},
			want: []string{
				"1: Mr T Young / 12 High Street, LEEDS, LS6 2AB / Dear Mr Young",
				"2: Ms L Young / 12 High Street, LEEDS, LS6 2AB / Dear Ms Young",
				"3: Ms K Able / 12 High Street, LEEDS, LS6 2AB / Dear Ms Able",
				"4: Mr C Able / 12 High Street, LEEDS, LS6 2AB / Dear Mr Able",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, h := range Households(tt.pupils, tt.cfg) {
				got = append(got, summary(h))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func TestHouseholdLanguageAndCounty(t *testing.T) {
	c := contact("Mrs", "Ceri", "Jones", 1, "Tŷ Gwyn", "Aberystwyth", "sy231aa")
	c.County = "Ceredigion"
	c.HomeLanguage = "Welsh"
	hs := Households([]*Pupil{pupil("1", "Dafydd", "Jones", "2", c)}, nil)
	if len(hs) != 1 {
		t.Fatalf("got %d households, want 1", len(hs))
	}
	if got, want := strings.Join(hs[0].Address, "|"), "Tŷ Gwyn|ABERYSTWYTH|Ceredigion|SY23 1AA"; got != want {
		t.Errorf("address %q, want %q", got, want)
	}
	if hs[0].Language != "Welsh" {
		t.Errorf("language %q, want Welsh", hs[0].Language)
	}
}

func TestHouseholdLanguageFallsBackToThePupils(t *testing.T) {
	p := pupil("1", "Dafydd", "Jones", "2", contact("Mrs", "Ceri", "Jones", 1, "1 Stryd Fawr", "Bala", "LL23 7AA"))
	p.HomeLanguage = "Cymraeg"
	if got := Households([]*Pupil{p}, nil)[0].Language; got != "Cymraeg" {
		t.Errorf("language %q, want the pupil's Cymraeg", got)
	}
}

func TestFormatPostcode(t *testing.T) {
	for in, want := range map[string]string{
		"sw1a1aa":   "SW1A 1AA",
		" SW1A 1AA": "SW1A 1AA",
		"m11ae":     "M1 1AE",
		"ls6  2ab":  "LS6 2AB",
		"":          "",
		"bfpo 61":   "BFPO 61",
	} {
		if got := FormatPostcode(in); got != want {
			t.Errorf("FormatPostcode(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzHouseholds checks that no contact details, however odd, make the
// grouping panic or lose a pupil.
func FuzzHouseholds(f *testing.F) {
	f.Add("Mr", "J", "Smith", "12 High St", "Leeds", "ls62ab", "Mrs", "", "smith", "12, high street", "", "LS6 2AB", true, false)
	f.Fuzz(func(t *testing.T, t1, f1, s1, a1, town1, pc1, t2, f2, s2, a2, town2, pc2 string, pr2, combine bool) {
		c1 := &Contact{Title: t1, Forename: f1, Surname: s1, Address: []string{a1}, Town: town1, Postcode: pc1, ParentalResponsibility: true, SendPost: true, Priority: 1}
		c2 := &Contact{Title: t2, Forename: f2, Surname: s2, Address: []string{a2}, Town: town2, Postcode: pc2, ParentalResponsibility: pr2, SendPost: true, Priority: 2}
		cfg := config.Default()
		cfg.Letters.CombineSiblings = combine
		p1 := pupil("1", "Sam", "Smith", "3B", c1, c2)
		p2 := pupil("2", "Amy", "Smith", "4C", c1, c2)
		seen := map[string]bool{}
		for _, h := range Households([]*Pupil{p1, p2}, cfg) {
			if len(h.Pupils) == 0 || !strings.HasPrefix(h.Salutation, "Dear") {
				t.Errorf("household %+v", h)
			}
			for _, p := range h.Pupils {
				seen[p.ID] = true
			}
		}
		if !seen["1"] || !seen["2"] {
			t.Errorf("a pupil got no letter: %v", seen)
		}
	})
}

// TestHouseholdsFromWorkbook reads the contacts from a real .xlsx, so the
// Y/N columns, priorities and address columns reach the grouping as a
// school writes them.
func TestHouseholdsFromWorkbook(t *testing.T) {
	w := school()
	w.add("Pupils", append(w.sheets["Pupils"],
		[]string{"1003", "", "Amira", "Ahmed", "", "05/05/2021", "1", "1A", "K", "SLCN", ""}))
	w.add("Targets", append(w.sheets["Targets"],
		[]string{"1003", "1", "C&L", "To say 3 sounds in a word", "", "Says 3 sounds in 4 out of 5 tries", "Says 1 sound", "Phonics group", "TA", "Daily", ""},
		[]string{"1003", "2", "SEMH", "To join in a game with a friend", "", "Joins in 3 games a week", "Watches games", "Lunch club", "TA", "Daily", ""}))
	w.add("Contacts", [][]string{
		{"Pupil ID", "Title", "Forename", "Surname", "Priority", "Parental Responsibility", "Address 1", "Town", "Postcode", "Send Post", "Home Language"},
		// Sami: parents together, the address written two ways; a
		// grandparent without PR; a father elsewhere who asked for no post.
		{"1001", "Mrs", "Amina", "Ahmed", "1", "Y", "1 High Street", "Leeds", "LS1 1AA", "", "Welsh"},
		{"1001", "Mr", "Omar", "Ahmed", "2", "Yes", "1, High St.", "LEEDS", "ls11aa", "Y", ""},
		{"1001", "Mrs", "Nadia", "Khan", "3", "N", "9 Elm Close", "Leeds", "LS7 1XY", "Y", ""},
		{"1001", "Mr", "Yusuf", "Ali", "4", "Y", "4 Low Road", "York", "YO1 7HH", "N", ""},
		// Zoë: separated parents, both with PR.
		{"1002", "Ms", "Kate", "O'Neill", "1", "Yes", "2 Low Road", "Leeds", "LS2 2BB", "Y", ""},
		{"1002", "Mr", "Sean", "O'Neill", "2", "Y", "8 Park Avenue", "Harrogate", "hg1 5aa", "Y", ""},
		// Amira: Sami's sister, same parents.
		{"1003", "Mrs", "Amina", "Ahmed", "1", "Y", "1 High Street", "Leeds", "LS1 1AA", "", "Welsh"},
		{"1003", "Mr", "Omar", "Ahmed", "2", "Y", "1 High Street", "Leeds", "LS1 1AA", "", ""},
	})
	s, probs, dir := w.load(t, Options{})
	if probs.HasErrors() {
		t.Fatalf("the workbook has errors:\n%s", report(probs, dir))
	}
	for _, tc := range []struct {
		combine bool
		want    []string
	}{
		{false, []string{
			"1003: Mrs and Mr A Ahmed / 1 High Street, LEEDS, LS1 1AA / Dear Mrs and Mr Ahmed",
			"1001: Mrs and Mr A Ahmed / 1 High Street, LEEDS, LS1 1AA / Dear Mrs and Mr Ahmed",
			"1002: Ms K O'Neill / 2 Low Road, LEEDS, LS2 2BB / Dear Ms O'Neill",
			"1002: Mr S O'Neill / 8 Park Avenue, HARROGATE, HG1 5AA / Dear Mr O'Neill",
		}},
		{true, []string{
			"1003+1001: Mrs and Mr A Ahmed / 1 High Street, LEEDS, LS1 1AA / Dear Mrs and Mr Ahmed",
			"1002: Ms K O'Neill / 2 Low Road, LEEDS, LS2 2BB / Dear Ms O'Neill",
			"1002: Mr S O'Neill / 8 Park Avenue, HARROGATE, HG1 5AA / Dear Mr O'Neill",
		}},
	} {
		cfg := config.Default()
		cfg.Letters.CombineSiblings = tc.combine
		hs := Households(s.Pupils, cfg)
		var got []string
		for _, h := range hs {
			got = append(got, summary(h))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("combine_siblings = %v: got\n\t%s\nwant\n\t%s", tc.combine, strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
		}
		if hs[0].Language != "Welsh" {
			t.Errorf("language %q, want the first contact's Welsh", hs[0].Language)
		}
	}
}

func TestInitialIsTheFirstLetter(t *testing.T) {
	for _, c := range []struct{ fore, want string }{
		{"-Rina", "Mrs R Ahmed"},
		{"(jo)", "Mrs J Ahmed"},
		{"Élodie", "Mrs É Ahmed"},
		{"--", "Mrs Ahmed"},
	} {
		hs := Households([]*Pupil{pupil("1", "Sami", "Ahmed", "3B", contact("Mrs", c.fore, "Ahmed", 1, "1 Mill Lane", "Leeds", "LS1 4AB"))}, nil)
		if got := hs[0].NameLine; got != c.want {
			t.Errorf("forename %q: name line %q, want %q", c.fore, got, c.want)
		}
	}
}
