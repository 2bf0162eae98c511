package templates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"planpack/internal/config"
	"planpack/internal/phrase"
	"planpack/internal/plan"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func builtinLetters(t *testing.T) *Letters {
	t.Helper()
	l, err := LoadLetters(builtin)
	if err != nil {
		t.Fatalf("LoadLetters(builtin): %v", err)
	}
	return l
}

// dump writes blocks one a line, "kind level: text" with **bold** marked,
// for golden files a person can review.
func dump(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		fmt.Fprintf(&b, "%s %d", bl.Kind, bl.Level)
		if bl.Number > 0 {
			fmt.Fprintf(&b, " #%d", bl.Number)
		}
		b.WriteString(": ")
		for _, s := range bl.Spans {
			if s.Bold {
				b.WriteString("**" + s.Text + "**")
			} else {
				b.WriteString(s.Text)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func testHousehold(lang string, pupils ...*plan.Pupil) *plan.Household {
	h := sampleHousehold()
	if len(pupils) > 0 {
		h.Pupils = pupils
	}
	h.Language = lang
	return h
}

func TestBuiltinLettersGolden(t *testing.T) {
	l := builtinLetters(t)
	cfg := config.Default()
	cfg.School.Name = "Hill Primary"
	cfg.School.Phone = "0113 496 0000"
	cfg.School.Email = "office@hill.example"
	amy := &plan.Pupil{LegalForename: "Amy", LegalSurname: "Sample", RegGroup: "5C", KeyAdult: "Mr Jones",
		Targets: []*plan.Target{{No: 1, IWill: "I will write 3 sentences by myself with capital letters and full stops."},
			// Two targets planpack could not word: the letter says so once
			// rather than print the stock sentence twice.
			{No: 2, TargetDetails: plan.TargetDetails{Text: "Amy will use her PECS book to request preferred items"}, IWill: phrase.SafeTarget},
			{No: 3, TargetDetails: plan.TargetDetails{Text: "Amy will tolerate the hand dryer"}, IWill: phrase.SafeTarget}},
		Reviews: []*plan.Review{
			{TargetNo: 1, TargetDetails: plan.TargetDetails{Text: "I will use a number line."}, Outcome: plan.Partly, CarryForward: true},
			{TargetNo: 2, TargetDetails: plan.TargetDetails{Text: "I will sit on the carpet for 10 minutes."}, Outcome: plan.NotYet, Comment: "Amy found this hard."},
		}}
	sam := sampleHousehold().Pupils[0]
	for _, tc := range []struct {
		file, name, lang string
		h                *plan.Household
	}{
		{"cover", "cover", "", testHousehold("")},
		{"cover-siblings", "cover", "English", testHousehold("", sam, amy)},
		{"cover-welsh", "cover", "Cymraeg", testHousehold("Cymraeg")},
		{"review-invite", "review-invite", "", testHousehold("")},
		{"review-outcome", "review-outcome", "", testHousehold("", sam, amy)},
	} {
		t.Run(tc.file, func(t *testing.T) {
			blocks, err := l.Render(tc.name, tc.lang, NewLetterData(cfg, tc.h))
			if err != nil {
				t.Fatal(err)
			}
			got := dump(blocks)
			golden := filepath.Join("testdata", "letter-"+tc.file+".golden")
			if *update {
				os.MkdirAll("testdata", 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("body differs from %s (go test -update to accept)\ngot:\n%s", golden, got)
			}
			if strings.Contains(got, "Samuel") {
				t.Error("legal forename printed; letters use the preferred name")
			}
		})
	}
}

func TestWelshPickedByLanguage(t *testing.T) {
	l := builtinLetters(t)
	for _, tc := range []struct {
		lang  string
		welsh bool
	}{
		{"cy", true}, {"Welsh", true}, {"Cymraeg", true}, {" WELSH ", true}, {"cy-GB", true}, {"WEL", true},
		{"", false}, {"English", false}, {"Polish", false}, {"Klingon", false},
	} {
		t.Run(fmt.Sprintf("%q", tc.lang), func(t *testing.T) {
			blocks, err := l.Render("cover", tc.lang, NewLetterData(config.Default(), testHousehold(tc.lang)))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.HasPrefix(blocks[0].Text(), "Cynllun cymorth")
			if got != tc.welsh {
				t.Errorf("first line %q: Welsh = %v, want %v", blocks[0].Text(), got, tc.welsh)
			}
			if want := map[bool]string{true: "cy"}[tc.welsh]; blocks[0].Lang != want {
				t.Errorf("Block.Lang = %q, want %q", blocks[0].Lang, want)
			}
		})
	}
	// Only the cover letter is translated; the others fall back to English.
	blocks, err := l.Render("review-invite", "Welsh", NewLetterData(config.Default(), testHousehold("Welsh")))
	if err != nil || !strings.HasPrefix(blocks[0].Text(), "Review of") {
		t.Errorf("review-invite in Welsh: %v, %q; want the English letter", err, dump(blocks))
	}
}

func mapLetters(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

func TestForbiddenFunctionsFailToLoad(t *testing.T) {
	for _, fn := range []string{
		`env "HOME"`, `expandenv "$HOME"`, `getHostByName "example.com"`,
		`genPrivateKey "rsa"`, `genCA "x" 1`, `genSelfSignedCert "x" nil nil 1`,
		`genSignedCert "x" nil nil 1 nil`, `derivePassword 1 "long" "p" "u" "s"`,
		`randBytes 8`, `randAlphaNum 8`, `uuidv4`, `now`, `ago now`,
		`repeat 1000000000 "x"`, `until 1000000000`, `untilStep 0 1000000000 1`, `seq 1000000000`,
		`indent 1000000000 "x"`, `bcrypt "x"`, `encryptAES "k" "x"`, `osBase "/etc/passwd"`,
		`base "/etc/passwd"`, `fromJson "{}"`, `sha256sum "x"`, `semver "1.0.0"`,
	} {
		name := strings.Fields(fn)[0]
		t.Run(name, func(t *testing.T) {
			fsys := mapLetters(map[string]string{
				"letters/cover.md.tmpl": "Hello\n\nSecond line {{ " + fn + " }}\n",
			})
			_, err := LoadLetters(fsys)
			if err == nil {
				t.Fatalf("template calling %s loaded", name)
			}
			want := fmt.Sprintf("letters/cover.md.tmpl:3: function %q not defined", name)
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not contain %q", err, want)
			}
			if !strings.Contains(err.Error(), "nothing that reads the environment, files or the network") {
				t.Errorf("error %q does not say what templates may not do", err)
			}
		})
	}
}

func TestTemplateErrorsNameFileLineColumn(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"typo in a field is caught at load",
			"# Hi\n\nWe wrote a plan for {{ .Names }}.\n{{ range .Pupils }}- {{ .Nmae }}\n{{ end }}",
			`letters/cover.md.tmpl:4:24: executing "letters/cover.md.tmpl" at <.Nmae>: can't evaluate field Nmae`},
		{"missing map key is an error, not <no value>",
			"Dear all\n\n{{ (dict \"a\" 1).b }}",
			`letters/cover.md.tmpl:3:13: executing "letters/cover.md.tmpl" at <1>: map has no entry for key "b"`},
		{"unclosed action",
			"Line one\n{{ if .Names }}open",
			`letters/cover.md.tmpl:2: unexpected EOF`},
		{"fail reports the author's message",
			"\n{{ fail \"choose a letter\" }}",
			`letters/cover.md.tmpl:2:3: executing "letters/cover.md.tmpl" at <fail "choose a letter">: error calling fail: choose a letter`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadLetters(mapLetters(map[string]string{"letters/cover.md.tmpl": tc.body}))
			if err == nil {
				t.Fatal("loaded")
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error\n\t%s\nwant prefix\n\t%s", err, tc.want)
			}
		})
	}
}

func TestLetterNamedByOverrideFolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "letters"), 0o755)
	os.WriteFile(filepath.Join(dir, "letters", "cover.md.tmpl"), []byte("Hi\n\n{{ .Nope }}\n"), 0o644)
	set, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadLetters(set.FS())
	want := filepath.Join(dir, "letters", "cover.md.tmpl") + ":3:3:"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("error %v, want it to start with %q", err, want)
	}

	os.WriteFile(filepath.Join(dir, "letters", "cover.md.tmpl"), []byte("Our own words for {{ .Names }}.\n"), 0o644)
	set, err = Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	l, err := LoadLetters(set.FS())
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := l.Render("cover", "", NewLetterData(config.Default(), sampleHousehold()))
	if err != nil || dump(blocks) != "paragraph 0: Our own words for Sam.\n" {
		t.Errorf("override: %v %q", err, dump(blocks))
	}
	// Built-ins the school did not replace are still there.
	if got := strings.Join(l.Names(), ","); got != "cover,review-invite,review-outcome" {
		t.Errorf("Names() = %s", got)
	}
}

func TestUnknownLetter(t *testing.T) {
	_, err := builtinLetters(t).Render("coverr", "", NewLetterData(config.Default(), sampleHousehold()))
	if err == nil || !strings.Contains(err.Error(), `no letter template "coverr" (have cover, review-invite, review-outcome)`) {
		t.Errorf("got %v", err)
	}
}

// A parent is told which targets the child's page words for itself, and
// never the stock sentence once a target.
func TestLetterListsStockSentenceOnce(t *testing.T) {
	l := builtinLetters(t)
	stock := func(no int, text string) *plan.Target {
		return &plan.Target{No: no, TargetDetails: plan.TargetDetails{Text: text}, IWill: phrase.SafeTarget}
	}
	own := &plan.Target{No: 1, IWill: "I will read 20 tricky words."}
	ownStock := &plan.Target{No: 3, TargetDetails: plan.TargetDetails{ChildTarget: phrase.SafeTarget}, IWill: phrase.SafeTarget}
	for _, tc := range []struct {
		name, letter, lang string
		targets            []*plan.Target
		want               []string
		wantNot            []string
	}{
		{"none of its own", "cover", "", []*plan.Target{stock(1, "Sam will tolerate the hand dryer"), stock(2, "Sam will use PECS")},
			[]string{"paragraph 0: Sam's targets are in the enclosed plan."},
			[]string{"own words", phrase.SafeTarget}},
		{"one other", "cover", "", []*plan.Target{own, stock(2, "Sam will use PECS")},
			[]string{"bullet 1: I will read 20 tricky words.", "paragraph 0: Sam's other target is in the enclosed plan."},
			[]string{phrase.SafeTarget}},
		{"the school's own words", "cover", "", []*plan.Target{own, ownStock},
			[]string{"bullet 1: I will read 20 tricky words.", "bullet 1: " + phrase.SafeTarget},
			[]string{"other target"}},
		{"Welsh", "cover", "cy", []*plan.Target{own, stock(2, "Sam will use PECS"), stock(3, "Sam will tolerate the hand dryer")},
			[]string{"bullet 1: I will read 20 tricky words.", "paragraph 0: Mae targedau eraill Sam yn y cynllun sydd wedi'i amgáu."},
			[]string{phrase.SafeTarget}},
		{"review invitation", "review-invite", "", []*plan.Target{own, stock(2, "Sam will use PECS"), stock(3, "Sam will tolerate the hand dryer")},
			[]string{"bullet 1: I will read 20 tricky words.", "paragraph 0: Sam's other targets are in the plan."},
			[]string{phrase.SafeTarget}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := testHousehold(tc.lang)
			sam := *h.Pupils[0]
			sam.Targets = tc.targets
			h.Pupils = []*plan.Pupil{&sam}
			blocks, err := l.Render(tc.letter, tc.lang, NewLetterData(config.Default(), h))
			if err != nil {
				t.Fatal(err)
			}
			got := dump(blocks)
			for _, w := range tc.want {
				if !strings.Contains(got, w+"\n") {
					t.Errorf("letter lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("letter has %q:\n%s", w, got)
				}
			}
		})
	}
}
