package templates

import (
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"planpack/internal/config"
	"planpack/internal/plan"
)

const advice = "a letter must repeat over the family's details, such as {{range .Pupils}} or {{range .Targets}}"

// TestRangesOverNumbersAreRefused loads templates that repeat over a
// number the family's details do not bound: each is refused when it
// loads, before anything runs, naming the file, line and column of the
// range and saying why in words a SENCo can act on.
func TestRangesOverNumbersAreRefused(t *testing.T) {
	head := "# Support plan for {{ .Names }}\n\n"
	small := ", or a few times at most (no more than 100, such as {{range 3}})"
	cases := []struct{ name, src, want string }{
		{"a big number", head + "{{range 100000000000}}{{end}}",
			"letters/cover.md.tmpl:3:8: {{range 100000000000}} repeats 100000000000 times; " + advice + small},
		{"one more than allowed", head + "{{range 101}}x{{end}}",
			"letters/cover.md.tmpl:3:8: {{range 101}} repeats 101 times; " + advice + small},
		{"a maths function", head + "{{range (mul 100000 100000)}}{{end}}",
			"letters/cover.md.tmpl:3:8: {{range (mul 100000 100000)}} repeats as many times as mul works out, which could be any number; " + advice + small},
		{"a maths function without brackets", head + "{{range add 1 100000000000}}{{end}}",
			"letters/cover.md.tmpl:3:8: {{range add 1 100000000000}} repeats as many times as add works out, which could be any number; " + advice + small},
		{"a pipeline ending in a maths function", head + "{{range 100000 | mul 100000}}{{end}}",
			"letters/cover.md.tmpl:3:8: {{range 100000 | mul 100000}} repeats as many times as mul works out, which could be any number; " + advice + small},
		{"a number read from text", head + `{{range atoi "100000000000"}}{{end}}`,
			`letters/cover.md.tmpl:3:8: {{range atoi "100000000000"}} repeats as many times as atoi works out, which could be any number; ` + advice + small},
		{"a length", head + "{{range len .Names}}{{end}}",
			"letters/cover.md.tmpl:3:8: {{range len .Names}} repeats as many times as len works out, which could be any number; " + advice + small},
		{"a variable worked out", head + "{{$n := mul 100000 100000}}{{range $n}}{{end}}",
			"letters/cover.md.tmpl:3:35: {{range $n}} repeats as many times as $n holds, which is worked out by mul and could be any number; " + advice + small},
		{"a variable set to a big number", head + "{{$n := 5000}}\n{{range $n}}{{end}}",
			"letters/cover.md.tmpl:4:8: {{range $n}} repeats as many times as $n holds, which is set to 5000; " + advice + small},
		{"nested inside data", head + "{{range .Pupils}}\n{{range .Targets}}{{range 1000}}{{end}}{{end}}{{end}}",
			"letters/cover.md.tmpl:4:26: {{range 1000}} repeats 1000 times; " + advice + small},
		// The sample family never takes this branch, so only the check
		// when the template loads can find it.
		{"in a branch the sample never takes", head + `{{if eq .Names "Nobody"}}{{range 100000000000}}{{end}}{{end}}`,
			"letters/cover.md.tmpl:3:33: {{range 100000000000}} repeats 100000000000 times; " + advice + small},
		{"in a part of the letter", head + `{{define "lines"}}{{range 1000}}{{end}}{{end}}{{template "lines"}}`,
			"letters/cover.md.tmpl:3:26: {{range 1000}} repeats 1000 times; " + advice + small},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(c.src)}})
			if err == nil {
				t.Fatal("the template loaded")
			}
			if err.Error() != c.want {
				t.Errorf("error\n%s\nwant\n%s", err, c.want)
			}
		})
	}
}

// TestEveryRangeOverANumberIsReported gives a template two such ranges:
// both are named, so the school puts them right in one go.
func TestEveryRangeOverANumberIsReported(t *testing.T) {
	src := "{{range 1000}}{{end}}\n{{range mul 2 3}}{{end}}\n"
	_, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err == nil {
		t.Fatal("the template loaded")
	}
	for _, want := range []string{"letters/cover.md.tmpl:1:8: {{range 1000}} repeats 1000 times", "letters/cover.md.tmpl:2:8: {{range mul 2 3}} repeats as many times as mul works out"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

// runaways pass the check when they load but repeat without end: the
// guard at the start of every loop stops each once its time is up, and
// the message says which loop.
var runaways = []struct{ name, src, want string }{
	{"small ranges nested", "{{range 100}}{{range 100}}{{range 100}}{{range 100}}{{range 100}}{{range 100}}{{end}}{{end}}{{end}}{{end}}{{end}}{{end}}",
		"{{range 100}} was still repeating"},
	{"a number from default", "\n{{range default 100000000000 0}}{{end}}",
		"letters/cover.md.tmpl:2:8: stopped after 100ms: {{range default 100000000000 0}} was still repeating, and a whole letter takes far less, so it probably repeats without end; " + advice},
	{"a number from index", "{{range index (list 100000000000) 0}}{{end}}",
		"letters/cover.md.tmpl:1:8: stopped after 100ms: {{range index (list 100000000000) 0}} was still repeating"},
	{"a variable that was a list", "{{$n := list}}{{$n = mul 100000 100000}}{{range $n}}{{end}}",
		"letters/cover.md.tmpl:1:48: stopped after 100ms: {{range $n}} was still repeating"},
	// A part that uses itself twice on a nested dict 50 deep runs 2^51
	// times, calling no function and writing nothing once it starts.
	{"a part that uses itself twice", `{{$d := dict "n" 0}}{{range 50}}{{$d = dict "n" $d}}{{end}}{{define "x"}}{{with .n}}{{template "x" .}}{{template "x" .}}{{end}}{{end}}{{template "x" $d}}`,
		`letters/cover.md.tmpl:1:73: stopped after 100ms: {{define "x"}} was still being used again and again`},
}

func shortenLetterTime(t *testing.T) {
	saved := maxLetterTime
	maxLetterTime = 100 * time.Millisecond
	t.Cleanup(func() { maxLetterTime = saved })
}

// TestRunawayLoopsStopSayingWhere loads each runaway: it is refused,
// naming the file, the line and the loop.
func TestRunawayLoopsStopSayingWhere(t *testing.T) {
	shortenLetterTime(t)
	for _, c := range runaways {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(c.src)}})
			if err == nil {
				t.Fatal("the template loaded")
			}
			if !strings.HasPrefix(err.Error(), "letters/cover.md.tmpl:") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error\n%s\ndoes not name the file and say\n%s", err, c.want)
			}
		})
	}
}

// TestRefusedLettersLeaveNothingRunning refuses every runaway, when it
// loads and when a family's letter is written (the sample family does
// not set it off), and then waits for the number of goroutines to come
// back to what it was. A template left running would keep it up for
// minutes; the wait allows far longer than a stopped one needs, so a
// busy machine does not fail it.
func TestRefusedLettersLeaveNothingRunning(t *testing.T) {
	shortenLetterTime(t)
	before := runtime.NumGoroutine()
	for _, c := range runaways {
		if _, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(c.src)}}); err == nil {
			t.Fatalf("%s: the template loaded", c.name)
		}
	}
	src := `{{if gt (len .Pupils) 1}}{{range default 100000000000 0}}{{end}}{{end}}Dear family`
	l, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	h := sampleHousehold()
	h.Pupils = append(h.Pupils, &plan.Pupil{ID: "0001", LegalForename: "Amy", LegalSurname: "Sample"})
	for range 3 {
		_, err := l.Render("cover", "", NewLetterData(config.Default(), h))
		if err == nil || !strings.Contains(err.Error(), "letters/cover.md.tmpl:1:33: stopped after 100ms: {{range default 100000000000 0}} was still repeating") {
			t.Fatalf("two children's letter: %v", err)
		}
	}
	deadline := time.Now().Add(time.Minute)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines still running, %d before the letters:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestLoopsOverTheFamilyStillWork writes a letter that repeats over two
// children, their targets and the family's contacts, a few lines over a
// small number, and a part used in a loop: the guards change nothing in
// what it says.
func TestLoopsOverTheFamilyStillWork(t *testing.T) {
	src := `{{define "target"}}{{add1 .i}}. {{.t.IWill}}{{end}}{{range .Pupils}}{{.Name}}:{{range $i, $t := .Targets}} {{template "target" dict "i" $i "t" $t}}{{end}}

{{end}}{{range .Recipients}}To {{.}}. {{else}}Nobody.{{end}}

{{range $n := 3}}Line {{$n}}. {{end}}

{{range .Pupils}}{{if eq .Name "Amy"}}{{break}}{{end}}{{.Name}} first. {{end}}
`
	l, err := LoadLetters(fstest.MapFS{"letters/cover.md.tmpl": {Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	h := sampleHousehold()
	h.Pupils = append(h.Pupils, &plan.Pupil{ID: "0001", LegalForename: "Amy", LegalSurname: "Sample",
		Targets: []*plan.Target{{No: 1, IWill: "I will read ten words."}}})
	h.Contacts = append(h.Contacts, &plan.Contact{Title: "Mr", Forename: "Tom", Surname: "Sample"})
	blocks, err := l.Render("cover", "", NewLetterData(config.Default(), h))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocks {
		got = append(got, b.Text())
	}
	want := []string{
		"Sam: 1. I will add two numbers under 10. 2. I will ask for help when I am stuck.",
		"Amy: 1. I will read ten words.",
		"To Mrs Jo Sample. To Mr Tom Sample.",
		"Line 0. Line 1. Line 2.",
		"Sam first.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("letter\n%q\nwant\n%q", got, want)
	}
}
